import { GateResult, Verdict } from '../criteria/types';
import { isoDateMs } from '../rules/isoDate';
import { GateNumber, GateReview } from './types';

/** Why a committee's decision and the criteria do not tell the same story. */
export type DisagreementFlag =
  | 'go-while-criteria-no-go'
  | 'no-go-while-criteria-go'
  | 'reservation-past-due';

/** One gate: what the criteria say now beside the committee's latest decision. */
export interface GateAgreement {
  gate: GateNumber;
  criteria: Verdict;
  /** The latest record for the gate (the one that supersedes the others), if any. */
  decision?: GateReview;
  /** Reservations of the latest decision not lifted and past their due date. */
  pastDue: GateReview['reservations'];
  flags: DisagreementFlag[];
}

/**
 * The latest record of each gate: records are never edited, so the newest one (highest
 * id) is what the committee holds now, whether it corrects, lifts or re-decides.
 */
export function latestReviewPerGate(
  reviews: readonly GateReview[],
): Map<GateNumber, GateReview> {
  const latest = new Map<GateNumber, GateReview>();
  for (const review of reviews) {
    const current = latest.get(review.gate);
    if (!current || review.id > current.id) latest.set(review.gate, review);
  }
  return latest;
}

/** Whether a decision opens its gate: a GO, or a GO whose reservations are all lifted. */
export function isClearGo(review: GateReview): boolean {
  return (
    review.decision !== 'NO_GO' &&
    review.reservations.every(reservation => Boolean(reservation.liftedAt))
  );
}

/**
 * The gates whose latest decision is a clear GO: what `onboarding.reviews.goCountsAsEvidence`
 * lets count as the gate's evidence (see `EvaluationContext.gatesPassedByDecision`).
 */
export function gatesPassedByDecision(
  reviews: readonly GateReview[],
): GateNumber[] {
  return [...latestReviewPerGate(reviews).values()]
    .filter(isClearGo)
    .map(review => review.gate)
    .sort();
}

/** The UTC day of `now` as midnight, in ms, to compare with YYYY-MM-DD dates. */
const dayMs = (now: Date) =>
  Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

/**
 * Compares, gate by gate, the committee's latest decision with the criteria's verdict and
 * flags what a reader must not miss: a GO the criteria no longer support, a NO-GO the
 * criteria would pass, a reservation past its due date. A decision never changes the
 * verdict: both are shown.
 */
export function compareReviewsWithCriteria(
  reviews: readonly GateReview[],
  gates: readonly GateResult[],
  now: Date,
): GateAgreement[] {
  const latest = latestReviewPerGate(reviews);
  const today = dayMs(now);
  return gates
    .filter((gate): gate is GateResult & { step: GateNumber } => gate.step < 5)
    .map(gate => {
      const decision = latest.get(gate.step);
      const flags: DisagreementFlag[] = [];
      const pastDue = (decision?.reservations ?? []).filter(
        r => !r.liftedAt && (isoDateMs(r.dueDate) ?? Infinity) < today,
      );
      if (decision) {
        if (decision.decision !== 'NO_GO' && gate.verdict === 'NO-GO') {
          flags.push('go-while-criteria-no-go');
        }
        if (decision.decision === 'NO_GO' && gate.verdict === 'GO') {
          flags.push('no-go-while-criteria-go');
        }
        if (pastDue.length) flags.push('reservation-past-due');
      }
      return {
        gate: gate.step,
        criteria: gate.verdict,
        ...(decision ? { decision } : {}),
        pastDue,
        flags,
      };
    });
}
