import { indentOf, textLines } from './lines';

/** What a `.gitlab-ci-dso.yml` takes from the Cloud Pi Native CI catalog. */
export interface CatalogInclude {
  /** Whether it includes at least one file of the catalog. */
  included: boolean;
  /** The catalog files it includes, e.g. `vault-ci.yml`. */
  files: string[];
}

/** Whether an include's project is the catalog: the platform's `$CATALOG_PATH`, or its path. */
export function isCatalogProject(project: string): boolean {
  const path = project.trim();
  return (
    path === '$CATALOG_PATH' ||
    path === '${CATALOG_PATH}' ||
    path.endsWith('gitlab-ci-catalog')
  );
}

/** A flow value: `a`, `[a, b]`, `{project: x, file: [a]}`. */
type Flow = string | Flow[] | Map<string, Flow>;
/** Flow collections nest no deeper than an include list of entries with file lists. */
const MAX_FLOW_DEPTH = 3;
const FLOW_INDICATORS = ',[]{}';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Reads a flow collection on one line, from its start (what follows its end is left),
 * or undefined when it is not one this reads (spread over lines, nested deeper, malformed).
 * Each character is looked at once: linear in the text.
 */
function parseFlow(text: string): Flow | undefined {
  let i = 0;
  const skipBlanks = () => {
    while (isBlank(text[i])) i++;
  };
  const scalar = (): string | undefined => {
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, i + 1);
      if (end < 0) return undefined;
      const value = text.slice(i + 1, end);
      i = end + 1;
      return value;
    }
    const start = i;
    while (
      i < text.length &&
      !FLOW_INDICATORS.includes(text[i]) &&
      !(text[i] === ':' && (i + 1 === text.length || isBlank(text[i + 1])))
    )
      i++;
    return text.slice(start, i).trim();
  };
  const value = (depth: number): Flow | undefined => {
    skipBlanks();
    const open = text[i];
    if (open !== '[' && open !== '{') return scalar();
    if (depth >= MAX_FLOW_DEPTH) return undefined;
    const close = open === '[' ? ']' : '}';
    const list: Flow[] = [];
    const map = new Map<string, Flow>();
    i++;
    for (;;) {
      skipBlanks();
      if (text[i] === close) {
        i++;
        return open === '[' ? list : map;
      }
      if (open === '[') {
        const item = value(depth + 1);
        if (item === undefined) return undefined;
        list.push(item);
      } else {
        const key = scalar();
        if (key === undefined) return undefined;
        skipBlanks();
        let item: Flow | undefined = '';
        if (text[i] === ':') {
          i++;
          item = value(depth + 1);
          if (item === undefined) return undefined;
        }
        map.set(key, item);
      }
      skipBlanks();
      // Every turn moves on past a comma or ends: the loop cannot stall.
      if (text[i] === ',') i++;
      else if (text[i] !== close) return undefined;
    }
  };
  return value(0);
}

/** A block scalar's value: unquoted, without a trailing comment. */
function blockScalar(text: string): string {
  const value = text.trim();
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const end = value.indexOf(quote, 1);
    return end > 0 ? value.slice(1, end) : value.slice(1);
  }
  const comment = value.search(/[ \t]#/);
  return (comment >= 0 ? value.slice(0, comment) : value).trim();
}

/** A `key: value` line's key (unquoted) and the text after its colon. */
function splitKey(content: string): { key?: string; value: string } {
  let colon = content.indexOf(':');
  while (
    colon >= 0 &&
    colon + 1 < content.length &&
    !isBlank(content[colon + 1])
  )
    colon = content.indexOf(':', colon + 1);
  if (colon < 0) return { value: '' };
  return {
    key: blockScalar(content.slice(0, colon)),
    value: content.slice(colon + 1),
  };
}

/** Appends without spreading: a flow list of a 64 kB line may hold thousands of items. */
function append<T>(list: T[], items: readonly T[]) {
  for (const item of items) list.push(item);
}

const flowStrings = (value: Flow | undefined): string[] => {
  if (typeof value === 'string') return [value];
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
};

interface IncludeEntry {
  project?: string;
  files: string[];
}

