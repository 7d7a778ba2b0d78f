import { readFileSync } from 'node:fs';
import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_CRITERIA,
  DEFAULT_EVALUATED_KINDS,
  isEvaluatedKind,
  parseYamlDocuments,
  evaluateEntity,
  EntityEvaluation,
  NOT_READ_FOR_SUBMITTED,
  templateDocumentFacts,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { NOW } from './runCli';

/** Each entity of a file and, if its kind is evaluated, what the engine makes of it with the default criteria. */
export function engineOn(
  file: string,
  now: Date = NOW,
): Array<{ entity: Entity; evaluation?: EntityEvaluation }> {
  return parseYamlDocuments(readFileSync(file, 'utf8')).map(document => {
    if (!('value' in document)) throw new Error(`${file}: ${document.error}`);
    const entity = document.value as Entity;
    return isEvaluatedKind(entity.kind, DEFAULT_EVALUATED_KINDS)
      ? {
          entity,
          // A submitted template gives its own facts; its skeleton is not read.
          evaluation: evaluateEntity(entity, DEFAULT_CRITERIA, {
            now,
            ...(entity.kind === 'Template'
              ? {
                  facts: templateDocumentFacts(entity),
                  unavailableFacts: { skeleton: NOT_READ_FOR_SUBMITTED },
                }
              : {}),
          }),
        }
      : { entity };
  });
}

/** The exit status the engine implies: 1 when an evaluated entity stands below its target. */
export function expectedExit(
  file: string,
  target: (evaluation: EntityEvaluation) => number,
  now: Date = NOW,
): number {
  return engineOn(file, now).some(
    ({ evaluation }) => evaluation && evaluation.step < target(evaluation),
  )
    ? 1
    : 0;
}
