import { isoDateMs } from '../rules/isoDate';
import { GATE_DECISIONS, GateReviewInput } from './types';

/** Bounds on what a review may hold, so that a record stays readable and small. */
export const REVIEW_LIMITS = {
  reservations: 20,
  reservationText: 1000,
  reviewers: 20,
  reviewer: 200,
  comment: 4000,
  minutesUrl: 2000,
} as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a submitted review and returns it typed, or the list of what is wrong, each
 * naming the field (shared by the backend's 400s and the form's messages).
 */
export function validateGateReview(
  body: unknown,
): { review: GateReviewInput } | { errors: string[] } {
  if (!isObject(body)) return { errors: ['the body must be a JSON object'] };
  const errors: string[] = [];
  const { gate, decision, decidedOn, comment, minutesUrl, supersedes } = body;
  const reservations = body.reservations ?? [];
  const reviewers = body.reviewers;

  if (gate !== 1 && gate !== 2 && gate !== 3 && gate !== 4) {
    errors.push('gate must be 1, 2, 3 or 4');
  }
  if (!GATE_DECISIONS.includes(decision as never)) {
    errors.push(`decision must be one of ${GATE_DECISIONS.join(', ')}`);
  }
  if (typeof decidedOn !== 'string' || isoDateMs(decidedOn) === undefined) {
    errors.push('decidedOn must be a date YYYY-MM-DD');
  }
  if (
    !Array.isArray(reviewers) ||
    reviewers.length === 0 ||
    reviewers.length > REVIEW_LIMITS.reviewers ||
    reviewers.some(
      r =>
        typeof r !== 'string' || !r.trim() || r.length > REVIEW_LIMITS.reviewer,
    )
  ) {
    errors.push(
      `reviewers must list 1 to ${REVIEW_LIMITS.reviewers} non-empty names of at most ${REVIEW_LIMITS.reviewer} characters`,
    );
  }
  if (
    !Array.isArray(reservations) ||
    reservations.length > REVIEW_LIMITS.reservations
  ) {
    errors.push(
      `reservations must be a list of at most ${REVIEW_LIMITS.reservations}`,
    );
  } else {
    reservations.forEach((reservation: unknown, i) => {
      const at = `reservations[${i}]`;
      if (!isObject(reservation)) {
        errors.push(`${at} must be an object`);
        return;
      }
      const { text, dueDate, liftedAt } = reservation;
      if (
        typeof text !== 'string' ||
        !text.trim() ||
        text.length > REVIEW_LIMITS.reservationText
      ) {
        errors.push(
          `${at}.text must be a non-empty text of at most ${REVIEW_LIMITS.reservationText} characters`,
        );
      }
      if (typeof dueDate !== 'string' || isoDateMs(dueDate) === undefined) {
        errors.push(`${at}.dueDate must be a date YYYY-MM-DD`);
      }
      if (
        liftedAt !== undefined &&
        (typeof liftedAt !== 'string' || isoDateMs(liftedAt) === undefined)
      ) {
        errors.push(`${at}.liftedAt must be a date YYYY-MM-DD`);
      }
    });
    if (decision === 'GO_WITH_RESERVATIONS' && reservations.length === 0) {
      errors.push(
        'a GO_WITH_RESERVATIONS decision needs at least one reservation',
      );
    }
    if (decision !== 'GO_WITH_RESERVATIONS' && reservations.length > 0) {
      errors.push(`a ${String(decision)} decision takes no reservations`);
    }
  }
  if (
    comment !== undefined &&
    (typeof comment !== 'string' || comment.length > REVIEW_LIMITS.comment)
  ) {
    errors.push(
      `comment must be a text of at most ${REVIEW_LIMITS.comment} characters`,
    );
  }
  if (minutesUrl !== undefined && minutesUrl !== '') {
    let https = false;
    if (
      typeof minutesUrl === 'string' &&
      minutesUrl.length <= REVIEW_LIMITS.minutesUrl
    ) {
      try {
        https = new URL(minutesUrl).protocol === 'https:';
      } catch {
        https = false;
      }
    }
    if (!https) errors.push('minutesUrl must be an https URL');
  }
  if (
    supersedes !== undefined &&
    (typeof supersedes !== 'number' ||
      !Number.isInteger(supersedes) ||
      supersedes < 1)
  ) {
    errors.push('supersedes must be the id of an earlier review');
  }
  const known = new Set([
    'gate',
    'decision',
    'reservations',
    'decidedOn',
    'reviewers',
    'comment',
    'minutesUrl',
    'supersedes',
  ]);
  const unknown = Object.keys(body).filter(key => !known.has(key));
  if (unknown.length) {
    // recordedBy and recordedAt come from the server, never from the body.
    errors.push(`unexpected fields: ${unknown.join(', ')}`);
  }
  if (errors.length) return { errors };
  return {
    review: {
      gate: gate as GateReviewInput['gate'],
      decision: decision as GateReviewInput['decision'],
      reservations: (reservations as GateReviewInput['reservations']).map(
        r => ({
          text: r.text.trim(),
          dueDate: r.dueDate,
          ...(r.liftedAt ? { liftedAt: r.liftedAt } : {}),
        }),
      ),
      decidedOn: decidedOn as string,
      reviewers: (reviewers as string[]).map(r => r.trim()),
      ...(typeof comment === 'string' && comment.trim()
        ? { comment: comment.trim() }
        : {}),
      ...(typeof minutesUrl === 'string' && minutesUrl ? { minutesUrl } : {}),
      ...(typeof supersedes === 'number' ? { supersedes } : {}),
    },
  };
}
