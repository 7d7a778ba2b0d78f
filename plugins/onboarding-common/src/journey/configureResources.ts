import { LANGUAGES } from '../i18n';
import { PERIMETER_IDS } from './perimeters';
import { RESOURCES, Resource, ResourceKind } from './resources';
import { isStepNumber } from './steps';

/** A problem in `onboarding.resources`, naming where it is. */
export class ResourcesConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `Invalid onboarding resources configuration:\n- ${problems.join('\n- ')}`,
    );
    this.name = 'ResourcesConfigError';
    this.problems = problems;
  }
}

/** Every kind a resource may have (the list `ResourceKind` names). */
export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'article',
  'checklist',
  'course',
  'doc',
  'doc-pdf',
  'form',
  'publication',
  'site',
  'slides-pdf',
  'tutorial',
  'video',
];
const RESOURCE_LANGUAGES = ['fr', 'en', 'unknown'];
const PERIMETERS = ['all', ...PERIMETER_IDS];
const ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/;
const FIELDS = [
  'id',
  'disabled',
  'step',
  'perimeter',
  'kind',
  'language',
  'title',
  'url',
  'intranetOnly',
  'paid',
];
const REQUIRED_FOR_NEW = ['step', 'perimeter', 'kind', 'title', 'url'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const list = (values: readonly string[]) => values.join(', ');

/** Checks one configured entry and returns the fields it sets. */
function readEntry(
  entry: Record<string, unknown>,
  path: string,
  problems: string[],
): Partial<Resource> {
  const out: Partial<Resource> = {};
  for (const key of Object.keys(entry))
    if (!FIELDS.includes(key))
      problems.push(
        `${path}.${key}: unknown field; expected one of ${list(FIELDS)}`,
      );
  const { step, perimeter, kind, language, title, url } = entry;
  if (step !== undefined) {
    if (isStepNumber(step)) out.step = step;
    else
      problems.push(
        `${path}.step: unknown step ${JSON.stringify(
          step,
        )}; expected 1, 2, 3, 4 or 5`,
      );
  }
  if (perimeter !== undefined) {
    if (typeof perimeter === 'string' && PERIMETERS.includes(perimeter))
      out.perimeter = perimeter as Resource['perimeter'];
    else
      problems.push(
        `${path}.perimeter: expected one of ${list(
          PERIMETERS,
        )}, found ${JSON.stringify(perimeter)}`,
      );
  }
  if (kind !== undefined) {
    if (RESOURCE_KINDS.includes(kind as ResourceKind))
      out.kind = kind as ResourceKind;
    else
      problems.push(
        `${path}.kind: expected one of ${list(
          RESOURCE_KINDS,
        )}, found ${JSON.stringify(kind)}`,
      );
  }
  if (language !== undefined) {
    if (typeof language === 'string' && RESOURCE_LANGUAGES.includes(language))
      out.language = language as Resource['language'];
    else
      problems.push(
        `${path}.language: expected fr, en or unknown, found ${JSON.stringify(
          language,
        )}`,
      );
  }
  if (title !== undefined) {
    if (typeof title === 'string' && title.trim()) {
      out.title = title;
    } else if (
      isObject(title) &&
      Object.keys(title).every(k =>
        (LANGUAGES as readonly string[]).includes(k),
      ) &&
      LANGUAGES.every(
        l => typeof title[l] === 'string' && (title[l] as string).trim(),
      )
    ) {
      out.title = title.fr as string;
      out.titles = { fr: title.fr as string, en: title.en as string };
    } else {
      problems.push(
        `${path}.title: expected a non-empty text, or { fr: ..., en: ... } with both languages`,
      );
    }
  }
  if (url !== undefined) {
    if (typeof url === 'string' && /^https?:\/\/[^\s/]+\S*$/.test(url))
      out.url = url;
    else
      problems.push(
        `${path}.url: expected an http(s) URL, found ${JSON.stringify(url)}`,
      );
  }
  for (const flag of ['intranetOnly', 'paid'] as const) {
    if (entry[flag] === undefined) continue;
    if (typeof entry[flag] === 'boolean') out[flag] = entry[flag] as boolean;
    else problems.push(`${path}.${flag}: expected true or false`);
  }
  return out;
}

/**
 * Applies `onboarding.resources` to the journey's resources. Each entry disables one
 * (`{ id, disabled: true }`), overrides some of its fields (same id), or adds one (new id,
 * with step, perimeter, kind, title and url; language defaults to unknown). Throws a
 * ResourcesConfigError listing every problem with its config path.
 */
export function resolveResources(
  configured: unknown,
  defaults: readonly Resource[] = RESOURCES,
  configPath = 'onboarding.resources',
): Resource[] {
  if (configured === undefined || configured === null) return [...defaults];
  if (!Array.isArray(configured))
    throw new ResourcesConfigError([
      `${configPath}: expected a list of resources`,
    ]);
  const problems: string[] = [];
  const byId = new Map(defaults.map(r => [r.id, r]));
  const seen = new Map<string, number>();
  const disabled = new Set<string>();
  configured.forEach((entry, index) => {
    const path = `${configPath}[${index}]`;
    if (!isObject(entry)) {
      problems.push(`${path}: expected an object`);
      return;
    }
    const id = entry.id;
    if (typeof id !== 'string' || !ID.test(id)) {
      problems.push(
        `${path}.id: expected letters, digits and dashes (e.g. my-wiki-page), found ${JSON.stringify(
          id,
        )}`,
      );
      return;
    }
    if (seen.has(id)) {
      problems.push(
        `${path}.id: duplicate id ${id}, already configured at ${configPath}[${seen.get(
          id,
        )}]`,
      );
      return;
    }
    seen.set(id, index);
    if (entry.disabled !== undefined && typeof entry.disabled !== 'boolean')
      problems.push(`${path}.disabled: expected true or false`);
    if (entry.disabled === true) {
      if (!byId.has(id))
        problems.push(`${path}: cannot disable ${id}, no such resource`);
      disabled.add(id);
      return;
    }
    const fields = readEntry(entry, path, problems);
    const base = byId.get(id);
    if (base) {
      // A title given again replaces both: the other language's old title no longer fits.
      const { titles: _old, ...kept } = base;
      byId.set(id, { ...(fields.title ? kept : base), ...fields, id });
      return;
    }
    const missing = REQUIRED_FOR_NEW.filter(k => entry[k] === undefined);
    if (missing.length) {
      problems.push(`${path}: new resource ${id} needs ${list(missing)}`);
      return;
    }
    byId.set(id, { language: 'unknown', ...fields, id } as Resource);
  });
  if (problems.length) throw new ResourcesConfigError(problems);
  return [...byId.values()].filter(r => !disabled.has(r.id));
}
