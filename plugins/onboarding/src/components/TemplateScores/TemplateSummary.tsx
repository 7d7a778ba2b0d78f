import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  STEP_NUMBERS,
  TemplateOutcomes,
  TemplateScore,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

/** A template's start step and share of criteria met, in words and as a bar. */
export function ScoreLine({ score }: { score: TemplateScore }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const percent = Math.round(score.share * 100);
  return (
    <Box>
      <Typography variant="subtitle1" component="p" style={{ fontWeight: 600 }}>
        {t('templates.startStep', { step: String(score.startStep) })}
      </Typography>
      <Typography variant="body2" component="p">
        {t('templates.criteriaMet', {
          met: String(score.met),
          applicable: String(score.applicable),
          percent: String(percent),
        })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-hidden
        style={{ height: 8, marginTop: 4, maxWidth: 320 }}
      />
    </Box>
  );
}

/** Where the projects created from a template stand now. */
export function OutcomesLine({ outcomes }: { outcomes: TemplateOutcomes }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  if (outcomes.total === 0)
    return (
      <Typography variant="body2">{t('templates.outcomesNone')}</Typography>
    );
  const parts: string[] = STEP_NUMBERS.filter(
    step => outcomes.counts[step] > 0,
  ).map(step =>
    t('team.stepCount', { step: String(step), count: outcomes.counts[step] }),
  );
  if (outcomes.notEvaluated > 0)
    parts.push(t('templates.notEvaluated', { count: outcomes.notEvaluated }));
  return (
    <Typography variant="body2">
      {t('templates.outcomes', {
        total: String(outcomes.total),
        detail: parts.join(', '),
      })}
    </Typography>
  );
}
