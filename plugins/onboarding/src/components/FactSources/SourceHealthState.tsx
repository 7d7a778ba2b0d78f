import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import BlockIcon from '@material-ui/icons/Block';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import ScheduleIcon from '@material-ui/icons/Schedule';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { SourceHealth } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

const ICONS: Record<SourceHealth['state'], JSX.Element> = {
  healthy: <CheckCircleIcon fontSize="small" style={{ color: '#2e7d32' }} />,
  failing: <ErrorIcon fontSize="small" style={{ color: '#c62828' }} />,
  'breaker-open': <BlockIcon fontSize="small" style={{ color: '#e65100' }} />,
  'not-gathered-yet': <ScheduleIcon fontSize="small" color="action" />,
};

/** A source's health as an icon and words: colour is never the only signal. */
export function SourceHealthState({ state }: { state: SourceHealth['state'] }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <Box display="flex" alignItems="center" style={{ gap: 4 }}>
      <Box component="span" display="flex" aria-hidden>
        {ICONS[state]}
      </Box>
      <Typography variant="body2" component="span">
        {t(`sourceHealth.${state}`)}
      </Typography>
    </Box>
  );
}
