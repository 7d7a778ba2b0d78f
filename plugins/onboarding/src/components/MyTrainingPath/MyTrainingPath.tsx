import { useMemo, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  PerimeterId,
  isPerimeterId,
  isTrainingResourceId,
  trainingProgress,
  viewJourney,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { TrainingPath, useJourneyLanguage, useTrainingPath } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { TrainingStep } from './TrainingStep';

const useStyles = makeStyles(theme => ({
  // The legend's default grey is under 4.5:1 on the page's grey (axe's color-contrast).
  legend: { color: theme.palette.text.primary },
}));

/** What is published of a path: the perimeter and the ids still naming a resource. */
const publishable = (path: TrainingPath & { perimeter: PerimeterId }) => ({
  perimeter: path.perimeter,
  consulted: path.consulted.filter(isTrainingResourceId),
});

/**
 * A signed-in person's self-training path: they choose their perimeter, mark the
 * resources of each step as consulted and see how far they are. The path lives in their
 * user settings; their teams see counts from it only once they choose to share it.
 */
export function MyTrainingPath() {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const classes = useStyles();
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const journey = useMemo(() => viewJourney(language), [language]);
  const { loaded, path, save } = useTrainingPath();
  const sharing = useAsyncRetry(() => api.getSharedTraining(), [api]);
  const shared = sharing.value?.shared ?? false;
  const [shareError, setShareError] = useState<Error>();

  // Keeps what the teams count in step with the path while it is shared.
  const publish = async (next: TrainingPath, share: boolean) => {
    setShareError(undefined);
    try {
      if (share && next.perimeter) {
        await api.shareTraining(
          publishable({ ...next, perimeter: next.perimeter }),
        );
      } else if (!share) {
        await api.unshareTraining();
      }
    } catch (e) {
      setShareError(e as Error);
    }
    sharing.retry();
  };
  const [saveError, setSaveError] = useState<Error>();
  const update = async (next: TrainingPath) => {
    setSaveError(undefined);
    try {
      await save(next);
    } catch (e) {
      setSaveError(e as Error);
      return;
    }
    if (shared) await publish(next, true);
  };

  if (!loaded) return <Progress />;
  const perimeter = path.perimeter;
  const progress = perimeter
    ? trainingProgress(perimeter, path.consulted)
    : undefined;
  const consulted = new Set(path.consulted);
  const stepTitle = (step: number) =>
    journey.steps.find(s => s.number === step)?.title ?? '';

  return (
    <Box component="section" aria-labelledby="onboarding-my-path-title">
      <Typography variant="h5" component="h2" id="onboarding-my-path-title">
        {t('myPath.title')}
      </Typography>
      <Typography variant="body1" paragraph>
        {t('myPath.intro')}
      </Typography>
      <FormControl component="fieldset">
        <FormLabel component="legend" classes={{ root: classes.legend }}>
          {t('myPath.perimeterLegend')}
        </FormLabel>
        <RadioGroup
          name="onboarding-my-path-perimeter"
          value={perimeter ?? ''}
          onChange={event => {
            const value = event.target.value;
            if (isPerimeterId(value)) update({ ...path, perimeter: value });
          }}
        >
          {journey.perimeters.map(p => (
            <FormControlLabel
              key={p.id}
              value={p.id}
              control={<Radio color="primary" />}
              label={`${p.label} (${p.examples})`}
            />
          ))}
        </RadioGroup>
      </FormControl>
      {saveError && (
        <Typography variant="body2" color="error" role="alert">
          {t('myPath.saveError', { message: saveError.message })}
        </Typography>
      )}
      {!progress && (
        <Typography variant="body2">{t('myPath.choosePerimeter')}</Typography>
      )}
      {progress && (
        <>
          <Box my={2}>
            <Typography variant="subtitle1" component="p" role="status">
              {progress.complete
                ? t('myPath.complete')
                : t('myPath.reached', {
                    step: String(progress.reachedStep),
                    title: stepTitle(progress.reachedStep),
                  })}
            </Typography>
          </Box>
          <Box mb={2}>
            <FormControlLabel
              control={
                <Switch
                  color="primary"
                  checked={shared}
                  disabled={sharing.loading && !sharing.value}
                  onChange={(_, checked) => publish(path, checked)}
                />
              }
              label={t('myPath.share')}
            />
            <Typography variant="body2">
              {shared ? t('myPath.sharedHelp') : t('myPath.notSharedHelp')}
            </Typography>
            {sharing.error && (
              <ErrorWithRetry
                title={t('myPath.shareLoadError')}
                error={sharing.error}
                onRetry={sharing.retry}
              />
            )}
            {shareError && (
              <Typography variant="body2" color="error" role="alert">
                {t('myPath.shareError', { message: shareError.message })}
              </Typography>
            )}
          </Box>
          {progress.steps.map(step => (
            <TrainingStep
              key={step.step}
              progress={step}
              title={stepTitle(step.step)}
              perimeter={progress.perimeter}
              consulted={consulted}
              onToggle={(id, checked) =>
                update({
                  ...path,
                  consulted: checked
                    ? [...path.consulted.filter(c => c !== id), id]
                    : path.consulted.filter(c => c !== id),
                })
              }
            />
          ))}
        </>
      )}
    </Box>
  );
}
