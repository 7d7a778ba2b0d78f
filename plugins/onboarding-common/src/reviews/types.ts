import { StepNumber } from '../journey';

/** What a gate review committee decides for an entity's gate. */
export type GateDecision = 'GO' | 'GO_WITH_RESERVATIONS' | 'NO_GO';

/** Every decision, in the order a form offers them. */
export const GATE_DECISIONS: readonly GateDecision[] = [
  'GO',
  'GO_WITH_RESERVATIONS',
  'NO_GO',
];

/** The gates a committee decides: those closing steps 1 to 4. */
export type GateNumber = Exclude<StepNumber, 5>;

/** A condition attached to a GO: to be met by its due date, then lifted. */
export interface Reservation {
  text: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  /** YYYY-MM-DD, set by a later record when the reservation is lifted. */
  liftedAt?: string;
}

/** What a reviewer submits (`POST /entities/…/reviews`); who records it comes from the caller's identity. */
export interface GateReviewInput {
  gate: GateNumber;
  decision: GateDecision;
  reservations: Reservation[];
  /** YYYY-MM-DD: the day the committee decided. */
  decidedOn: string;
  /** Entity refs or names of the people who decided. */
  reviewers: string[];
  comment?: string;
  /** The minutes of the meeting: an https URL. */
  minutesUrl?: string;
  /** Id of the record this one corrects or updates (e.g. to lift a reservation). */
  supersedes?: number;
}

/** A stored gate review: never edited, a correction is a new record that supersedes it. */
export interface GateReview extends GateReviewInput {
  id: number;
  entityRef: string;
  /** The user entity ref (or service subject) of the caller who recorded it. */
  recordedBy: string;
  /** ISO 8601 timestamp. */
  recordedAt: string;
}

/** `GET /entities/…/reviews`: every record, newest first. */
export interface GateReviewList {
  entityRef: string;
  items: GateReview[];
}
