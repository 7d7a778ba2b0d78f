import { compareSemver, parseSemver } from './semver';
import { isoDateMs } from './isoDate';
import {
  ComparisonOperator,
  FactRule,
  RuleContext,
  RuleFinding,
} from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

// Rules are few and long-lived, entities many: compile each pattern once.
const patterns = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern);
    patterns.set(pattern, regex);
  }
  return regex;
}

/**
 * What an operator says of one value: a finding without the fact and value it is about.
 * Verdicts are constants, never handed out: the rule copies them into a finding.
 */
export type Verdict = Omit<RuleFinding, 'fact' | 'found'>;
export const PASS: Verdict = { outcome: 'pass', code: 'ok' };
const NOT_A_NUMBER: Verdict = { outcome: 'invalid', code: 'not-a-number' };
const NOT_TEXT: Verdict = { outcome: 'invalid', code: 'not-text' };
const NOT_SEMVER: Verdict = {
  outcome: 'invalid',
  code: 'not-semver',
  expected: 'x.y.z',
};
const NOT_A_DATE: Verdict = {
  outcome: 'invalid',
  code: 'not-a-date',
  expected: 'YYYY-MM-DD',
};
const DATE_IN_FUTURE: Verdict = { outcome: 'invalid', code: 'date-in-future' };

const symbols: Record<ComparisonOperator, string> = {
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
};

function holds(op: ComparisonOperator, difference: number): boolean {
  if (op === 'gt') return difference > 0;
  if (op === 'gte') return difference >= 0;
  if (op === 'lt') return difference < 0;
  return difference <= 0;
}

function compareAll<T>(
  value: T,
  bounds: Partial<Record<ComparisonOperator, unknown>>,
  difference: (value: T, bound: unknown) => number,
): boolean {
  return (Object.keys(bounds) as ComparisonOperator[]).every(op =>
    holds(op, difference(value, bounds[op])),
  );
}

function describeBounds(
  bounds: Partial<Record<ComparisonOperator, unknown>>,
): string {
  return Object.entries(bounds)
    .map(([op, bound]) => `${symbols[op as ComparisonOperator]} ${bound}`)
    .join(' and ');
}

const urlApi = URL as unknown as { canParse?: (url: string) => boolean };
function canParseUrl(text: string): boolean {
  if (urlApi.canParse) return urlApi.canParse(text);
  try {
    return Boolean(new URL(text));
  } catch {
    return false;
  }
}

export type Tester = (value: unknown, context: RuleContext) => Verdict;

const textOf = (value: unknown) =>
  typeof value === 'string' ? value.trim() : undefined;

/**
 * Builds the test of one value (never a list) for a fact rule's operator. Everything
 * that depends on the rule alone (patterns, value sets, bounds, messages' expectations)
 * is prepared here once, not for every entity.
 */
export function makeTester(rule: FactRule): Tester {
  if ('exists' in rule) {
    const verdict: Verdict = rule.exists
      ? PASS
      : { outcome: 'fail', code: 'present' };
    return () => verdict;
  }
  if ('equals' in rule) {
    const expected = String(rule.equals);
    const notEqual: Verdict = { outcome: 'fail', code: 'not-equal', expected };
    if (typeof rule.equals === 'number') {
      const target = rule.equals;
      return value => {
        const n = Number(textOf(value) ?? value);
        if (!Number.isFinite(n)) return NOT_A_NUMBER;
        return n === target ? PASS : notEqual;
      };
    }
    return value =>
      String(textOf(value) ?? value) === expected ? PASS : notEqual;
  }
  if ('oneOf' in rule) {
    const allowed = new Set(rule.oneOf.map(String));
    const notOneOf: Verdict = {
      outcome: 'invalid',
      code: 'not-one-of',
      expected: rule.oneOf.join(', '),
    };
    return value =>
      allowed.has(String(textOf(value) ?? value)) ? PASS : notOneOf;
  }
  if ('matches' in rule) {
    const regex = compiled(rule.matches);
    const noMatch: Verdict = {
      outcome: 'invalid',
      code: 'no-match',
      expected: rule.matches,
    };
    return value => {
      const text = textOf(value);
      if (text === undefined) return NOT_TEXT;
      return regex.test(text) ? PASS : noMatch;
    };
  }
  if ('number' in rule) {
    const bounds = rule.number;
    const outOfRange: Verdict = {
      outcome: 'fail',
      code: 'out-of-range',
      expected: describeBounds(bounds),
    };
    return value => {
      const text = textOf(value);
      let n = NaN;
      if (typeof value === 'number') n = value;
      else if (text) n = Number(text);
      if (!Number.isFinite(n)) return NOT_A_NUMBER;
      return compareAll(n, bounds, (a, bound) => a - Number(bound))
        ? PASS
        : outOfRange;
    };
  }
  if ('semver' in rule) {
    const bounds = rule.semver;
    const outOfRange: Verdict = {
      outcome: 'fail',
      code: 'out-of-range',
      expected: describeBounds(bounds),
    };
    const release = (bound: unknown) =>
      parseSemver(String(bound)) ?? {
        core: [0, 0, 0] as [number, number, number],
        prerelease: [],
      };
    return value => {
      const text = textOf(value);
      const version = text ? parseSemver(text) : undefined;
      if (!version) return NOT_SEMVER;
      return compareAll(version, bounds, (a, bound) =>
        compareSemver(a, release(bound)),
      )
        ? PASS
        : outOfRange;
    };
  }
  if ('httpsUrl' in rule) {
    const notAUrl: Verdict = {
      outcome: 'invalid',
      code: 'not-a-url',
      expected: 'https://…',
    };
    const notHttps: Verdict = {
      outcome: 'invalid',
      code: 'not-https',
      expected: 'https://…',
    };
    return value => {
      const text = textOf(value) ?? '';
      // Asked first: a failed `new URL` throws, which costs far more than parsing.
      if (!canParseUrl(text)) return notAUrl;
      // The common case, decided without building a URL object.
      if (text.startsWith('https://')) return PASS;
      return new URL(text).protocol === 'https:' ? PASS : notHttps;
    };
  }
  if ('isoDate' in rule) {
    const { maxAgeDays } = rule.isoDate;
    const tooOld: Verdict = {
      outcome: 'fail',
      code: 'too-old',
      expected: String(maxAgeDays),
    };
    return (value, context) => {
      const text = textOf(value);
      const date = text ? isoDateMs(text) : undefined;
      if (date === undefined) return NOT_A_DATE;
      const ageDays = Math.floor((context.now.getTime() - date) / DAY_MS);
      if (ageDays < -1) return DATE_IN_FUTURE;
      if (maxAgeDays !== undefined && ageDays > maxAgeDays) return tooOld;
      return PASS;
    };
  }
  return () => ({ outcome: 'invalid', code: 'unknown-operator' });
}

/** What a list item should be, for the `no-item` message. */
export function describeExpectation(rule: FactRule): string {
  if ('equals' in rule) return String(rule.equals);
  if ('oneOf' in rule) return rule.oneOf.join(', ');
  if ('matches' in rule) return rule.matches;
  if ('httpsUrl' in rule) return 'https://…';
  if ('isoDate' in rule) return 'YYYY-MM-DD';
  if ('number' in rule) return describeBounds(rule.number);
  if ('semver' in rule) return describeBounds(rule.semver);
  return String(Object.keys(rule).find(k => k !== 'fact'));
}
