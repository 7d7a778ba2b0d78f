// The evaluator as it was before rules were compiled (commit d2fe9ab), kept verbatim as an
// independent oracle for the equivalence property tests. Not used by the package itself.
import { Entity } from '@backstage/catalog-model';
import { readFact, showFact } from './facts';
import { compareSemver, parseSemver } from '../../rules/semver';
import {
  ComparisonOperator,
  FactRule,
  Rule,
  RuleFinding,
  RuleOutcome,
  RuleResult,
} from '../../rules/types';

/** What a rule may depend on besides the entity. */
export interface RuleContext {
  /** The evaluation time, for date rules. */
  now: Date;
  /**
   * Facts from other sources than the entity document, read by `fact:<name>` rules
   * (e.g. `fact:skeleton/file/.gitlab-ci-dso.yml`, gathered by the backend).
   */
  facts?: Readonly<Record<string, unknown>>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

type Verdict = Omit<RuleFinding, 'fact' | 'found'>;
const PASS: Verdict = { outcome: 'pass', code: 'ok' };

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

/** Parses YYYY-MM-DD as a real calendar day (rejects 2026-02-31). */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const date = new Date(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])),
  );
  return date.toISOString().slice(0, 10) === text.trim() ? date : undefined;
}

type Tester = (value: unknown, context: RuleContext) => Verdict;

const textOf = (value: unknown) =>
  typeof value === 'string' ? value.trim() : undefined;

/**
 * Builds the test of one value (never a list) for a fact rule's operator. Everything
 * that depends on the rule alone (patterns, value sets, bounds, messages' expectations)
 * is prepared here once, not for every entity.
 */
function makeTester(rule: FactRule): Tester {
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
        if (!Number.isFinite(n))
          return { outcome: 'invalid', code: 'not-a-number' };
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
      if (text === undefined) return { outcome: 'invalid', code: 'not-text' };
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
      if (!Number.isFinite(n))
        return { outcome: 'invalid', code: 'not-a-number' };
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
      if (!version)
        return { outcome: 'invalid', code: 'not-semver', expected: 'x.y.z' };
      return compareAll(version, bounds, (a, bound) =>
        compareSemver(a, release(bound)),
      )
        ? PASS
        : outOfRange;
    };
  }
  if ('httpsUrl' in rule) {
    return value => {
      const text = textOf(value);
      // The common case, checked without building a URL object.
      if (text?.startsWith('https://') && canParseUrl(text)) return PASS;
      let url: URL;
      try {
        url = new URL(text ?? '');
      } catch {
        return { outcome: 'invalid', code: 'not-a-url', expected: 'https://…' };
      }
      return url.protocol === 'https:'
        ? PASS
        : { outcome: 'invalid', code: 'not-https', expected: 'https://…' };
    };
  }
  if ('isoDate' in rule) {
    const { maxAgeDays } = rule.isoDate;
    return (value, context) => {
      const text = textOf(value);
      const date = text ? parseIsoDate(text) : undefined;
      if (!date)
        return {
          outcome: 'invalid',
          code: 'not-a-date',
          expected: 'YYYY-MM-DD',
        };
      const ageDays = Math.floor(
        (context.now.getTime() - date.getTime()) / DAY_MS,
      );
      if (ageDays < -1) return { outcome: 'invalid', code: 'date-in-future' };
      if (maxAgeDays !== undefined && ageDays > maxAgeDays) {
        return {
          outcome: 'fail',
          code: 'too-old',
          expected: String(maxAgeDays),
        };
      }
      return PASS;
    };
  }
  return () => ({ outcome: 'invalid', code: 'unknown-operator' });
}

const testers = new WeakMap<FactRule, Tester>();

/** Tests one value (never a list) against a fact rule's operator. */
function testValue(
  rule: FactRule,
  value: unknown,
  context: RuleContext,
): Verdict {
  let tester = testers.get(rule);
  if (!tester) {
    tester = makeTester(rule);
    testers.set(rule, tester);
  }
  return tester(value, context);
}

