import { Entity } from '@backstage/catalog-model';
import { readFact, showFact } from './facts';
import { ComparisonOperator, FactRule, Rule, RuleFinding, RuleOutcome, RuleResult } from './types';

/** What a rule may depend on besides the entity. */
export interface RuleContext {
  /** The evaluation time, for date rules. */
  now: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.-]+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Verdict = Omit<RuleFinding, 'fact' | 'found'>;
const PASS: Verdict = { outcome: 'pass', code: 'ok' };

const symbols: Record<ComparisonOperator, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤' };

function compare(
  value: number | number[],
  bounds: Partial<Record<ComparisonOperator, unknown>>,
  toComparable: (bound: unknown) => number | number[],
): boolean {
  const cmp = (a: number | number[], b: number | number[]): number => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    const [x, y] = [a as number[], b as number[]];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return 0;
  };
  return (Object.entries(bounds) as Array<[ComparisonOperator, unknown]>).every(([op, bound]) => {
    const d = cmp(value, toComparable(bound));
    return op === 'gt' ? d > 0 : op === 'gte' ? d >= 0 : op === 'lt' ? d < 0 : d <= 0;
  });
}

function describeBounds(bounds: Partial<Record<ComparisonOperator, unknown>>): string {
  return Object.entries(bounds)
    .map(([op, bound]) => `${symbols[op as ComparisonOperator]} ${bound}`)
    .join(' and ');
}

function parseSemver(text: string): number[] | undefined {
  const match = SEMVER.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** Parses YYYY-MM-DD as a real calendar day (rejects 2026-02-31). */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text.trim() ? date : undefined;
}

/** Tests one value (never a list) against a fact rule's operator. */
function testValue(rule: FactRule, value: unknown, context: RuleContext): Verdict {
  const text = typeof value === 'string' ? value.trim() : undefined;
  if ('exists' in rule) {
    return rule.exists ? PASS : { outcome: 'fail', code: 'present' };
  }
  if ('equals' in rule) {
    if (typeof rule.equals === 'number') {
      const n = Number(text ?? value);
      if (!Number.isFinite(n)) return { outcome: 'invalid', code: 'not-a-number' };
      return n === rule.equals ? PASS : { outcome: 'fail', code: 'not-equal', expected: String(rule.equals) };
    }
    return String(text ?? value) === String(rule.equals)
      ? PASS
      : { outcome: 'fail', code: 'not-equal', expected: String(rule.equals) };
  }
  if ('oneOf' in rule) {
    return rule.oneOf.map(String).includes(String(text ?? value))
      ? PASS
      : { outcome: 'invalid', code: 'not-one-of', expected: rule.oneOf.join(', ') };
  }
  if ('matches' in rule) {
    if (text === undefined) return { outcome: 'invalid', code: 'not-text' };
    return new RegExp(rule.matches).test(text)
      ? PASS
      : { outcome: 'invalid', code: 'no-match', expected: rule.matches };
  }
  if ('number' in rule) {
    const n = typeof value === 'number' ? value : text ? Number(text) : NaN;
    if (!Number.isFinite(n)) return { outcome: 'invalid', code: 'not-a-number' };
    return compare(n, rule.number, Number)
      ? PASS
      : { outcome: 'fail', code: 'out-of-range', expected: describeBounds(rule.number) };
  }
  if ('semver' in rule) {
    const version = text ? parseSemver(text) : undefined;
    if (!version) return { outcome: 'invalid', code: 'not-semver', expected: 'x.y.z' };
    return compare(version, rule.semver, bound => parseSemver(String(bound)) ?? [0, 0, 0])
      ? PASS
      : { outcome: 'fail', code: 'out-of-range', expected: describeBounds(rule.semver) };
  }
  if ('httpsUrl' in rule) {
    let url: URL;
    try {
      url = new URL(text ?? '');
    } catch {
      return { outcome: 'invalid', code: 'not-a-url', expected: 'https://…' };
    }
    return url.protocol === 'https:' ? PASS : { outcome: 'invalid', code: 'not-https', expected: 'https://…' };
  }
  if ('isoDate' in rule) {
    const date = text ? parseIsoDate(text) : undefined;
    if (!date) return { outcome: 'invalid', code: 'not-a-date', expected: 'YYYY-MM-DD' };
    const ageDays = Math.floor((context.now.getTime() - date.getTime()) / DAY_MS);
    if (ageDays < -1) return { outcome: 'invalid', code: 'date-in-future' };
    const { maxAgeDays } = rule.isoDate;
    if (maxAgeDays !== undefined && ageDays > maxAgeDays) {
      return { outcome: 'fail', code: 'too-old', expected: String(maxAgeDays) };
    }
    return PASS;
  }
  return { outcome: 'invalid', code: 'unknown-operator' };
}

function evaluateFactRule(rule: FactRule, entity: Entity, context: RuleContext): RuleResult {
  const fact = readFact(entity, rule.fact);
  const found = showFact(fact);
  const evidence = [{ fact: rule.fact, ...(found !== undefined ? { value: found } : {}) }];
  const result = (verdict: Verdict): RuleResult => ({
    outcome: verdict.outcome,
    findings: verdict.outcome === 'pass' ? [] : [{ ...verdict, fact: rule.fact, ...(found !== undefined ? { found } : {}) }],
    evidence,
  });

  if (!fact.present) {
    if ('exists' in rule && rule.exists === false) return result(PASS);
    return result({ outcome: 'fail', code: 'missing' });
  }
  if (!('list' in fact)) return result(testValue(rule, fact.value, context));
  // A list passes when one of its items does; items that do not are simply other items.
  if ('exists' in rule) return result(testValue(rule, fact.list, context));
  const passed = fact.list.some(item => testValue(rule, item, context).outcome === 'pass');
  return result(passed ? PASS : { outcome: 'fail', code: 'no-item', expected: describeExpectation(rule) });
}

function describeExpectation(rule: FactRule): string {
  if ('equals' in rule) return String(rule.equals);
  if ('oneOf' in rule) return rule.oneOf.join(', ');
  if ('matches' in rule) return rule.matches;
  return '';
}

function worst(outcomes: RuleOutcome[]): RuleOutcome {
  if (outcomes.includes('invalid')) return 'invalid';
  return outcomes.includes('fail') ? 'fail' : 'pass';
}

/**
 * Evaluates a rule on an entity. Never throws on any entity; rules are expected to have
 * passed `validateRule` (a bad regex in an unvalidated rule is reported as invalid).
 */
export function evaluateRule(rule: Rule, entity: Entity, context: RuleContext): RuleResult {
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
        ? { outcome: 'fail', findings: [{ outcome: 'fail', code: 'negated' }], evidence: inner.evidence }
        : { outcome: 'pass', findings: [], evidence: inner.evidence };
    }
    return evaluateFactRule(rule, entity, context);
  } catch (error) {
    return {
      outcome: 'invalid',
      findings: [{ outcome: 'invalid', code: 'rule-error', found: String(error) }],
      evidence: [],
    };
  }
}
