import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import OpenInNewIcon from '@material-ui/icons/OpenInNew';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  ANNOTATION_CONSOLE_PROJECT,
  EntityReport,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

/** Buttons to the entity's console project, its services tab and the docs of its step. */
export function OnboardingLinks({ report }: { report: EntityReport }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const external = {
    target: '_blank',
    rel: 'noopener noreferrer',
    endIcon: <OpenInNewIcon aria-label={t('entityCard.newTab')} />,
  };
  return (
    <>
      <Box mt={2} display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {report.links.console && (
          <Button
            variant="contained"
            color="primary"
            href={report.links.console}
            {...external}
          >
            {t('entityCard.openConsole')}
          </Button>
        )}
        {report.links.consoleServices && (
          <Button
            variant="outlined"
            href={report.links.consoleServices}
            {...external}
          >
            {t('entityCard.openServices')}
          </Button>
        )}
        <Button variant="outlined" href={report.links.stepDocs} {...external}>
          {t('entityCard.openStepDocs', { step: String(report.step) })}
        </Button>
      </Box>
      {!report.links.console && (
        <Typography variant="caption" component="p" style={{ marginTop: 8 }}>
          {t('entityCard.noConsoleHint', {
            annotation: ANNOTATION_CONSOLE_PROJECT,
          })}
        </Typography>
      )}
    </>
  );
}