function flowEntries(value: Flow | undefined): IncludeEntry[] {
  const maps = Array.isArray(value) ? value : [value];
  return maps
    .filter((m): m is Map<string, Flow> => m instanceof Map)
    .map(m => {
      const project = m.get('project');
      return {
        project: typeof project === 'string' ? project : undefined,
        files: flowStrings(m.get('file')),
      };
    });
}

/**
 * Reads the catalog includes of a CI file (`include: - project: $CATALOG_PATH, file: [...]`,
 * the form every Cloud Pi Native example uses), line by line: the file need not be valid
 * YAML as a whole (a template's skeleton holds `${{ values.x }}` expressions before it is
 * rendered), and the time is linear in the text whatever it holds. Reads the top-level
 * `include:` as a block list of entries, a single block entry or a one-line flow
 * collection; each entry's `project:` and `file:` (a value, a block list or a flow list).
 * Anything else includes nothing from the catalog.
 */
export function catalogInclude(text: string): CatalogInclude {
  const entries: IncludeEntry[] = [];
  let inInclude = false;
  /** Column of the include list's dashes, and of the current entry's keys. */
  let dashColumn: number | undefined;
  let keyColumn: number | undefined;
  let entry: IncludeEntry | undefined;
  /** Whether the lines below the current entry's `file:` list its files. */
  let fileList = false;

  const keyLine = (content: string) => {
    fileList = false;
    const { key, value } = splitKey(content);
    const trimmed = value.trim();
    if (!entry) return;
    if (key === 'project') entry.project = blockScalar(value);
    else if (key === 'file') {
      if (trimmed === '' || trimmed.startsWith('#')) fileList = true;
      else if (trimmed.startsWith('['))
        append(entry.files, flowStrings(parseFlow(trimmed)));
      else entry.files.push(blockScalar(value));
    }
  };

  for (const line of textLines(text)) {
    const content = line.trim();
    if (content === '' || content.startsWith('#')) continue;
    // A skeleton's templating tags (`{% if values.vault %}`) are not YAML: they end no block.
    if (content.startsWith('{%') || content.startsWith('{#')) continue;
    const indent = indentOf(line);
    const isItem = content === '-' || content.startsWith('- ');
    if (indent === 0 && !isItem) {
      // A top-level key: an include block starts here, or the one before ends.
      inInclude = false;
      entry = dashColumn = keyColumn = undefined;
      fileList = false;
      const { key, value } = splitKey(content);
      if (key !== 'include') continue;
      const inline = value.trim();
      if (inline.startsWith('[') || inline.startsWith('{'))
        append(entries, flowEntries(parseFlow(inline)));
      // `include: path.yml` names a local or remote file, not the catalog.
      else inInclude = inline === '' || inline.startsWith('#');
      continue;
    }
    if (!inInclude) continue;
    const startsEntry =
      isItem &&
      (dashColumn === undefined
        ? keyColumn === undefined
        : indent === dashColumn);
    if (startsEntry) {
      dashColumn = indent;
      const rest = content.slice(1).trimStart();
      fileList = false;
      if (rest.startsWith('{')) {
        append(entries, flowEntries(parseFlow(rest)));
        entry = undefined;
        keyColumn = indent + 1;
        continue;
      }
      entry = { files: [] };
      entries.push(entry);
      // `-` alone: the entry's keys start on the next line.
      keyColumn = rest ? indent + content.length - rest.length : undefined;
      if (rest) keyLine(rest);
      continue;
    }
    if (!entry && dashColumn === undefined) {
      // `include:` followed by a single entry's keys.
      entry = { files: [] };
      entries.push(entry);
    }
    keyColumn ??= indent;
    if (fileList && isItem && indent >= keyColumn) {
      if (entry) entry.files.push(blockScalar(content.slice(1)));
    } else if (indent === keyColumn && !isItem) keyLine(content);
    // Deeper lines (`rules:`, `inputs:`) say nothing of the catalog.
  }

  const files = entries
    .filter(e => e.project !== undefined && isCatalogProject(e.project))
    .flatMap(e => e.files.map(f => f.trim()).filter(Boolean));
  return { included: files.length > 0, files };
}
