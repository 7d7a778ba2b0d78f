import { Entity } from '@backstage/catalog-model';
import { readDeclaredStep } from '../declaredStep';
import { Language, LocalizedText } from '../i18n';
import { STEP_NUMBERS, StepNumber } from '../journey';
import {
  describeFinding,
  parseFactName,
  Rule,
  RuleFinding,
  RuleResult,
} from '../rules';
import { own } from '../rules/facts';
import {
  CompiledRule,
  compileRule,
  EvidenceSink,
  RuleVerdict,
} from '../rules/compileRule';
import { hasExemptions, readExemption } from './exemptions';
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
  /** Facts gathered outside the entity document, read by `fact:<name>` rules. */
  facts?: Readonly<Record<string, unknown>>;
  /**
   * Gathered facts that could not be read this time, and why (e.g. a skeleton file refused,
   * a service down): criteria reading them are `unknown`, the others decide normally. Keys
   * are names as in `facts`; a key also covers the names below it (`skeleton/annotation`
   * covers `skeleton/annotation/<name>`). The reason may be given in both languages.
   */
  unavailableFacts?: Readonly<Record<string, string | LocalizedText>>;
  /**
   * Gathered facts about something the tool says does not exist (a project key SonarQube
   * does not know), and why: criteria reading them `fail` with that reason, since the
   * evidence the gate asks for is not there. Keys as in `unavailableFacts`.
   */
  missingFacts?: Readonly<Record<string, string | LocalizedText>>;
  /**
   * Gates a committee decided GO with every reservation lifted, when the configuration
   * (`onboarding.reviews.goCountsAsEvidence`) lets that decision count as the gate's
   * evidence: the step may move past such a gate though its criteria say NO-GO. The gate's
   * own verdict is unchanged, and the evaluation lists the gates passed this way.
   */
  gatesPassedByDecision?: readonly StepNumber[];
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

/**
 * Lower-cases like `toLocaleLowerCase('en')`, remembering the last value: every criterion
 * of an entity asks for the same kind, type and lifecycle, and the locale-aware call is slow.
 */
function lowerCaser(): (value: string) => string {
  let last: string | undefined;
  let lastLower = '';
  return value => {
    if (value !== last) {
      lastLower = value.toLocaleLowerCase('en');
      last = value;
    }
    return lastLower;
  };
}
const lowerKind = lowerCaser();
const lowerType = lowerCaser();
const lowerLifecycle = lowerCaser();

function matches(
  allowed: Set<string> | undefined,
  value: unknown,
  lower: (value: string) => string,
): boolean {
  return !allowed || (typeof value === 'string' && allowed.has(lower(value)));
}

function lowerSets(applicability: Applicability): LowerSets {
  return {
    kinds: lowerSet(applicability.kinds),
    types: lowerSet(applicability.types),
    lifecycles: lowerSet(applicability.lifecycles),
  };
}

function applies(sets: LowerSets | undefined, entity: Entity): boolean {
  return (
    !sets ||
    (matches(sets.kinds, entity.kind, lowerKind) &&
      matches(sets.types, entity.spec?.type, lowerType) &&
      matches(sets.lifecycles, entity.spec?.lifecycle, lowerLifecycle))
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
    sets = lowerSets(applicability);
    lowered.set(applicability, sets);
  }
  return applies(sets, entity);
}

/**
 * A criterion made ready for many entities: its lists lower-cased, its rule compiled. It
 * remembers what it was made from, so that a criterion given another rule is made again.
 */
interface PreparedCriterion {
  criterion: Criterion;
  appliesTo: Applicability | undefined;
  rule: Rule;
  sets: LowerSets | undefined;
  run: CompiledRule;
  /** When the rule reads a single fact (most do): the start of its passed message. */
  met?: MetPrefix;
}

