import { Entity } from '@backstage/catalog-model';
import { LocalizedText } from '../i18n';

type Step = { action?: unknown };
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function stepsOf(entity: Entity): Step[] {
  return Array.isArray(entity.spec?.steps)
    ? (entity.spec!.steps as Step[])
    : [];
}

/** The scaffolder actions a template's steps run. */
export function templateActions(entity: Entity): string[] {
  return stepsOf(entity)
    .map(step => step?.action)
    .filter((a): a is string => typeof a === 'string');
}

/** How many form fields of a template lack a title or a description. */
export function undocumentedParameters(entity: Entity): number {
  const raw = entity.spec?.parameters;
  const pages = Array.isArray(raw) ? raw : [raw];
  let count = 0;
  for (const page of pages) {
    if (!isObject(page) || !isObject(page.properties)) continue;
    for (const field of Object.values(page.properties)) {
      if (
        !isObject(field) ||
        typeof field.title !== 'string' ||
        typeof field.description !== 'string'
      )
        count += 1;
    }
  }
  return count;
}

/**
 * The facts a template's own document gives (`fact:template/...`), read wherever the
 * document is: by the backend's template source, and on a submitted document (the CLI).
 */
export function templateDocumentFacts(entity: Entity): Record<string, unknown> {
  return {
    'template/actions': templateActions(entity),
    'template/undocumented-parameters': undocumentedParameters(entity),
  };
}

/** Why the facts a source would read beyond a submitted document are unknown. */
export const NOT_READ_FOR_SUBMITTED: LocalizedText = {
  fr: "non lu pour un document soumis : seules les entités du catalogue sont lues au-delà de leur document (outils de la plateforme, squelette d'un modèle)",
  en: "not read for a submitted document: only catalog entities are read beyond their document (the platform's tools, a template's skeleton)",
};
