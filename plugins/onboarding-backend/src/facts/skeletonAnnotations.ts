import { parseYamlDocuments } from '@cloud-pi-native/backstage-plugin-onboarding-common';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * Reads `metadata.annotations` of a templated catalog-info.yaml line by line (it need not
 * be valid YAML before rendering): the keys indented under an `annotations:` line.
 * Linear in the text, whatever it holds.
 */
function annotationsByLine(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  let blockIndent: number | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const content = line.trim();
    if (blockIndent === undefined) {
      if (content === 'annotations:' && indentOf(line) >= 2)
        blockIndent = indentOf(line);
      continue;
    }
    if (content === '' || content.startsWith('#')) continue;
    if (indentOf(line) <= blockIndent) break;
    const colon = content.indexOf(':');
    const key = colon > 0 ? content.slice(0, colon) : '';
    if (/^[\w.\-/]+$/.test(key)) found[key] = content.slice(colon + 1).trim();
  }
  return found;
}

/** Annotations of the generated catalog-info.yaml; templating expressions are kept as they are. */
export function skeletonAnnotations(text: string): Record<string, string> {
  try {
    const [first] = parseYamlDocuments(text);
    const doc = first && 'value' in first ? first.value : undefined;
    const annotations =
      isObject(doc) && isObject(doc.metadata)
        ? doc.metadata.annotations
        : undefined;
    if (isObject(annotations)) {
      return Object.fromEntries(
        Object.entries(annotations).map(([k, v]) => [k, String(v)]),
      );
    }
  } catch {
    // Beyond the bounds of a YAML document: read the keys by line instead.
  }
  return annotationsByLine(text);
}