function isPreparedFor(
  prepared: PreparedCriterion | undefined,
  criterion: Criterion,
): prepared is PreparedCriterion {
  return (
    prepared !== undefined &&
    prepared.criterion === criterion &&
    prepared.rule === criterion.rule &&
    prepared.appliesTo === criterion.appliesTo
  );
}

const preparedCriteria = new WeakMap<Criterion, PreparedCriterion>();

function prepare(criterion: Criterion): PreparedCriterion {
  let prepared = preparedCriteria.get(criterion);
  if (!isPreparedFor(prepared, criterion)) {
    const { appliesTo, rule } = criterion;
    prepared = {
      criterion,
      appliesTo,
      rule,
      sets: appliesTo && lowerSets(appliesTo),
      run: compileRule(rule),
      met: metPrefix(rule),
    };
    preparedCriteria.set(criterion, prepared);
  }
  return prepared;
}

// A criteria set is evaluated for many entities: keep its prepared criteria in order, so
// that each entity costs one lookup rather than one per criterion.
const preparedSets = new WeakMap<readonly Criterion[], PreparedCriterion[]>();

function prepareAll(criteria: readonly Criterion[]): PreparedCriterion[] {
  let prepared = preparedSets.get(criteria);
  if (!prepared) {
    prepared = [];
    preparedSets.set(criteria, prepared);
  }
  return prepared;
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

const CRITERION_MET: LocalizedText = {
  fr: 'Critère rempli.',
  en: 'Criterion met.',
};

// Rules read the same few facts for every entity: write each one's `name = ` once.
const seenPrefixes = new Map<string, string>();
function seenPrefix(fact: string): string {
  let prefix = seenPrefixes.get(fact);
  if (prefix === undefined) {
    prefix = `${fact.replace(/^annotation:/, '')} = `;
    seenPrefixes.set(fact, prefix);
  }
  return prefix;
}

/** Characters JSON.stringify escapes in a string (lone surrogates included, pairs too to stay simple). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
/** JSON.stringify(text), without its cost for the usual text that needs no escape. */
const quoted = (text: string) =>
  JSON_ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;

/** The passed message of a rule that reads one fact, up to the value seen. */
interface MetPrefix {
  fact: string;
  fr: string;
  en: string;
}

function metPrefix(rule: Rule): MetPrefix | undefined {
  let facts: Set<string>;
  try {
    facts = new Set(factsOf(rule));
  } catch {
    return undefined; // a malformed rule, reported as such when evaluated
  }
  const [fact] = facts;
  if (facts.size !== 1 || typeof fact !== 'string') return undefined;
  const seen = seenPrefix(fact);
  return { fact, fr: `Rempli : ${seen}`, en: `Met: ${seen}` };
}

/** A passed criterion's message: the values seen, written once for both languages. */
function metMessage(
  evidence: RuleResult['evidence'],
  met: MetPrefix | undefined,
): LocalizedText {
  if (met && evidence.length === 1 && evidence[0].fact === met.fact) {
    const { value } = evidence[0];
    if (value === undefined) return CRITERION_MET;
    const text = quoted(value);
    return { fr: met.fr + text, en: met.en + text };
  }
  let seen = '';
  for (const e of evidence) {
    if (e.value === undefined) continue;
    const pair = seenPrefix(e.fact) + quoted(e.value);
    seen = seen ? `${seen} ; ${pair}` : pair;
  }
  return seen ? { fr: `Rempli : ${seen}`, en: `Met: ${seen}` } : CRITERION_MET;
}

/** A message with what an expired exemption says appended: it is ignored, but said. */
function withExemption(
  message: LocalizedText,
  exemption: ExemptionInfo | undefined,
): LocalizedText {
  return exemption && exemption.state !== 'active'
    ? both(l => `${message[l]} ${exemptionText(exemption, l)}`)
    : message;
}

// Messages of the verdicts that are the same at every evaluation (a missing fact), written once.
const sharedMessages = new WeakMap<RuleVerdict, LocalizedText>();

/** A failed verdict's findings as sentences, in both languages. */
function verdictMessage(verdict: RuleVerdict): LocalizedText {
  if (!verdict.shared) return findingsMessage(verdict.findings);
  let message = sharedMessages.get(verdict);
  if (!message) {
    message = findingsMessage(verdict.findings);
    sharedMessages.set(verdict, message);
  }
  return message;
}

/** The findings as sentences, in both languages. */
function findingsMessage(findings: RuleFinding[]): LocalizedText {
  if (findings.length === 1) {
    return {
      fr: describeFinding(findings[0], 'fr'),
      en: describeFinding(findings[0], 'en'),
    };
  }
  return both(l => findings.map(f => describeFinding(f, l)).join(' '));
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

/** The first gathered fact the rule reads that is listed in `listed` (unavailable or missing), and why. */
function listedFact(
  rule: Rule,
  listed: EvaluationContext['unavailableFacts'],
): { fact: string; reason: string | LocalizedText } | undefined {
  const unavailable = listed;
  if (!unavailable) return undefined;
  for (const fact of factsOf(rule)) {
    const parsed = parseFactName(fact);
    if (parsed?.source !== 'fact' || !parsed.key) continue;
    // The name itself, then each parent name (`a/b/c`, `a/b`, `a`).
    for (let name = parsed.key; name; ) {
      const reason = own(unavailable, name);
      if (reason !== undefined) return { fact, reason };
      const slash = name.lastIndexOf('/');
      name = slash < 0 ? '' : name.slice(0, slash);
    }
  }
  return undefined;
}

// Plain object literals, no closures: this runs once per criterion and entity.
function criterionResult(
  criterion: Criterion,
  state: CriterionResult['state'],
  message: LocalizedText,
  evidence: CriterionResult['evidence'],
  exemption?: ExemptionInfo,
): CriterionResult {
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
}

/** Evaluates one criterion on one entity. Never throws. */
export function evaluateCriterion(
  criterion: Criterion,
  entity: Entity,
  context: EvaluationContext,
  entityHasExemptions = hasExemptions(entity),
): CriterionResult {
  return evaluatePrepared(
    prepare(criterion),
    entity,
    context,
    entityHasExemptions,
  );
}

function evaluatePrepared(
  prepared: PreparedCriterion,
  entity: Entity,
  context: EvaluationContext,
  entityHasExemptions: boolean,
): CriterionResult {
  const { criterion } = prepared;
  if (!applies(prepared.sets, entity)) {
    return criterionResult(criterion, 'not-applicable', NOT_APPLICABLE, []);
  }
  const unavailable = listedFact(criterion.rule, context.unavailableFacts);
  if (unavailable) {
    const { fact, reason } = unavailable;
    const why = (l: Language) =>
      typeof reason === 'string' ? reason : reason[l];
    return criterionResult(
      criterion,
      'unknown',
      {
        fr: `${fact} indisponible : ${why('fr')}`,
        en: `${fact} unavailable: ${why('en')}`,
      },
      [],
    );
  }
  const missing = listedFact(criterion.rule, context.missingFacts);
  if (missing) {
    const { fact, reason } = missing;
    const why = (l: Language) =>
      typeof reason === 'string' ? reason : reason[l];
    const exemption = readExemption(entity, criterion.id, context.now);
    const message = {
      fr: `${fact} absent : ${why('fr')}`,
      en: `${fact} missing: ${why('en')}`,
    };
    // Missing evidence is a failure like any other: an active exemption covers it.
    return exemption?.state === 'active'
      ? criterionResult(
          criterion,
          'exempted',
          both(l => `${exemptionText(exemption, l)} (${message[l]})`),
          [],
          exemption,
        )
      : criterionResult(criterion, 'fail', message, [{ fact }]);
  }

  const read: EvidenceSink = {};
  const outcome = prepared.run(entity, context, read);
  const evidence = read.list ? uniqueEvidence(read.list) : [];
  const exemption = entityHasExemptions
    ? readExemption(entity, criterion.id, context.now)
    : undefined;
  if (exemption?.state === 'invalid') {
    return criterionResult(
      criterion,
      'invalid',
      both(l => exemptionText(exemption, l)),
      evidence,
      exemption,
    );
  }
  if (outcome.outcome === 'pass') {
    return criterionResult(
      criterion,
      'pass',
      withExemption(metMessage(evidence, prepared.met), exemption),
      evidence,
      exemption,
    );
  }
  const findings = verdictMessage(outcome);
  if (exemption?.state === 'active') {
    return criterionResult(
      criterion,
      'exempted',
      both(l => `${exemptionText(exemption, l)} (${findings[l]})`),
      evidence,
      exemption,
    );
  }
  return criterionResult(
    criterion,
    outcome.outcome,
    withExemption(findings, exemption),
    evidence,
    exemption,
  );
}

const GATED_STEPS = STEP_NUMBERS.filter(step => step < 5);

/** A state that leaves a gate open. */
const isOpen = (state: CriterionResult['state']) =>
  state === 'pass' || state === 'exempted' || state === 'not-applicable';

/** The gates of steps 1 to 4, from the results in one pass. */
function gatesOf(results: readonly CriterionResult[]): GateResult[] {
  const gates: GateResult[] = GATED_STEPS.map(step => ({
    step,
    verdict: 'GO',
    blockers: [],
  }));
  for (const r of results) {
    if (r.severity !== 'blocking' || isOpen(r.state)) continue;
    const gate = gates[r.step - 1];
    if (gate?.step === r.step) {
      gate.blockers.push(r.criterionId);
      gate.verdict = 'NO-GO';
    }
  }
  return gates;
}

/**
 * Evaluates an entity against a criteria set: every criterion's result, the verdict of
 * each gate (steps 1 to 4), the step the evidence supports, and any gap with the
 * step the entity declares. `reuse` may hand back a result already computed for a
 * criterion with the same entity and context (an impact preview evaluates two sets that
 * mostly share criteria); it is taken as is.
 */
export function evaluateEntity(
  entity: Entity,
  criteria: readonly Criterion[],
  context: EvaluationContext,
  reuse?: (criterion: Criterion) => CriterionResult | undefined,
): EntityEvaluation {
  const exempted = hasExemptions(entity);
  const prepared = prepareAll(criteria);
  const results = criteria.map((criterion, i) => {
    const reused = reuse?.(criterion);
    if (reused) return reused;
    if (!isPreparedFor(prepared[i], criterion))
      prepared[i] = prepare(criterion);
    return evaluatePrepared(prepared[i], entity, context, exempted);
  });
  const gates = gatesOf(results);
  const byDecision = context.gatesPassedByDecision;
  const firstClosed = gates.find(
    gate => gate.verdict === 'NO-GO' && !byDecision?.includes(gate.step),
  );
  const passedByDecision = byDecision?.length
    ? gates
        .filter(
          gate =>
            gate.verdict === 'NO-GO' &&
            byDecision.includes(gate.step) &&
            gate.step < (firstClosed?.step ?? 5),
        )
        .map(gate => gate.step)
    : [];
  const step: StepNumber = firstClosed?.step ?? 5;
  const declared = readDeclaredStep(entity);
  const declaredStep =
    declared.state === 'declared' ? declared.step : undefined;
  // Built field by field, in this order, without spreading temporary objects.
  const evaluation: Partial<EntityEvaluation> = { step };
  if (declaredStep) evaluation.declaredStep = declaredStep;
  if (declaredStep && declaredStep > step)
    evaluation.discrepancy = { declared: declaredStep, evidenced: step };
  if (firstClosed) evaluation.nextGate = firstClosed;
  if (passedByDecision.length) evaluation.passedByDecision = passedByDecision;
  evaluation.gates = gates;
  evaluation.results = results;
  return evaluation as EntityEvaluation;
}
