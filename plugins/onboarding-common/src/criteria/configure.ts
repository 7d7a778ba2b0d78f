import { isLanguage, LANGUAGES, LocalizedText } from '../i18n';
import { isStepNumber } from '../journey';
import { validateRule } from '../rules';
import { Criterion } from './types';

/** A problem in the criteria configuration, naming where it is. */
export class CriteriaConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `Invalid onboarding criteria configuration:\n- ${problems.join('\n- ')}`,
    );
    this.name = 'CriteriaConfigError';
    this.problems = problems;
  }
}

const ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/;
const FIELDS = [
  'id',
  'disabled',
  'step',
  'severity',
  'title',
  'rationale',
  'appliesTo',
  'rule',
  'remediation',
  'source',
];
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Accepts one text for both languages, or `{ fr, en }`. */
function readText(
  value: unknown,
  path: string,
  problems: string[],
): LocalizedText | undefined {
  if (typeof value === 'string' && value.trim())
    return { fr: value, en: value };
  if (
    isObject(value) &&
    LANGUAGES.every(
      l => typeof value[l] === 'string' && (value[l] as string).trim(),
    )
  ) {
    const extra = Object.keys(value).filter(k => !isLanguage(k));
    if (extra.length === 0)
      return { fr: value.fr as string, en: value.en as string };
  }
  problems.push(
    `${path}: expected a non-empty text, or { fr: ..., en: ... } with both languages`,
  );
  return undefined;
}

function readStringList(
  value: unknown,
  path: string,
  problems: string[],
): string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every(v => typeof v === 'string' && v))
    return value as string[];
  problems.push(`${path}: expected a list of strings`);
  return undefined;
}

/** Checks and normalises one configured entry into the fields it sets. */
function readEntry(
  entry: Record<string, unknown>,
  path: string,
  problems: string[],
): Partial<Criterion> {
  const out: Partial<Criterion> = {};
  for (const key of Object.keys(entry)) {
    if (!FIELDS.includes(key))
      problems.push(
        `${path}.${key}: unknown field; expected one of ${FIELDS.join(', ')}`,
      );
  }
  if (entry.step !== undefined) {
    if (isStepNumber(entry.step)) out.step = entry.step;
    else
      problems.push(
        `${path}.step: unknown step ${JSON.stringify(
          entry.step,
        )}; expected 1, 2, 3, 4 or 5`,
      );
  }
  if (entry.severity !== undefined) {
    if (entry.severity === 'blocking' || entry.severity === 'advisory')
      out.severity = entry.severity;
    else
      problems.push(
        `${path}.severity: expected blocking or advisory, found ${JSON.stringify(
          entry.severity,
        )}`,
      );
  }
  if (entry.title !== undefined)
    out.title = readText(entry.title, `${path}.title`, problems);
  if (entry.rationale !== undefined)
    out.rationale = readText(entry.rationale, `${path}.rationale`, problems);
  if (entry.source !== undefined) {
    if (typeof entry.source === 'string') out.source = entry.source;
    else problems.push(`${path}.source: expected a string`);
  }
  if (entry.rule !== undefined) {
    const ruleProblems = validateRule(entry.rule, `${path}.rule`);
    problems.push(...ruleProblems);
    if (ruleProblems.length === 0) out.rule = entry.rule as Criterion['rule'];
  }
  if (entry.appliesTo !== undefined) {
    if (!isObject(entry.appliesTo)) {
      problems.push(
        `${path}.appliesTo: expected an object with kinds, types and/or lifecycles`,
      );
    } else {
      const a = entry.appliesTo;
      const extra = Object.keys(a).filter(
        k => !['kinds', 'types', 'lifecycles'].includes(k),
      );
      if (extra.length)
        problems.push(
          `${path}.appliesTo: unknown field ${extra.join(
            ', ',
          )}; expected kinds, types, lifecycles`,
        );
      out.appliesTo = {
        kinds: readStringList(a.kinds, `${path}.appliesTo.kinds`, problems),
        types: readStringList(a.types, `${path}.appliesTo.types`, problems),
        lifecycles: readStringList(
          a.lifecycles,
          `${path}.appliesTo.lifecycles`,
          problems,
        ),
      };
    }
  }
  if (entry.remediation !== undefined) {
    const r = entry.remediation;
    if (!isObject(r)) {
      problems.push(
        `${path}.remediation: expected an object with text and optional link, annotations`,
      );
    } else {
      const text = readText(r.text, `${path}.remediation.text`, problems);
      if (
        r.link !== undefined &&
        (typeof r.link !== 'string' ||
          !/^(https:\/\/|\/|console:)/.test(r.link))
      ) {
        problems.push(
          `${path}.remediation.link: expected an https URL, a docs path starting with / or console:<tab>`,
        );
      }
      if (
        r.annotations !== undefined &&
        (!isObject(r.annotations) ||
          Object.values(r.annotations).some(v => typeof v !== 'string'))
      ) {
        problems.push(
          `${path}.remediation.annotations: expected a map of annotation names to example values`,
        );
      }
      if (text) {
        out.remediation = {
          text,
          ...(typeof r.link === 'string' ? { link: r.link } : {}),
          ...(isObject(r.annotations)
            ? { annotations: r.annotations as Record<string, string> }
            : {}),
        };
      }
    }
  }
  return out;
}

/**
 * Applies the `onboarding.criteria` configuration to the default criteria. Each entry
 * either disables a default criterion (`{ id, disabled: true }`), overrides some fields of
 * one (same id), or adds a new one (new id, with at least step, severity, title and rule).
 * Throws a CriteriaConfigError listing every problem, each with its config path.
 */
export function resolveCriteria(
  configured: unknown,
  defaults: readonly Criterion[],
  configPath = 'onboarding.criteria',
): Criterion[] {
  if (configured === undefined || configured === null) return [...defaults];
  if (!Array.isArray(configured)) {
    throw new CriteriaConfigError([
      `${configPath}: expected a list of criteria`,
    ]);
  }
  const problems: string[] = [];
  const byId = new Map(defaults.map(c => [c.id, c]));
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
        `${path}.id: expected letters, digits and dashes (e.g. MY-CRITERION), found ${JSON.stringify(
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
    if (entry.disabled !== undefined && typeof entry.disabled !== 'boolean') {
      problems.push(`${path}.disabled: expected true or false`);
    }
    if (entry.disabled === true) {
      if (!byId.has(id))
        problems.push(`${path}: cannot disable ${id}, no such criterion`);
      disabled.add(id);
      return;
    }
    const fields = readEntry(entry, path, problems);
    const base = byId.get(id);
    if (base) {
      byId.set(id, { ...base, ...fields, id });
      return;
    }
    const missing = ['step', 'severity', 'title', 'rule'].filter(
      k => entry[k] === undefined,
    );
    if (missing.length) {
      problems.push(`${path}: new criterion ${id} needs ${missing.join(', ')}`);
      return;
    }
    if (fields.step && fields.severity && fields.title && fields.rule) {
      byId.set(id, {
        rationale: fields.title,
        remediation: { text: fields.title },
        source: 'app-config.yaml',
        ...fields,
        id,
      } as Criterion);
    }
  });

  if (problems.length) throw new CriteriaConfigError(problems);
  return [...byId.values()].filter(c => !disabled.has(c.id));
}
