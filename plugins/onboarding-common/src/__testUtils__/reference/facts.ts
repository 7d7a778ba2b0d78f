// The evaluator as it was before rules were compiled (commit d2fe9ab), kept verbatim as an
// independent oracle for the equivalence property tests. Not used by the package itself.
import { Entity } from '@backstage/catalog-model';
import { FactName } from '../../rules/types';

/** Fact sources of the rule language and whether they need a key after the colon. */
export const FACT_SOURCES: Record<string, 'keyed' | 'bare'> = {
  annotation: 'keyed',
  label: 'keyed',
  metadata: 'keyed',
  spec: 'keyed',
  relation: 'keyed',
  fact: 'keyed',
  tags: 'bare',
  kind: 'bare',
  links: 'bare',
};

/** A fact read off an entity: absent, a single value, or a list (tags, relations, links). */
export type FactValue =
  | { present: false }
  | { present: true; value: unknown }
  | { present: true; list: string[] };

/**
 * A property the object holds itself: names every object inherits (`constructor`,
 * `__proto__`, `valueOf`…) are neither fact sources nor entity fields.
 */
export function own<T>(
  object: Readonly<Record<string, T>> | undefined | null,
  key: string,
): T | undefined {
  return object &&
    typeof object === 'object' &&
    Object.prototype.hasOwnProperty.call(object, key)
    ? object[key]
    : undefined;
}

type ParsedFactName = { source: string; key?: string };
const parsedNames = new Map<string, ParsedFactName | undefined>();

/** Splits `source:key`; the key keeps any later colon. Undefined when the source is unknown or the key is misplaced. */
export function parseFactName(name: string): ParsedFactName | undefined {
  // Remembered: rules name the same few facts for every entity.
  if (!parsedNames.has(name)) parsedNames.set(name, parseFactNameOnce(name));
  return parsedNames.get(name);
}

function parseFactNameOnce(name: string): ParsedFactName | undefined {
  const colon = name.indexOf(':');
  const source = colon < 0 ? name : name.slice(0, colon);
  const key = colon < 0 ? undefined : name.slice(colon + 1);
  const shape = own(FACT_SOURCES, source);
  if (!shape) return undefined;
  if (shape === 'keyed' && !key) return undefined;
  if (shape === 'bare' && key !== undefined) return undefined;
  return { source, key };
}

function readPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node))
      return undefined;
    node = own(node as Record<string, unknown>, part);
  }
  return node;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '')
  );
}

function listOf(values: unknown): FactValue {
  const list = Array.isArray(values)
    ? values
        .filter(v => !isBlank(v))
        .map(v => (typeof v === 'string' ? v : JSON.stringify(v)))
    : [];
  return list.length > 0 ? { present: true, list } : { present: false };
}

/** Reads a fact of an entity. Blank strings and empty lists count as absent. */
export function readFact(
  entity: Entity,
  name: FactName,
  external?: Readonly<Record<string, unknown>>,
): FactValue {
  const parsed = parseFactName(name);
  if (!parsed) return { present: false };
  const { source, key = '' } = parsed;
  let value: unknown;
  switch (source) {
    case 'fact':
      value = own(external, key);
      break;
    case 'annotation':
      value = own(entity.metadata?.annotations, key);
      break;
    case 'label':
      value = own(entity.metadata?.labels, key);
      break;
    case 'metadata':
      value = readPath(entity.metadata, key);
      break;
    case 'spec':
      value = readPath(entity.spec, key);
      break;
    case 'kind':
      value = entity.kind;
      break;
    case 'tags':
      return listOf(entity.metadata?.tags);
    case 'links':
      return listOf((entity.metadata?.links ?? []).map(link => link?.url));
    case 'relation':
      return listOf(
        (entity.relations ?? [])
          .filter(relation => relation.type === key)
          .map(relation => relation.targetRef),
      );
    default:
      return { present: false };
  }
  if (Array.isArray(value)) return listOf(value);
  return isBlank(value) ? { present: false } : { present: true, value };
}

/** A fact value as short text for evidence and messages; huge values are cut. */
export function showFact(fact: FactValue, maxLength = 200): string | undefined {
  if (!fact.present) return undefined;
  let text: string;
  if ('list' in fact) text = fact.list.join(', ');
  else if (typeof fact.value === 'string') text = fact.value;
  else text = JSON.stringify(fact.value);
  return text.length > maxLength
    ? `${text.slice(0, maxLength)}… (${text.length} characters)`
    : text;
}
