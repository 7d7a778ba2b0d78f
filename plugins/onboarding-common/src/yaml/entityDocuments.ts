import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { Language } from '../i18n';
import {
  MAX_YAML_BYTES,
  YamlPath,
  assertBoundedValue,
  parseYamlDocuments,
} from './boundedYaml';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One document submitted for evaluation (`POST /evaluate`, the CLI), in order: an entity
 * to evaluate, or why it cannot be. A document read from YAML tells where its parts are
 * (lines from 1 in the whole text), so that a report can point at the line to change.
 */
export type SubmittedDocument =
  | { index: number; entity: Entity; lineOf?: (path: YamlPath) => number }
  | { index: number; error: string; line?: number };

/** Kinds the suite evaluates unless `onboarding.evaluation.kinds` says otherwise. */
export const DEFAULT_EVALUATED_KINDS = [
  'Component',
  'System',
  'API',
  'Template',
];

/** Whether entities of this kind are evaluated, kinds being compared case-insensitively. */
export function isEvaluatedKind(kind: string, kinds: readonly string[]) {
  const lower = kind.toLocaleLowerCase('en');
  return kinds.some(k => k.toLocaleLowerCase('en') === lower);
}

/** Why an entity of this kind is not evaluated. */
export function notEvaluatedKindMessage(
  kind: string,
  kinds: readonly string[],
) {
  return `Onboarding evaluates entities of kind ${kinds.join(
    ', ',
  )}; ${kind} is not one of them`;
}

/** Why a submitted document of this kind is not evaluated, or nothing. */
export function skipReasonOf(
  kind: string,
  kinds: readonly string[],
  language: Language,
): string | undefined {
  if (kind.toLocaleLowerCase('en') === 'location') {
    return language === 'fr'
      ? 'Une Location désigne d’autres fichiers, qui ne sont pas lus : soumettez-les eux-mêmes.'
      : 'A Location points to other files, which are not read: submit them themselves.';
  }
  return isEvaluatedKind(kind, kinds)
    ? undefined
    : notEvaluatedKindMessage(kind, kinds);
}

/** What is wrong with a document as a catalog entity, or nothing. */
function entityProblems(document: unknown): string | undefined {
  if (!isObject(document)) {
    return 'Expected an entity object (apiVersion, kind, metadata)';
  }
  const problems: string[] = [];
  if (typeof document.apiVersion !== 'string' || !document.apiVersion)
    problems.push('apiVersion must be a non-empty string');
  if (typeof document.kind !== 'string' || !document.kind)
    problems.push('kind must be a non-empty string');
  const metadata = document.metadata;
  if (!isObject(metadata)) {
    problems.push('metadata must be an object');
  } else {
    if (typeof metadata.name !== 'string' || !metadata.name)
      problems.push('metadata.name must be a non-empty string');
    if (metadata.annotations !== undefined && !isObject(metadata.annotations))
      problems.push('metadata.annotations must be an object');
    if (metadata.labels !== undefined && !isObject(metadata.labels))
      problems.push('metadata.labels must be an object');
    if (metadata.tags !== undefined && !Array.isArray(metadata.tags))
      problems.push('metadata.tags must be a list');
  }
  if (document.spec !== undefined && !isObject(document.spec))
    problems.push('spec must be an object');
  return problems.length > 0
    ? `Invalid entity: ${problems.join('; ')}`
    : undefined;
}

/**
 * Reads what was submitted to `POST /evaluate` or the CLI: a JSON entity or `{ entity: ... }` (one
 * document), or the text of a catalog-info.yaml (every document of it, in order). A body
 * beyond the bounds, or a JSON body that is no entity, throws InputError; in a YAML
 * stream, each malformed document is reported on its own and the others still count.
 */
export function readEntityDocuments(body: unknown): SubmittedDocument[] {
  if (typeof body === 'string') {
    const documents = parseYamlDocuments(body);
    if (documents.length === 0)
      throw new InputError('The YAML body holds no document');
    return documents.map((document, index) => {
      if ('error' in document)
        return {
          index,
          error: `Malformed YAML: ${document.error}`,
          line: document.line,
        };
      const problem = entityProblems(document.value);
      return problem
        ? { index, error: problem, line: document.lineOf([]) }
        : { index, entity: document.value as Entity, lineOf: document.lineOf };
    });
  }
  const document = isObject(body) && isObject(body.entity) ? body.entity : body;
  assertBoundedValue(document);
  const problem = entityProblems(document);
  if (problem) throw new InputError(problem);
  return [{ index: 0, entity: document as Entity }];
}

/**
 * Reads the text of a catalog-info.yaml handed over outside an HTTP body (an action's
 * input): the byte limit `POST /evaluate` gets from its body parser, then the same reading.
 */
export function readCatalogInfoText(text: string): SubmittedDocument[] {
  // TextEncoder rather than Buffer: this package also runs in the browser.
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_YAML_BYTES) {
    throw new InputError(
      `The YAML text is too large: ${bytes} bytes (at most ${MAX_YAML_BYTES} accepted)`,
    );
  }
  return readEntityDocuments(text);
}
