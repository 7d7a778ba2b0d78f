import Alert from '@material-ui/lab/Alert';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  getSupportCase,
  isSupportCaseNumber,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { useJourneyLanguage } from '../../hooks';
import { GuidePaths } from '../JourneyGuide';
import { AllCases } from './SupportHelper';
import { SupportCaseExplanation } from './SupportCaseExplanation';

/** One case's explanation at its own address (`support/2`), where entity cards link. */
export function SupportCasePage({
  supportCase: segment,
  paths,
}: {
  supportCase: string | undefined;
  paths: GuidePaths;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const language = useJourneyLanguage();
  const number = /^\d$/.test(segment ?? '') ? Number(segment) : NaN;
  return (
    <>
      <Typography variant="h5" component="h2" gutterBottom>
        {t('support.title')}
      </Typography>
      <Box mb={3}>
        {isSupportCaseNumber(number) ? (
          <SupportCaseExplanation
            supportCase={getSupportCase(number)}
            language={language}
          />
        ) : (
          <Alert severity="warning">
            {t('support.unknownCase', { case: segment ?? '' })}
          </Alert>
        )}
      </Box>
      <Typography variant="body2" paragraph>
        <Link to={paths.support}>{t('support.helperLink')}</Link>
      </Typography>
      <AllCases paths={paths} />
    </>
  );
}
