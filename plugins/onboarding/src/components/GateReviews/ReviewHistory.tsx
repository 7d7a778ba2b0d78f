import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  GateReview,
  Language,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { formatDateTime } from '../EvaluationFreshness';

/** One reservation in words: due date, and when it was lifted. */
export function ReservationText({
  reservation,
}: {
  reservation: GateReview['reservations'][number];
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <>
      {reservation.liftedAt
        ? t('reviews.reservationLifted', {
            text: reservation.text,
            date: reservation.dueDate,
            lifted: reservation.liftedAt,
          })
        : t('reviews.reservation', {
            text: reservation.text,
            date: reservation.dueDate,
          })}
    </>
  );
}

/** Every record, newest first: the audit trail (who recorded what, when, what it superseded). */
export function ReviewHistory({
  reviews,
  language,
  actions,
}: {
  reviews: GateReview[];
  language: Language;
  /** Extra controls per record (e.g. "Correct"), when the user may record. */
  actions?: (review: GateReview) => JSX.Element | null;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  if (reviews.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('reviews.noDecisions')}
      </Typography>
    );
  }
  return (
    <Box component="ol" pl={2} m={0} data-testid="review-history">
      {reviews.map(review => (
        <Box component="li" key={review.id} mb={1.5}>
          <Typography variant="body2" component="p">
            <strong>#{review.id}</strong>{' '}
            {t('reviews.historyItem', {
              gate: String(review.gate),
              decision: t(`reviews.decision.${review.decision}`),
              date: review.decidedOn,
              reviewers: review.reviewers.join(', '),
            })}
          </Typography>
          {review.reservations.map((reservation, i) => (
            <Typography key={i} variant="body2" component="p">
              • <ReservationText reservation={reservation} />
            </Typography>
          ))}
          {review.comment && (
            <Typography variant="body2" component="p">
              {review.comment}
            </Typography>
          )}
          <Typography variant="caption" component="p" color="textSecondary">
            {t('reviews.recordedBy', {
              who: review.recordedBy,
              when: formatDateTime(review.recordedAt, language),
            })}
            {review.supersedes
              ? ` · ${t('reviews.supersedes', {
                  id: String(review.supersedes),
                })}`
              : ''}
          </Typography>
          {review.minutesUrl && (
            <Link href={review.minutesUrl} target="_blank" rel="noopener">
              {t('reviews.minutes')}
            </Link>
          )}
          {actions?.(review)}
        </Box>
      ))}
    </Box>
  );
}
