import YAML from 'yaml';

/** What a `.gitlab-ci-dso.yml` takes from the Cloud Pi Native CI catalog. */
export interface CatalogInclude {
  /** Whether it includes at least one file of the catalog. */
  included: boolean;
  /** The catalog files it includes, e.g. `vault-ci.yml`. */
  files: string[];
}

/** The catalog project as `.gitlab-ci-dso.yml` files name it: the platform's `$CATALOG_PATH`, or its path. */
const CATALOG_PROJECT =
  /^(\$CATALOG_PATH|\$\{CATALOG_PATH\}|.*gitlab-ci-catalog)$/;

/**
 * Reads the catalog includes of a CI file (`include: project: $CATALOG_PATH, file: [...]`,
 * the form every Cloud Pi Native example uses). Throws when the text is not YAML.
 */
export function catalogInclude(text: string): CatalogInclude {
  const document = YAML.parse(text) as unknown;
  const include =
    document && typeof document === 'object'
      ? (document as Record<string, unknown>).include
      : undefined;
  const entries = Array.isArray(include) ? include : [include];
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry || typeof entry !== 'object') continue;
    const { project, file } = entry as Record<string, unknown>;
    if (typeof project !== 'string' || !CATALOG_PROJECT.test(project.trim()))
      continue;
    for (const name of Array.isArray(file) ? file : [file]) {
      if (typeof name === 'string' && name.trim()) files.push(name.trim());
    }
  }
  return { included: files.length > 0, files };
}
