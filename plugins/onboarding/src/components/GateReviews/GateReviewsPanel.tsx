import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  GateNumber,
  GateReview,
  GateReviewInput,
  JoinedEntityReport,
  latestReviewPerGate,
  onboardingGateReviewPermission,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { GateDecisions } from './GateDecisions';
import { ReviewDialog, isoToday } from './ReviewDialog';
import { ReservationText, ReviewHistory } from './ReviewHistory';
import { ReviewsLoaded } from './ReviewsLoaded';
import { useGateReviews } from './useGateReviews';

const isForbidden = (error: unknown) =>
  (error as { statusCode?: number })?.statusCode === 403 ||
  (error as { response?: { status?: number } })?.response?.status === 403 ||
  (error as { name?: string })?.name === 'NotAllowedError';

/**
 * The tab's committee section: each gate's decision beside its criteria verdict, the
 * open reservations (liftable), the action to record or correct a decision (enabled by
 * the `onboarding.gate.review` permission on this entity) and the history of records.
 */
export function GateReviewsPanel({
  report,
  onOpenCommitteeFile,
}: {
  report: JoinedEntityReport;
  /** Opens the printable committee's file, when the host shows it. */
  onOpenCommitteeFile?: () => void;
}) {
  const { entity } = useEntity();
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const reviews = useGateReviews(entity);
  const mayReview = usePermission({
    permission: onboardingGateReviewPermission,
    resourceRef: stringifyEntityRef(entity),
  });
  const [dialog, setDialog] = useState<{ correcting?: GateReview }>();
  const [status, setStatus] = useState<{ text: string; failed?: boolean }>();

  const record = async (review: GateReviewInput) => {
    try {
      await api.recordReview(getCompoundEntityRef(entity), review);
    } catch (e) {
      throw new Error(
        isForbidden(e)
          ? t('reviews.forbidden')
          : t('reviews.saveFailed', { error: String((e as Error).message) }),
      );
    }
    setDialog(undefined);
    setStatus({ text: t('reviews.saved') });
    reviews.retry();
  };

  /** Lifting is a new record superseding the latest one, with the reservation's lift date. */
  const lift = async (latest: GateReview, index: number) => {
    const { id, entityRef, recordedBy, recordedAt, supersedes, ...input } =
      latest;
    try {
      await record({
        ...input,
        reservations: latest.reservations.map((r, i) =>
          i === index ? { ...r, liftedAt: isoToday() } : r,
        ),
        supersedes: id,
      });
    } catch (e) {
      setStatus({ text: String((e as Error).message), failed: true });
    }
  };

  const items = reviews.value?.items ?? [];
  const latest = [...latestReviewPerGate(items).values()];
  const canRecord = !mayReview.loading && mayReview.allowed;

  return (
    <InfoCard title={t('reviews.title')}>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 8 }}
        mb={2}
      >
        <Button
          variant="outlined"
          color="primary"
          disabled={!canRecord}
          onClick={() => setDialog({})}
          aria-describedby={
            mayReview.loading || mayReview.allowed
              ? undefined
              : 'review-not-allowed'
          }
        >
          {t('reviews.record')}
        </Button>
        {onOpenCommitteeFile && (
          <Button onClick={onOpenCommitteeFile}>
            {t('reviews.committeeFile')}
          </Button>
        )}
      </Box>
      {!mayReview.loading && !mayReview.allowed && (
        <Typography
          id="review-not-allowed"
          variant="body2"
          color="textSecondary"
        >
          {t('reviews.notAllowed')}
        </Typography>
      )}
      {status && (
        <Typography
          role="status"
          variant="body2"
          color={status.failed ? 'error' : 'textPrimary'}
        >
          {status.text}
        </Typography>
      )}
      <ReviewsLoaded reviews={reviews}>
        <GateDecisions report={report} reviews={items} />
        {latest.flatMap(review =>
          review.reservations.map((reservation, i) =>
            reservation.liftedAt ? null : (
              <Box
                key={`${review.id}-${i}`}
                display="flex"
                alignItems="center"
                style={{ gap: 8 }}
              >
                <Typography variant="body2" component="span">
                  {t('reviews.gateLabel', { gate: String(review.gate) })}:{' '}
                  <ReservationText reservation={reservation} />
                </Typography>
                {canRecord && (
                  <Button
                    size="small"
                    onClick={() => lift(review, i)}
                    aria-label={t('reviews.liftLabel', {
                      text: reservation.text,
                    })}
                  >
                    {t('reviews.lift')}
                  </Button>
                )}
              </Box>
            ),
          ),
        )}
        <Box mt={2}>
          <Typography variant="subtitle2" component="h3">
            {t('reviews.historyTitle')}
          </Typography>
          <ReviewHistory
            reviews={items}
            language={language}
            actions={review =>
              canRecord ? (
                <Button
                  size="small"
                  onClick={() => setDialog({ correcting: review })}
                >
                  {t('reviews.correct')}
                </Button>
              ) : null
            }
          />
        </Box>
      </ReviewsLoaded>
      {dialog && (
        <ReviewDialog
          open
          defaultGate={Math.min(report.step, 4) as GateNumber}
          correcting={dialog.correcting}
          onClose={() => setDialog(undefined)}
          onSubmit={record}
        />
      )}
    </InfoCard>
  );
}
