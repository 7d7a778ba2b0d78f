import {
  CriterionState,
  EntityEvaluation,
  StepNumber,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** The kinds of events the owner of an entity is told about. */
export const NOTIFICATION_EVENTS = [
  'gate-passed',
  'fell-back',
  'exemption-expiring',
] as const;
export type NotificationEventKind = (typeof NOTIFICATION_EVENTS)[number];

/** The evidenced step rose: the entity passed one gate or more. */
export interface GatePassed {
  kind: 'gate-passed';
  fromStep: StepNumber;
  toStep: StepNumber;
}

/** Criteria that were met are no longer, and/or the evidenced step dropped. */
export interface FellBack {
  kind: 'fell-back';
  fromStep: StepNumber;
  toStep: StepNumber;
  /** Ids of the criteria that passed (or were exempted) and now fail or are invalid, in evaluation order. */
  criteria: string[];
}

/** An exemption that covers a criterion ends soon. */
export interface ExemptionExpiring {
  kind: 'exemption-expiring';
  criterionId: string;
  step: StepNumber;
  /** Last day the exemption is valid, YYYY-MM-DD (UTC). */
  expires: string;
  /** Whole days from today (UTC) to that day: 0 when it is the last day. */
  daysLeft: number;
}

export type OnboardingEvent = GatePassed | FellBack | ExemptionExpiring;

const MET: ReadonlySet<CriterionState> = new Set(['pass', 'exempted']);
/**
 * What counts as falling back: the evidence is now missing or wrong. `unknown` does not
 * (a tool that cannot answer would otherwise notify every team at each outage).
 */
const LOST: ReadonlySet<CriterionState> = new Set(['fail', 'invalid']);

/**
 * Whether the gates of steps [from, to) of an evaluation were held closed by evidence
 * (a blocker failing or invalid) rather than only by tools that did not answer.
 */
function heldByEvidence(
  evaluation: EntityEvaluation,
  from: StepNumber,
  to: StepNumber,
): boolean {
  const states = new Map(evaluation.results.map(r => [r.criterionId, r.state]));
  return evaluation.gates
    .filter(gate => gate.step >= from && gate.step < to)
    .some(gate => gate.blockers.some(id => LOST.has(states.get(id)!)));
}

/**
 * What changed for the team between an entity's previous result and its new one. The
 * first result of an entity has no previous one and tells nothing: no event. A step that
 * moves only because a tool stopped or started answering (its criteria `unknown` before
 * or after) is no event either: the team did nothing, and the tool's state shows on the tab.
 */
export function detectChanges(
  previous: EntityEvaluation,
  next: EntityEvaluation,
): OnboardingEvent[] {
  const events: OnboardingEvent[] = [];
  if (
    next.step > previous.step &&
    heldByEvidence(previous, previous.step, next.step)
  ) {
    events.push({
      kind: 'gate-passed',
      fromStep: previous.step,
      toStep: next.step,
    });
  }
  const before = new Map(previous.results.map(r => [r.criterionId, r.state]));
  const lost = next.results
    .filter(r => LOST.has(r.state))
    .filter(r => {
      const was = before.get(r.criterionId);
      return was !== undefined && MET.has(was);
    })
    .map(r => r.criterionId);
  const dropped =
    next.step < previous.step && heldByEvidence(next, next.step, previous.step);
  if (lost.length > 0 || dropped) {
    events.push({
      kind: 'fell-back',
      fromStep: previous.step,
      toStep: next.step,
      criteria: lost,
    });
  }
  return events;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of a day given as YYYY-MM-DD, or of a time's day. */
function utcDay(value: string | Date): number {
  const date =
    typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * The exemptions of an evaluation that cover a criterion (state `exempted`) and end
 * within `withinDays` days of `now`, the last valid day included.
 */
export function expiringExemptions(
  evaluation: EntityEvaluation,
  now: Date,
  withinDays: number,
): ExemptionExpiring[] {
  const today = utcDay(now);
  const events: ExemptionExpiring[] = [];
  for (const result of evaluation.results) {
    const expires = result.exemption?.expires;
    if (result.state !== 'exempted' || !expires) continue;
    const daysLeft = Math.round((utcDay(expires) - today) / DAY_MS);
    if (Number.isNaN(daysLeft) || daysLeft < 0 || daysLeft > withinDays)
      continue;
    events.push({
      kind: 'exemption-expiring',
      criterionId: result.criterionId,
      step: result.step,
      expires,
      daysLeft,
    });
  }
  return events;
}
