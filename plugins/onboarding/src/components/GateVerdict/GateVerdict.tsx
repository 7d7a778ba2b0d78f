import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import BlockIcon from '@material-ui/icons/Block';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityReport } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

/** The verdict of the entity's next gate, stated in words next to its icon. */
export function GateVerdict({ report }: { report: EntityReport }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const gate = report.nextGate;
  return (
    <Box
      display="flex"
      alignItems="flex-start"
      style={{ gap: 8 }}
      role="status"
    >
      {gate ? (
        <BlockIcon style={{ color: '#c62828' }} aria-hidden />
      ) : (
        <CheckCircleIcon style={{ color: '#2e7d32' }} aria-hidden />
      )}
      <Typography variant="subtitle1" component="p" style={{ fontWeight: 600 }}>
        {gate
          ? t('entityCard.verdictNoGo', {
              step: String(gate.step),
              count: gate.blockers.length,
            })
          : t('entityCard.verdictAllGo')}
      </Typography>
    </Box>
  );
}
