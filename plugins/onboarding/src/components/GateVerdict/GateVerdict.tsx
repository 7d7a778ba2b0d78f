import { JoinedEntityReport } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import BlockIcon from '@material-ui/icons/Block';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { onboardingTranslationRef } from '../../translation';
import { DeclaredGateNote } from './DeclaredGateNote';

/**
 * The verdict of the entity's next gate, stated in words next to its icon, and whether
 * that gate rests on declarations rather than on measurements.
 */
export function GateVerdict({
  report,
}: {
  report: Pick<JoinedEntityReport, 'nextGate' | 'gatesOnDeclarations'>;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const gate = report.nextGate;
  return (
    <>
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
        <Typography
          variant="subtitle1"
          component="p"
          style={{ fontWeight: 600 }}
        >
          {gate
            ? t('entityCard.verdictNoGo', {
                step: String(gate.step),
                count: gate.blockers.length,
              })
            : t('entityCard.verdictAllGo')}
        </Typography>
      </Box>
      {gate && report.gatesOnDeclarations.includes(gate.step) && (
        <DeclaredGateNote />
      )}
    </>
  );
}