function evaluateFactRule(
  rule: FactRule,
  entity: Entity,
  context: RuleContext,
): RuleResult {
  const fact = readFact(entity, rule.fact, context.facts);
  const found = showFact(fact);
  const evidence: RuleResult['evidence'] =
    found === undefined
      ? [{ fact: rule.fact }]
      : [{ fact: rule.fact, value: found }];
  // Plain object literals: this runs once per criterion and entity.
  const result = (verdict: Verdict): RuleResult => {
    if (verdict.outcome === 'pass')
      return { outcome: 'pass', findings: [], evidence };
    const finding: RuleFinding = {
      outcome: verdict.outcome,
      code: verdict.code,
      fact: rule.fact,
    };
    if (verdict.expected !== undefined) finding.expected = verdict.expected;
    if (found !== undefined) finding.found = found;
    return { outcome: verdict.outcome, findings: [finding], evidence };
  };

  if (!fact.present) {
    if ('exists' in rule && rule.exists === false) return result(PASS);
    return result({ outcome: 'fail', code: 'missing' });
  }
  if (!('list' in fact)) return result(testValue(rule, fact.value, context));
  // A list passes when one of its items does; items that do not are simply other items.
  if ('exists' in rule) return result(testValue(rule, fact.list, context));
  const passed = fact.list.some(
    item => testValue(rule, item, context).outcome === 'pass',
  );
  return result(
    passed
      ? PASS
      : {
          outcome: 'fail',
          code: 'no-item',
          expected: describeExpectation(rule),
        },
  );
}

/** What a list item should be, for the `no-item` message. */
function describeExpectation(rule: FactRule): string {
  if ('equals' in rule) return String(rule.equals);
  if ('oneOf' in rule) return rule.oneOf.join(', ');
  if ('matches' in rule) return rule.matches;
  if ('httpsUrl' in rule) return 'https://…';
  if ('isoDate' in rule) return 'YYYY-MM-DD';
  if ('number' in rule) return describeBounds(rule.number);
  if ('semver' in rule) return describeBounds(rule.semver);
  return String(Object.keys(rule).find(k => k !== 'fact'));
}

function worst(outcomes: RuleOutcome[]): RuleOutcome {
  if (outcomes.includes('invalid')) return 'invalid';
  return outcomes.includes('fail') ? 'fail' : 'pass';
}

/**
 * Evaluates a rule on an entity. Never throws on any entity; rules are expected to have
 * passed `validateRule` (a bad regex in an unvalidated rule is reported as invalid).
 */
export function evaluateRule(
  rule: Rule,
  entity: Entity,
  context: RuleContext,
): RuleResult {
  try {
    if ('all' in rule) {
      const parts = rule.all.map(r => evaluateRule(r, entity, context));
      const outcome = worst(parts.map(p => p.outcome));
      return {
        outcome,
        findings: parts.flatMap(p => (p.outcome === 'pass' ? [] : p.findings)),
        evidence: parts.flatMap(p => p.evidence),
      };
    }
    if ('any' in rule) {
      const parts = rule.any.map(r => evaluateRule(r, entity, context));
      const passed = parts.some(p => p.outcome === 'pass');
      return {
        outcome: passed ? 'pass' : worst(parts.map(p => p.outcome)),
        findings: passed ? [] : parts.flatMap(p => p.findings),
        evidence: parts.flatMap(p => p.evidence),
      };
    }
    if ('not' in rule) {
      const inner = evaluateRule(rule.not, entity, context);
      if (inner.outcome === 'invalid') return inner;
      return inner.outcome === 'pass'
        ? {
            outcome: 'fail',
            findings: [{ outcome: 'fail', code: 'negated' }],
            evidence: inner.evidence,
          }
        : { outcome: 'pass', findings: [], evidence: inner.evidence };
    }
    return evaluateFactRule(rule, entity, context);
  } catch (error) {
    return {
      outcome: 'invalid',
      findings: [
        { outcome: 'invalid', code: 'rule-error', found: String(error) },
      ],
      evidence: [],
    };
  }
}
