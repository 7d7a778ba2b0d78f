import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Language } from '../i18n';
import { SubmittedDocument, skipReasonOf } from '../yaml/entityDocuments';
import { EntityReport, EvaluatedDocument } from './buildReport';

/**
 * Each submitted document's outcome, in order: its report, why it is skipped (a Location,
 * a kind not evaluated), or its error. Shared by `POST /evaluate` and the CLI's offline
 * mode, which differ only in how an entity is evaluated (`report`).
 */
export function evaluateSubmittedDocuments(
  documents: SubmittedDocument[],
  options: {
    kinds: readonly string[];
    language: Language;
    report: (entity: Entity) => EntityReport;
  },
): EvaluatedDocument[] {
  return documents.map((document): EvaluatedDocument => {
    const { index } = document;
    if ('error' in document) {
      return {
        index,
        status: 'error',
        error: { name: 'InputError', message: document.error },
      };
    }
    const { entity } = document;
    const entityRef = stringifyEntityRef(entity);
    const reason = skipReasonOf(entity.kind, options.kinds, options.language);
    if (reason) return { index, entityRef, status: 'skipped', reason };
    return {
      index,
      entityRef,
      status: 'evaluated',
      report: options.report(entity),
    };
  });
}
