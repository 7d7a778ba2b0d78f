import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import LinearProgress from '@material-ui/core/LinearProgress';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  PerimeterId,
  TrainingStepProgress,
  trainingResourceId,
  trainingResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

/** One step of a self-training path: its progress and its resources to mark. */
export function TrainingStep(props: {
  progress: TrainingStepProgress;
  title: string;
  perimeter: PerimeterId;
  consulted: Set<string>;
  onToggle: (id: string, checked: boolean) => void;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const { progress, perimeter, consulted } = props;
  const headingId = `onboarding-my-path-step-${progress.step}`;
  const count = t('myPath.stepCount', {
    consulted: String(progress.consulted),
    total: String(progress.total),
  });
  return (
    <Box component="section" aria-labelledby={headingId} mb={3}>
      <Typography variant="h6" component="h3" id={headingId}>
        {t('myPath.stepHeading', {
          step: String(progress.step),
          title: props.title,
        })}
      </Typography>
      <Typography variant="body2">{count}</Typography>
      <LinearProgress
        variant="determinate"
        value={
          progress.total ? (100 * progress.consulted) / progress.total : 100
        }
        aria-label={t('myPath.stepProgress', {
          step: String(progress.step),
          progress: count,
        })}
      />
      {progress.total === 0 && (
        <Typography variant="body2">{t('entityCard.noResources')}</Typography>
      )}
      <List dense>
        {trainingResources(perimeter, progress.step).map(resource => {
          const id = trainingResourceId(resource);
          return (
            <ListItem key={id} disableGutters>
              <ListItemIcon>
                <Checkbox
                  edge="start"
                  color="primary"
                  checked={consulted.has(id)}
                  onChange={(_, checked) => props.onToggle(id, checked)}
                  inputProps={{
                    'aria-label': t('myPath.markConsulted', {
                      title: resource.title,
                    }),
                  }}
                />
              </ListItemIcon>
              <ListItemText
                primary={
                  <Link
                    to={resource.url}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {resource.title}
                  </Link>
                }
                secondary={`${t(`resourceKind.${resource.kind}`)} · ${t(
                  `resourceLanguage.${resource.language}`,
                )}`}
                // The secondary grey is under 4.5:1 on the page's grey (axe's color-contrast).
                secondaryTypographyProps={{ color: 'textPrimary' }}
                primaryTypographyProps={{
                  style: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
                }}
              />
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}
