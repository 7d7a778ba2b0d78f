import { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { onboardingTranslationRef } from '../../translation';

/**
 * What shows the entity's reviews (`children`) once they are read: an alert when reading
 * failed, a progress bar until the first answer.
 */
export function ReviewsLoaded(props: {
  reviews: { loading: boolean; error?: Error; value?: unknown };
  children: ReactNode;
}) {
  const { reviews, children } = props;
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <>
      {reviews.error && (
        <Typography role="alert" color="error" variant="body2">
          {t('reviews.loadFailed', { error: reviews.error.message })}
        </Typography>
      )}
      {reviews.loading && !reviews.value ? <Progress /> : children}
    </>
  );
}
