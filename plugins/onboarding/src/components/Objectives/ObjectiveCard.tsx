import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ObjectiveProgress,
  ObjectiveProjection,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

/** One objective: its target, a progress bar, due and projected dates, the entities behind. */
export function ObjectiveCard(props: {
  progress: ObjectiveProgress;
  /** Given when the user may change this objective. */
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const { objective, total, meeting, notMeeting, overdue, projection } =
    props.progress;
  const percent = total ? Math.round((meeting / total) * 100) : 0;
  const projectionText = (p: ObjectiveProjection) => {
    switch (p.kind) {
      case 'reached':
        return t('objectives.reached');
      case 'projected':
        return t('objectives.projected', { date: p.date });
      case 'unreachable':
        return t('objectives.unreachable');
      default:
        return t('objectives.insufficientData');
    }
  };
  return (
    <InfoCard title={objective.title}>
      <Typography variant="body2">
        {'step' in objective.target
          ? t('objectives.targetStep', { step: String(objective.target.step) })
          : t('objectives.targetCriteria', {
              criteria: objective.target.criteria.join(', '),
            })}
      </Typography>
      <Typography variant="body2">
        {t('objectives.teams', { group: objective.groupRef })}
      </Typography>
      <Box my={2}>
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-label={t('objectives.progressLabel', { title: objective.title })}
        />
        <Typography variant="body1">
          {t('objectives.progress', {
            meeting: String(meeting),
            total: String(total),
          })}{' '}
          ({percent} %)
        </Typography>
      </Box>
      <Typography variant="body2" color={overdue ? 'error' : 'textPrimary'}>
        {overdue
          ? t('objectives.overdue', { date: objective.dueDate })
          : t('objectives.due', { date: objective.dueDate })}
      </Typography>
      <Typography variant="body2">{projectionText(projection)}</Typography>
      {notMeeting.length > 0 && (
        <Box mt={2}>
          <Typography variant="h6" component="h3">
            {overdue
              ? t('objectives.lateTitle')
              : t('objectives.notMeetingTitle')}
          </Typography>
          <ul>
            {notMeeting.map(entity => (
              <li key={entity.entityRef}>
                <EntityRefLink entityRef={entity.entityRef} /> (
                {t('objectives.atStep', { step: String(entity.step) })}
                {entity.unmetCriteria?.length
                  ? `, ${t('objectives.missing', {
                      criteria: entity.unmetCriteria.join(', '),
                    })}`
                  : ''}
                )
              </li>
            ))}
          </ul>
        </Box>
      )}
      {objective.origin === 'config' ? (
        <Typography variant="caption">{t('objectives.declared')}</Typography>
      ) : (
        (props.onEdit || props.onDelete) && (
          <Box mt={1} display="flex" style={{ gap: 8 }}>
            {props.onEdit && (
              <Button variant="outlined" onClick={props.onEdit}>
                {t('objectives.edit')}
              </Button>
            )}
            {props.onDelete && (
              <Button variant="outlined" onClick={props.onDelete}>
                {t('objectives.delete')}
              </Button>
            )}
          </Box>
        )
      )}
    </InfoCard>
  );
}
