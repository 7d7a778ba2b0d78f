import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { JoinedEntityReport } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { GateDecisions } from './GateDecisions';
import { useGateReviews } from './useGateReviews';

/** The card's view of the committee: its decision beside the criteria, flags first. */
export function CommitteeSummary({ report }: { report: JoinedEntityReport }) {
  const { entity } = useEntity();
  const { t } = useTranslationRef(onboardingTranslationRef);
  const reviews = useGateReviews(entity);
  return (
    <Box mt={2} data-testid="committee-summary">
      <Typography variant="subtitle1" component="h4">
        {t('reviews.title')}
      </Typography>
      {reviews.error ? (
        <Typography variant="body2" color="error">
          {t('reviews.loadFailed', { error: reviews.error.message })}
        </Typography>
      ) : (
        reviews.value && (
          <GateDecisions
            report={report}
            reviews={reviews.value.items}
            onlyRelevant
          />
        )
      )}
    </Box>
  );
}
