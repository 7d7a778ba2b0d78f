import { LocalizedText } from '../i18n';
import { StepNumber } from '../journey';
import { Rule } from '../rules';

/** A blocking criterion must pass for its gate to be GO; an advisory one only informs. */
export type Severity = 'blocking' | 'advisory';

/** Which entities a criterion applies to; an empty or absent list means any. Compared case-insensitively. */
export interface Applicability {
  kinds?: string[];
  /** Values of spec.type. */
  types?: string[];
  /** Values of spec.lifecycle. */
  lifecycles?: string[];
}

/** How to meet a criterion. */
export interface Remediation {
  text: LocalizedText;
  /**
   * Where to read more: an absolute https URL, a page of the Cloud Pi Native docs site
   * (a path starting with `/`), or a tab of the entity's console project (`console:<tab>`).
   */
  link?: string;
  /** Annotations that satisfy the criterion, with an example value, for copy-paste snippets. */
  annotations?: Record<string, string>;
}

/** One go/no-go criterion of the journey. */
export interface Criterion {
  /** Stable identifier, e.g. `S1-SPONSOR`: letters, digits and dashes. */
  id: string;
  /** The step whose gate the criterion belongs to. */
  step: StepNumber;
  severity: Severity;
  title: LocalizedText;
  rationale: LocalizedText;
  appliesTo?: Applicability;
  rule: Rule;
  remediation: Remediation;
  /** Where the criterion comes from in the public sources. */
  source: string;
  /**
   * The fact source whose measurements judge this criterion (e.g. `sonarqube`). A measured
   * criterion is in force only where that source is configured; elsewhere the declared
   * criteria it `replaces` stay, and the gate is said to rest on declarations.
   */
  measuredBy?: string;
  /** Ids of the declared criteria this measured one replaces where its source is configured. */
  replaces?: string[];
}

/** The state of one criterion for one entity. */
export type CriterionState =
  | 'pass'
  | 'fail'
  | 'not-applicable'
  /** The evidence is there but malformed. */
  | 'invalid'
  /** A fact source could not answer. */
  | 'unknown'
  /** Not met, but covered by a valid, unexpired exemption. */
  | 'exempted';

/** Every criterion state, in display order. */
export const CRITERION_STATES: readonly CriterionState[] = [
  'fail',
  'invalid',
  'unknown',
  'exempted',
  'pass',
  'not-applicable',
];

/** An exemption declared on the entity for one criterion. */
export interface ExemptionInfo {
  /** `active` covers the criterion; `expired` is ignored; `invalid` makes the criterion invalid. */
  state: 'active' | 'expired' | 'invalid';
  /** The annotation value as found. */
  value: string;
  reason?: string;
  /** YYYY-MM-DD. */
  expires?: string;
}

/** The outcome of one criterion for one entity, with its explanation. */
export interface CriterionResult {
  criterionId: string;
  step: StepNumber;
  severity: Severity;
  state: CriterionState;
  /** What was found and, when not met, what is expected. */
  message: LocalizedText;
  /** The facts read, with the values seen. */
  evidence: Array<{ fact: string; value?: string }>;
  exemption?: ExemptionInfo;
}

/** GO when every applicable blocking criterion of the step passed or is exempted. */
export type Verdict = 'GO' | 'NO-GO';

/** The verdict of the gate that closes a step (steps 1 to 4). */
export interface GateResult {
  step: StepNumber;
  verdict: Verdict;
  /** Ids of the blocking criteria that keep the gate closed. */
  blockers: string[];
}

/** A whole evaluation of one entity against a criteria set. */
export interface EntityEvaluation {
  /** The step the evidence supports: the first whose gate is NO-GO, or 5. */
  step: StepNumber;
  /** The step the entity declares, if any, as read from its annotation. */
  declaredStep?: StepNumber;
  /** Set when the declared step is ahead of what the evidence supports. */
  discrepancy?: { declared: StepNumber; evidenced: StepNumber };
  /** The gate of the current step (absent at step 5, which has no gate). */
  nextGate?: GateResult;
  /**
   * Gates whose criteria say NO-GO that the step moved past on a committee's clear GO
   * (only when `onboarding.reviews.goCountsAsEvidence` is on).
   */
  passedByDecision?: StepNumber[];
  gates: GateResult[];
  results: CriterionResult[];
}
