// The evaluator as it was before rules were compiled (commit d2fe9ab), kept verbatim as an
// independent oracle for the equivalence property tests. Not used by the package itself.
import { Entity } from '@backstage/catalog-model';
import { readDeclaredStep } from '../../declaredStep';
import { Language, LocalizedText } from '../../i18n';
import { STEP_NUMBERS, StepNumber } from '../../journey';
import { RuleResult } from '../../rules/types';
import { evaluateRule } from './evaluateRule';
import { describeFinding } from './messages';
import { hasExemptions, readExemption } from './exemptions';
import {
  Applicability,
  Criterion,
  CriterionResult,
  EntityEvaluation,
  ExemptionInfo,
  GateResult,
} from '../../criteria/types';

/** What an evaluation depends on besides the entity and the criteria. */
export interface EvaluationContext {
  now: Date;
  /** Facts gathered outside the entity document, read by `fact:<name>` rules. */
  facts?: Readonly<Record<string, unknown>>;
  // Unavailable fact sources are left out: the oracle covers evaluation with every source answering.
}

type LowerSets = {
  kinds?: Set<string>;
  types?: Set<string>;
  lifecycles?: Set<string>;
};
const lowered = new WeakMap<Applicability, LowerSets>();

function lowerSet(values?: string[]): Set<string> | undefined {
  return values?.length
    ? new Set(values.map(v => v.toLocaleLowerCase('en')))
    : undefined;
}

function matches(allowed: Set<string> | undefined, value: unknown): boolean {
  return (
    !allowed ||
    (typeof value === 'string' && allowed.has(value.toLocaleLowerCase('en')))
  );
}

/** Tells whether a criterion applies to an entity, from its kind, spec.type and spec.lifecycle. */
export function isApplicable(
  applicability: Applicability | undefined,
  entity: Entity,
): boolean {
  if (!applicability) return true;
  // Criteria are long-lived: lower-case their lists once.
  let sets = lowered.get(applicability);
  if (!sets) {
    sets = {
      kinds: lowerSet(applicability.kinds),
      types: lowerSet(applicability.types),
      lifecycles: lowerSet(applicability.lifecycles),
    };
    lowered.set(applicability, sets);
  }
  return (
    matches(sets.kinds, entity.kind) &&
    matches(sets.types, entity.spec?.type) &&
    matches(sets.lifecycles, entity.spec?.lifecycle)
  );
}

function both(render: (language: Language) => string): LocalizedText {
  return { fr: render('fr'), en: render('en') };
}

function evidenceText(
  evidence: RuleResult['evidence'],
  language: Language,
): string {
  const seen = evidence
    .filter(e => e.value !== undefined)
    .map(
      e => `${e.fact.replace(/^annotation:/, '')} = ${JSON.stringify(e.value)}`,
    );
  if (seen.length === 0)
    return language === 'fr' ? 'Critère rempli.' : 'Criterion met.';
  return (language === 'fr' ? 'Rempli : ' : 'Met: ') + seen.join(' ; ');
}

function exemptionText(exemption: ExemptionInfo, language: Language): string {
  if (exemption.state === 'invalid') {
    return language === 'fr'
      ? `Exemption invalide : ${JSON.stringify(
          exemption.value,
        )} ; attendu « AAAA-MM-JJ: motif » (date d'expiration puis motif).`
      : `Invalid exemption: ${JSON.stringify(
          exemption.value,
        )}; expected "YYYY-MM-DD: reason" (expiry date, then reason).`;
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

const NOT_APPLICABLE: LocalizedText = {
  fr: 'Ne s’applique pas à ce type d’entité.',
  en: 'Does not apply to this kind of entity.',
};

/** The facts a rule reads, once each, in order. */
function uniqueEvidence(
  evidence: RuleResult['evidence'],
): RuleResult['evidence'] {
  if (evidence.length < 2) return evidence;
  const seen = new Set<string>();
  return evidence.filter(e => !seen.has(e.fact) && seen.add(e.fact));
}

/** Evaluates one criterion on one entity. Never throws. */
export function evaluateCriterion(
  criterion: Criterion,
  entity: Entity,
  context: EvaluationContext,
  entityHasExemptions = hasExemptions(entity),
): CriterionResult {
  // Plain object literals throughout: this runs once per criterion and entity.
  const result = (
    state: CriterionResult['state'],
    message: LocalizedText,
    evidence: CriterionResult['evidence'],
    exemption?: ExemptionInfo,
  ): CriterionResult => {
    const out: CriterionResult = {
      criterionId: criterion.id,
      step: criterion.step,
      severity: criterion.severity,
      state,
      message,
      evidence,
    };
    if (exemption) out.exemption = exemption;
    return out;
  };

  if (!isApplicable(criterion.appliesTo, entity)) {
    return result('not-applicable', NOT_APPLICABLE, []);
  }

  const outcome = evaluateRule(criterion.rule, entity, context);
  const evidence = uniqueEvidence(outcome.evidence);
  const exemption = entityHasExemptions
    ? readExemption(entity, criterion.id, context.now)
    : undefined;
  const findings = (language: Language) =>
    outcome.findings.map(f => describeFinding(f, language)).join(' ');
  // An expired exemption is ignored, but said.
  const withExemption = (text: (l: Language) => string): LocalizedText =>
    both(l =>
      exemption && exemption.state !== 'active'
        ? `${text(l)} ${exemptionText(exemption, l)}`
        : text(l),
    );

  if (exemption?.state === 'invalid') {
    return result(
      'invalid',
      both(l => exemptionText(exemption, l)),
      evidence,
      exemption,
    );
  }
  if (outcome.outcome === 'pass') {
    return result(
      'pass',
      withExemption(l => evidenceText(evidence, l)),
      evidence,
      exemption,
    );
  }
  if (exemption?.state === 'active') {
    return result(
      'exempted',
      both(l => `${exemptionText(exemption, l)} (${findings(l)})`),
      evidence,
      exemption,
    );
  }
  return result(outcome.outcome, withExemption(findings), evidence, exemption);
}

const OPEN_STATES = new Set(['pass', 'exempted', 'not-applicable']);

/**
 * Evaluates an entity against a criteria set: every criterion's result, the verdict of
 * each gate (steps 1 to 4), the step the evidence supports, and any gap with the
 * step the entity declares.
 */
export function evaluateEntity(
  entity: Entity,
  criteria: readonly Criterion[],
  context: EvaluationContext,
): EntityEvaluation {
  const exempted = hasExemptions(entity);
  const results = criteria.map(criterion =>
    evaluateCriterion(criterion, entity, context, exempted),
  );
  const gates: GateResult[] = STEP_NUMBERS.filter(step => step < 5).map(
    step => {
      const blockers = results
        .filter(
          r =>
            r.step === step &&
            r.severity === 'blocking' &&
            !OPEN_STATES.has(r.state),
        )
        .map(r => r.criterionId);
      return {
        step,
        verdict: blockers.length === 0 ? 'GO' : 'NO-GO',
        blockers,
      };
    },
  );
  const firstClosed = gates.find(gate => gate.verdict === 'NO-GO');
  const step: StepNumber = firstClosed?.step ?? 5;
  const declared = readDeclaredStep(entity);
  const declaredStep =
    declared.state === 'declared' ? declared.step : undefined;
  return {
    step,
    ...(declaredStep ? { declaredStep } : {}),
    ...(declaredStep && declaredStep > step
      ? { discrepancy: { declared: declaredStep, evidenced: step } }
      : {}),
    ...(firstClosed ? { nextGate: firstClosed } : {}),
    gates,
    results,
  };
}
