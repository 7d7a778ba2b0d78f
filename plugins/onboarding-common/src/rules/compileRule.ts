import { Entity } from '@backstage/catalog-model';
import { factReader, FactReader, showValue } from './facts';
import {
  describeExpectation,
  makeTester,
  PASS,
  Tester,
  Verdict,
} from './operators';
import {
  FactRule,
  Rule,
  RuleContext,
  RuleFinding,
  RuleOutcome,
  RuleResult,
} from './types';

/**
 * Where a compiled rule records the facts it read, in order. The list is made on the first
 * fact, to its size: most rules read one fact, and an empty `[]` grows to 16 on a push.
 */
export interface EvidenceSink {
  list?: RuleResult['evidence'];
}

function record(sink: EvidenceSink, seen: RuleResult['evidence'][number]) {
  if (sink.list) sink.list.push(seen);
  else sink.list = [seen];
}

/** A rule's outcome and findings; the evidence goes to the sink the caller passes. */
export interface RuleVerdict {
  outcome: RuleOutcome;
  findings: RuleFinding[];
  /**
   * Set on a verdict that is the same frozen object at every evaluation (a missing fact),
   * so that what is derived from it (messages) can be remembered. Its findings are shared:
   * copy them before handing them out.
   */
  shared?: true;
}

/**
 * A rule compiled to a closure. It records the facts it read in `evidence` and returns
 * its verdict; it never throws (errors become `rule-error` findings, as in `evaluateRule`).
 */
export type CompiledRule = (
  entity: Entity,
  context: RuleContext,
  evidence: EvidenceSink,
) => RuleVerdict;

/**
 * Shared by every passing rule: nothing is allocated when a rule passes. Frozen, and
 * never handed out as is (`evaluateRule` gives a fresh findings list).
 */
const PASSED: RuleVerdict = Object.freeze({
  outcome: 'pass',
  findings: Object.freeze([]) as unknown as RuleFinding[],
});

function ruleError(error: unknown): RuleVerdict {
  return {
    outcome: 'invalid',
    findings: [
      { outcome: 'invalid', code: 'rule-error', found: String(error) },
    ],
  };
}

/** A rule that cannot be compiled reports the error each time it is evaluated, reading nothing. */
const failing =
  (error: unknown): CompiledRule =>
  () =>
    ruleError(error);

function worse(a: RuleOutcome, b: RuleOutcome): RuleOutcome {
  if (a === 'invalid' || b === 'invalid') return 'invalid';
  return a === 'fail' || b === 'fail' ? 'fail' : 'pass';
}

function compileFactRule(rule: FactRule): CompiledRule {
  const fact = rule.fact;
  let read: FactReader;
  try {
    read = factReader(fact);
  } catch (error) {
    return failing(error);
  }
  // Built on first use, as a value must be tested: a rule with a bad operator argument
  // still reports a missing fact as missing.
  let tester: Tester | undefined;
  let noItem: Verdict | undefined;
  const isExists = 'exists' in rule;
  const passesWhenAbsent = isExists && rule.exists === false;
  // The usual failure, the same for every entity: allocated once.
  const missing: RuleVerdict = Object.freeze({
    outcome: 'fail',
    findings: Object.freeze([
      Object.freeze({ outcome: 'fail', code: 'missing', fact }),
    ]) as RuleFinding[],
    shared: true,
  });

  const failed = (verdict: Verdict, found: string | undefined): RuleVerdict => {
    const finding: RuleFinding = {
      outcome: verdict.outcome,
      code: verdict.code,
      fact,
    };
    if (verdict.expected !== undefined) finding.expected = verdict.expected;
    if (found !== undefined) finding.found = found;
    return { outcome: verdict.outcome, findings: [finding] };
  };

  return (entity, context, evidence) => {
    try {
      const value = read(entity, context.facts);
      if (value === undefined) {
        record(evidence, { fact });
        return passesWhenAbsent ? PASSED : missing;
      }
      const found = showValue(value);
      tester ??= makeTester(rule);
      let verdict: Verdict;
      if (!Array.isArray(value) || isExists) {
        verdict = tester(value, context);
      } else {
        // A list passes when one of its items does; items that do not are simply other items.
        let passed = false;
        for (const item of value) {
          if (tester(item, context).outcome === 'pass') {
            passed = true;
            break;
          }
        }
        verdict = passed
          ? PASS
          : (noItem ??= {
              outcome: 'fail',
              code: 'no-item',
              expected: describeExpectation(rule),
            });
      }
      record(evidence, found === undefined ? { fact } : { fact, value: found });
      return verdict.outcome === 'pass' ? PASSED : failed(verdict, found);
    } catch (error) {
      return ruleError(error);
    }
  };
}

function compileAll(rule: { all: Rule[] }): CompiledRule {
  const parts = rule.all.map(compileRule);
  return (entity, context, evidence) => {
    let outcome: RuleOutcome = 'pass';
    let findings: RuleFinding[] | undefined;
    for (const part of parts) {
      const verdict = part(entity, context, evidence);
      if (verdict.outcome === 'pass') continue;
      outcome = worse(outcome, verdict.outcome);
      findings = findings
        ? findings.concat(verdict.findings)
        : verdict.findings;
    }
    return findings ? { outcome, findings } : PASSED;
  };
}

function compileAny(rule: { any: Rule[] }): CompiledRule {
  const parts = rule.any.map(compileRule);
  return (entity, context, evidence) => {
    // Every part is evaluated, even after one passed: the evidence lists all the facts read.
    let passed = false;
    let outcome: RuleOutcome = 'pass';
    let findings: RuleFinding[] | undefined;
    for (const part of parts) {
      const verdict = part(entity, context, evidence);
      if (verdict.outcome === 'pass') passed = true;
      else if (!passed) {
        outcome = worse(outcome, verdict.outcome);
        findings = findings
          ? findings.concat(verdict.findings)
          : verdict.findings;
      }
    }
    return passed || !findings ? PASSED : { outcome, findings };
  };
}

function compileNot(rule: Rule): CompiledRule {
  const inner = compileRule(rule);
  return (entity, context, evidence) => {
    const verdict = inner(entity, context, evidence);
    if (verdict.outcome === 'invalid') return verdict;
    return verdict.outcome === 'pass'
      ? { outcome: 'fail', findings: [{ outcome: 'fail', code: 'negated' }] }
      : PASSED;
  };
}

function compile(rule: Rule): CompiledRule {
  try {
    if ('all' in rule) return compileAll(rule);
    if ('any' in rule) return compileAny(rule);
    if ('not' in rule) return compileNot(rule.not);
    return compileFactRule(rule);
  } catch (error) {
    return failing(error);
  }
}

// Criteria are long-lived, entities many: each rule object is compiled once.
const compiledRules = new WeakMap<object, CompiledRule>();

/**
 * Compiles a rule (assumed not to change afterwards) once. Never throws: a malformed rule
 * compiles to one that reports the error, as `evaluateRule` does.
 */
export function compileRule(rule: Rule): CompiledRule {
  if (rule === null || typeof rule !== 'object') return compile(rule);
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    compiled = compile(rule);
    compiledRules.set(rule, compiled);
  }
  return compiled;
}
