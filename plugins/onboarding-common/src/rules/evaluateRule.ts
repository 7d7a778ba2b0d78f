import { Entity } from '@backstage/catalog-model';
import { compileRule, EvidenceSink } from './compileRule';
import { Rule, RuleContext, RuleResult } from './types';

// Where they were first defined, for existing imports.
export { parseIsoDate } from './isoDate';
export type { RuleContext } from './types';

/**
 * Evaluates a rule on an entity. Never throws on any entity; rules are expected to have
 * passed `validateRule` (a bad regex in an unvalidated rule is reported as invalid).
 * The rule is compiled once (see `compileRule`), then run.
 */
export function evaluateRule(
  rule: Rule,
  entity: Entity,
  context: RuleContext,
): RuleResult {
  const read: EvidenceSink = {};
  const { outcome, findings } = compileRule(rule)(entity, context, read);
  // Fresh findings: the compiled rule may share them between evaluations.
  return {
    outcome,
    findings: outcome === 'pass' ? [] : findings.map(f => ({ ...f })),
    evidence: read.list ?? [],
  };
}
