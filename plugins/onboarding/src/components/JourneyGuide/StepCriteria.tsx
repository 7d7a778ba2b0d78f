import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Link, Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Language,
  StepNumber,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { onboardingTranslationRef } from '../../translation';
import { ErrorWithRetry } from '../ErrorWithRetry';

/** Where every criterion, its rule and its annotation are listed. */
export const CRITERIA_LIST_URL =
  'https://github.com/cloud-pi-native/backstage-plugin-onboarding/blob/main/docs/criteria.md#declared-criteria';

/**
 * The criteria in force (the backend's, so configured criteria count) that judge the
 * gate of one step, blocking first, with a link to the full list.
 */
export function StepCriteria({
  step,
  language,
  headingId,
}: {
  step: StepNumber;
  language: Language;
  headingId: string;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const criteria = useAsyncRetry(
    () => api.getCriteria(language),
    [api, language],
  );
  const items = (criteria.value?.items ?? [])
    .filter(criterion => criterion.step === step)
    .sort(
      (a, b) =>
        Number(a.severity !== 'blocking') - Number(b.severity !== 'blocking'),
    );

  let body;
  if (criteria.loading && !criteria.value) body = <Progress />;
  else if (criteria.error)
    body = (
      <ErrorWithRetry
        title={t('guide.criteriaError')}
        error={criteria.error}
        onRetry={criteria.retry}
      />
    );
  else if (items.length === 0)
    body = <Typography variant="body2">{t('guide.noCriteria')}</Typography>;
  else
    body = (
      <List dense disablePadding aria-labelledby={headingId}>
        {items.map(criterion => (
          <ListItem key={criterion.id} disableGutters>
            <ListItemText
              primary={
                <span
                  style={{
                    display: 'flex',
                    flexWrap: 'wrap',
                    alignItems: 'center',
                    gap: 8,
                  }}
                >
                  <span>{criterion.title}</span>
                  <code>{criterion.id}</code>
                  <Chip
                    size="small"
                    variant={
                      criterion.severity === 'blocking' ? 'default' : 'outlined'
                    }
                    label={t(`severity.${criterion.severity}`)}
                  />
                </span>
              }
              secondary={criterion.rationale}
            />
          </ListItem>
        ))}
      </List>
    );

  return (
    <>
      <Typography variant="body2" paragraph>
        {t('guide.criteriaIntro', { step: String(step) })}
      </Typography>
      {body}
      <Typography variant="body2">
        <Link to={CRITERIA_LIST_URL} target="_blank" rel="noopener noreferrer">
          {t('guide.criteriaLink')}
        </Link>
      </Typography>
    </>
  );
}
