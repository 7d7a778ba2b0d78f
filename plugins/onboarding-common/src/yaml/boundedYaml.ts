import { InputError } from '@backstage/errors';
import YAML, { isAlias, isMap, isPair, isScalar, isSeq, Node } from 'yaml';

/**
 * Bounds on untrusted YAML and JSON documents. A catalog-info.yaml has a few hundred
 * nodes, nested a few levels; these leave ample room and keep every parse linear and short.
 */
export const DOCUMENT_LIMITS = {
  /** Documents in one YAML stream. */
  documents: 50,
  /** Nodes (keys, values, list items) in one request, all documents together. */
  nodes: 20_000,
  /** Nesting depth of any value. */
  depth: 32,
  /** Aliases resolved per document: more is an expansion attack (billion laughs). */
  aliases: 100,
};

/**
 * Largest YAML text accepted, in bytes: YAML costs more to parse than JSON, and 50
 * documents fit. The HTTP body limit of `POST /evaluate` and the evaluation action's.
 */
export const MAX_YAML_BYTES = 64 * 1024;

/** A path into a document: mapping keys and list positions, e.g. `['metadata', 'annotations', key]`. */
export type YamlPath = ReadonlyArray<string | number>;

/**
 * One document of a YAML stream: its value and where its parts are (the line, from 1 in
 * the whole stream, of the deepest node of `path` the document holds), or why it cannot be read.
 */
export type YamlDocumentResult =
  | { value: unknown; lineOf: (path: YamlPath) => number }
  | { error: string; line: number };

const tooMany = (what: string, limit: number) =>
  new InputError(
    `The document is too large: more than ${limit} ${what} (at most ${limit} accepted)`,
  );

/** Counts nodes and checks depth over a parsed document; reports the first duplicate key of a mapping. */
class Measure {
  nodes = 0;
  duplicate?: string;

  constructor(private readonly lines: YAML.LineCounter) {}

  visit(node: unknown, depth: number): void {
    if (node === null || node === undefined) return;
    this.nodes += 1;
    if (this.nodes > DOCUMENT_LIMITS.nodes)
      throw tooMany('nodes', DOCUMENT_LIMITS.nodes);
    if (depth > DOCUMENT_LIMITS.depth)
      throw tooMany('levels of nesting', DOCUMENT_LIMITS.depth);
    if (isMap(node)) {
      // A set per mapping: linear, unlike the yaml package's own pairwise check.
      const keys = new Set<string>();
      for (const pair of node.items) {
        this.visit(pair.key, depth + 1);
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && key !== '<<') {
          if (keys.has(key) && this.duplicate === undefined) {
            const offset = (pair.key as Node).range?.[0];
            const at =
              offset === undefined
                ? ''
                : ` at line ${this.lines.linePos(offset).line}`;
            this.duplicate = `duplicate key "${key.slice(0, 100)}"${at}`;
          }
          keys.add(key);
        }
        this.visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) this.visit(item, depth + 1);
    } else if (isPair(node)) {
      this.visit(node.key, depth + 1);
      this.visit(node.value, depth + 1);
    } else if (!isScalar(node) && !isAlias(node)) {
      throw new InputError('The YAML body holds an unexpected node');
    }
  }
}

/**
 * The start offset of the deepest node along `path` the document holds (a missing key
 * falls back to its parent), so a report can point at the line to change.
 */
function deepestRange(
  document: YAML.Document.Parsed,
  path: YamlPath,
): number | undefined {
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        item => isScalar(item.key) && String(item.key.value) === String(key),
      );
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

/**
 * Parses an untrusted YAML stream, every document, in linear time: no quadratic
 * unique-key check, bounded documents, nodes, depth and aliases. A stream over a bound
 * throws InputError (400); a malformed document is reported on its own.
 */
export function parseYamlDocuments(text: string): YamlDocumentResult[] {
  const lines = new YAML.LineCounter();
  const documents = YAML.parseAllDocuments(text, {
    lineCounter: lines,
    uniqueKeys: false,
  });
  const list = Array.isArray(documents) ? documents : [documents];
  if (list.length > DOCUMENT_LIMITS.documents) {
    throw new InputError(
      `The YAML body holds ${list.length} documents; at most ${DOCUMENT_LIMITS.documents} are evaluated per request`,
    );
  }
  const measure = new Measure(lines);
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? 1 : lines.linePos(offset).line;
  return list.map(document => {
    const start = lineAt(document.contents?.range?.[0] ?? document.range[0]);
    if (document.errors.length > 0) {
      const [first] = document.errors;
      return {
        error: first.message.split('\n')[0],
        line: first.linePos?.[0].line ?? start,
      };
    }
    measure.duplicate = undefined;
    measure.visit(document.contents, 1);
    if (measure.duplicate) return { error: measure.duplicate, line: start };
    try {
      return {
        value: document.toJS({ maxAliasCount: DOCUMENT_LIMITS.aliases }),
        lineOf: (path: YamlPath) => {
          const offset = deepestRange(document, path);
          return offset === undefined ? start : lineAt(offset);
        },
      };
    } catch (error) {
      if (error instanceof ReferenceError && /alias/i.test(error.message)) {
        throw new InputError(
          `The YAML body expands aliases too much (more than ${DOCUMENT_LIMITS.aliases} per document): refused`,
        );
      }
      return { error: String((error as Error).message ?? error), line: start };
    }
  });
}

/**
 * Checks a value parsed from JSON against the same node and depth bounds, so that
 * nothing downstream (evidence, JSON.stringify) meets an absurd structure.
 */
export function assertBoundedValue(value: unknown): void {
  let nodes = 0;
  const visit = (node: unknown, depth: number) => {
    nodes += 1;
    if (nodes > DOCUMENT_LIMITS.nodes)
      throw tooMany('nodes', DOCUMENT_LIMITS.nodes);
    if (depth > DOCUMENT_LIMITS.depth)
      throw tooMany('levels of nesting', DOCUMENT_LIMITS.depth);
    if (Array.isArray(node)) node.forEach(item => visit(item, depth + 1));
    else if (node !== null && typeof node === 'object')
      for (const item of Object.values(node)) visit(item, depth + 1);
  };
  visit(value, 1);
}
