import { Entity } from '@backstage/catalog-model';
import { FactName } from './types';

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

function readPath(root: unknown, path: readonly string[]): unknown {
  let node: unknown = root;
  for (const part of path) {
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

/** The non-blank items of a list, as text; undefined when none. */
function listOf(values: unknown): string[] | undefined {
  const list = Array.isArray(values)
    ? values
        .filter(v => !isBlank(v))
        .map(v => (typeof v === 'string' ? v : JSON.stringify(v)))
    : [];
  return list.length > 0 ? list : undefined;
}

/** A value read off an entity, as a fact: a list when it is one, undefined when blank. */
function valueOf(value: unknown): unknown {
  if (Array.isArray(value)) return listOf(value);
  return isBlank(value) ? undefined : value;
}

/**
 * Reads one fact: undefined when absent, a `string[]` for a list, else the value (never a
 * list). The raw form of `readFact`, which the compiled rules use to allocate nothing.
 */
export type FactReader = (
  entity: Entity,
  external?: Readonly<Record<string, unknown>>,
) => unknown;

const absent: FactReader = () => undefined;

function makeReader(name: FactName): FactReader {
  const parsed = parseFactName(name);
  if (!parsed) return absent;
  const { source, key = '' } = parsed;
  switch (source) {
    case 'fact':
      return (_, external) => valueOf(own(external, key));
    case 'annotation':
      return entity => valueOf(own(entity.metadata?.annotations, key));
    case 'label':
      return entity => valueOf(own(entity.metadata?.labels, key));
    case 'metadata': {
      const path = key.split('.');
      return entity => valueOf(readPath(entity.metadata, path));
    }
    case 'spec': {
      const path = key.split('.');
      return entity => valueOf(readPath(entity.spec, path));
    }
    case 'kind':
      return entity => valueOf(entity.kind);
    case 'tags':
      return entity => listOf(entity.metadata?.tags);
    case 'links':
      return entity =>
        listOf((entity.metadata?.links ?? []).map(link => link?.url));
    case 'relation':
      return entity =>
        listOf(
          (entity.relations ?? [])
            .filter(relation => relation.type === key)
            .map(relation => relation.targetRef),
        );
    default:
      return absent;
  }
}

// Rules name the same few facts for every entity: build each reader once.
const readers = new Map<FactName, FactReader>();

/** The reader of a fact, built once per name. Throws on a name that is not text. */
export function factReader(name: FactName): FactReader {
  let reader = readers.get(name);
  if (!reader) {
    reader = makeReader(name);
    readers.set(name, reader);
  }
  return reader;
}

/** Reads a fact of an entity. Blank strings and empty lists count as absent. */
export function readFact(
  entity: Entity,
  name: FactName,
  external?: Readonly<Record<string, unknown>>,
): FactValue {
  const value = factReader(name)(entity, external);
  if (value === undefined) return { present: false };
  return Array.isArray(value)
    ? { present: true, list: value }
    : { present: true, value };
}

/** A value as `FactReader` gives it, as short text for evidence and messages; huge values are cut. */
export function showValue(value: unknown, maxLength = 200): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  if (Array.isArray(value)) text = value.join(', ');
  else if (typeof value === 'string') text = value;
  else text = JSON.stringify(value);
  return text.length > maxLength
    ? `${text.slice(0, maxLength)}… (${text.length} characters)`
    : text;
}

/** A fact value as short text for evidence and messages; huge values are cut. */
export function showFact(fact: FactValue, maxLength = 200): string | undefined {
  if (!fact.present) return undefined;
  return showValue('list' in fact ? fact.list : fact.value, maxLength);
}
