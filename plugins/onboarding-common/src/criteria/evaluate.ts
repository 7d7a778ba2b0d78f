import { Entity } from '@backstage/catalog-model';
import { readDeclaredStep } from '../declaredStep';
import { Language, LocalizedText } from '../i18n';
import { STEP_NUMBERS, StepNumber } from '../journey';
import { describeFinding, evaluateRule, parseFactName, Rule, RuleResult } from '../rules';
import { readExemption } from './exemptions';
import {
  Applicability,
  Criterion,
  CriterionResult,
  EntityEvaluation,
  ExemptionInfo,
  GateResult,
} from './types';

/** What an evaluation depends on besides the entity and the criteria. */
export interface EvaluationContext {
  now: Date;
  /** Fact sources that could not answer this time (e.g. an external service down): criteria reading them are `unknown`. */
  unavailableSources?: string[];
}

const lower = (values?: string[]) => (values ?? []).map(v => v.toLocaleLowerCase('en'));

/** Tells whether a criterion applies to an entity, from its kind, spec.type and spec.lifecycle. */
export function isApplicable(applicability: Applicability | undefined, entity: Entity): boolean {
  if (!applicability) return true;
  const matches = (allowed: string[] | undefined, value: unknown) =>
    !allowed?.length || (typeof value === 'string' && lower(allowed).includes(value.toLocaleLowerCase('en')));
  return (
    matches(applicability.kinds, entity.kind) &&
    matches(applicability.types, entity.spec?.type) &&
    matches(applicability.lifecycles, entity.spec?.lifecycle)
  );
}

function factsOf(rule: Rule): string[] {
  if ('all' in rule) return rule.all.flatMap(factsOf);
  if ('any' in rule) return rule.any.flatMap(factsOf);
  if ('not' in rule) return factsOf(rule.not);
  return [rule.fact];
}

function both(render: (language: Language) => string): LocalizedText {
  return { fr: render('fr'), en: render('en') };
}

function evidenceText(result: RuleResult, language: Language): string {
  const seen = result.evidence.filter(e => e.value !== undefined).map(e => `${e.fact.replace(/^annotation:/, '')} = ${JSON.stringify(e.value)}`);
  if (seen.length === 0) return language === 'fr' ? 'Critère rempli.' : 'Criterion met.';
  return (language === 'fr' ? 'Rempli : ' : 'Met: ') + seen.join(' ; ');
}

function exemptionText(exemption: ExemptionInfo, language: Language): string {
  if (exemption.state === 'invalid') {
    return language === 'fr'
      ? `Exemption invalide : ${JSON.stringify(exemption.value)} ; attendu « AAAA-MM-JJ: motif » (date d'expiration puis motif).`
      : `Invalid exemption: ${JSON.stringify(exemption.value)}; expected "YYYY-MM-DD: reason" (expiry date, then reason).`;
  }
  if (exemption.state === 'expired') {
    return language === 'fr'
      ? `Exemption expirée le ${exemption.expires}, ignorée.`
      : `Exemption expired on ${exemption.expires}, ignored.`;
  }
  return language === 'fr'
    ? `Exempté jusqu'au ${exemption.expires} : ${exemption.reason}`
    : `Exempted until ${exemption.expires}: ${exemption.reason}`;
}

/** Evaluates one criterion on one entity. Never throws. */
export function evaluateCriterion(criterion: Criterion, entity: Entity, context: EvaluationContext): CriterionResult {
  const base = { criterionId: criterion.id, step: criterion.step, severity: criterion.severity };
  if (!isApplicable(criterion.appliesTo, entity)) {
    return {
      ...base,
      state: 'not-applicable',
      message: {
        fr: 'Ne s’applique pas à ce type d’entité.',
        en: 'Does not apply to this kind of entity.',
      },
      evidence: [],
    };
  }
  const facts = factsOf(criterion.rule);
  const unavailable = facts.find(fact => context.unavailableSources?.includes(parseFactName(fact)?.source ?? ''));
  if (unavailable) {
    return {
      ...base,
      state: 'unknown',
      message: both(l => (l === 'fr' ? `Source indisponible pour ${unavailable}.` : `Source unavailable for ${unavailable}.`)),
      evidence: [],
    };
  }

  const result = evaluateRule(criterion.rule, entity, context);
  const exemption = readExemption(entity, criterion.id, context.now);
  const findings = (language: Language) => result.findings.map(f => describeFinding(f, language)).join(' ');
  const withExemption = (text: (l: Language) => string): LocalizedText =>
    both(l => (exemption && exemption.state !== 'active' ? `${text(l)} ${exemptionText(exemption, l)}` : text(l)));

  if (exemption?.state === 'invalid') {
    return { ...base, state: 'invalid', message: both(l => exemptionText(exemption, l)), evidence: result.evidence, exemption };
  }
  if (result.outcome === 'pass') {
    return { ...base, state: 'pass', message: withExemption(l => evidenceText(result, l)), evidence: result.evidence, ...(exemption ? { exemption } : {}) };
  }
  if (exemption?.state === 'active') {
    return {
      ...base,
      state: 'exempted',
      message: both(l => `${exemptionText(exemption, l)} (${findings(l)})`),
      evidence: result.evidence,
      exemption,
    };
  }
  return {
    ...base,
    state: result.outcome,
    message: withExemption(findings),
    evidence: result.evidence,
    ...(exemption ? { exemption } : {}),
  };
}

const OPEN_STATES = new Set(['pass', 'exempted', 'not-applicable']);

/**
 * Evaluates an entity against a criteria set: every criterion's result, the verdict of
 * each gate (steps 1 to 4), the step the evidence supports, and any gap with the
 * step the entity declares.
 */
export function evaluateEntity(entity: Entity, criteria: readonly Criterion[], context: EvaluationContext): EntityEvaluation {
  const results = criteria.map(criterion => evaluateCriterion(criterion, entity, context));
  const gates: GateResult[] = STEP_NUMBERS.filter(step => step < 5).map(step => {
    const blockers = results
      .filter(r => r.step === step && r.severity === 'blocking' && !OPEN_STATES.has(r.state))
      .map(r => r.criterionId);
    return { step, verdict: blockers.length === 0 ? 'GO' : 'NO-GO', blockers };
  });
  const firstClosed = gates.find(gate => gate.verdict === 'NO-GO');
  const step: StepNumber = firstClosed?.step ?? 5;
  const declared = readDeclaredStep(entity);
  const declaredStep = declared.state === 'declared' ? declared.step : undefined;
  return {
    step,
    ...(declaredStep ? { declaredStep } : {}),
    ...(declaredStep && declaredStep > step ? { discrepancy: { declared: declaredStep, evidenced: step } } : {}),
    ...(firstClosed ? { nextGate: firstClosed } : {}),
    gates,
    results,
  };
}
