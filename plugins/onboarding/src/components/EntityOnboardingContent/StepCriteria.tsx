import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  CriterionReport,
  GateResult,
  StepView,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { CriterionList } from '../CriterionItem';
import { DeclaredGateNote } from '../GateVerdict';

/** One step of the journey with its gate's verdict and its criteria. */
export function StepCriteria(props: {
  step: StepView;
  gate?: GateResult;
  results: CriterionReport[];
  /** The gate rests on declarations here: no configured tool measures it. */
  onDeclarations?: boolean;
}) {
  const { step, gate, results, onDeclarations } = props;
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <Box
      component="section"
      mb={3}
      aria-label={t('entityContent.stepHeading', {
        step: String(step.number),
        title: step.title,
      })}
    >
      <Typography variant="h6" component="h3">
        {t('entityContent.stepHeading', {
          step: String(step.number),
          title: step.title,
        })}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {gate
          ? t('entityContent.gateLabel', {
              step: String(step.number),
              verdict: t(`verdict.${gate.verdict}`),
            })
          : t('entityContent.noGate')}
      </Typography>
      {gate && onDeclarations && <DeclaredGateNote />}
      {results.length === 0 ? (
        <Typography variant="body2">{t('entityContent.noCriteria')}</Typography>
      ) : (
        <CriterionList results={results} detailed />
      )}
    </Box>
  );
}
