import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { Link, Progress } from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  EntityDisplayName,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { STEP_NUMBERS } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { useMyGroups } from './useMyGroups';

/**
 * The home page's "My teams": for each group of the signed-in user, its entities per
 * step and the criterion that holds most of them at their next gate, linking to the
 * group's onboarding tab.
 */
export function MyTeamsCard() {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const groups = useMyGroups();
  return (
    <>
      <Typography variant="h5" component="h2" gutterBottom>
        {t('myTeams.title')}
      </Typography>
      {groups.loading && <Progress />}
      {groups.error && (
        <ErrorWithRetry error={groups.error} onRetry={groups.retry} />
      )}
      {groups.value?.length === 0 && (
        <Typography variant="body2">{t('myTeams.noGroups')}</Typography>
      )}
      {groups.value && groups.value.length > 0 && (
        <List dense disablePadding>
          {groups.value.map(ref => (
            <TeamItem key={ref} groupRef={ref} />
          ))}
        </List>
      )}
    </>
  );
}

function TeamItem({ groupRef }: { groupRef: string }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const entityRoute = useRouteRef(entityRouteRef);
  const group = parseEntityRef(groupRef);
  // The counts only: one entity per page is the least the backend pages.
  const summary = useAsyncRetry(
    () => api.getGroupSummary(group, language, { page: { limit: 1 } }),
    [api, groupRef, language],
  );
  const to = entityRoute
    ? `${entityRoute({
        kind: group.kind,
        namespace: group.namespace,
        name: group.name,
      })}/onboarding`
    : undefined;
  const name = <EntityDisplayName entityRef={groupRef} hideIcon />;
  const top = summary.value?.nextGateBlockers[0];
  return (
    <ListItem disableGutters divider>
      <ListItemText
        primary={to ? <Link to={to}>{name}</Link> : name}
        secondaryTypographyProps={{ component: 'div' }}
        secondary={
          <>
            {summary.loading && !summary.value && <Progress />}
            {summary.error && (
              <ErrorWithRetry
                error={summary.error}
                onRetry={summary.retry}
                title={t('myTeams.error')}
              />
            )}
            {summary.value && (
              <>
                <Typography variant="body2" component="span" display="block">
                  {t('myTeams.entities', { count: summary.value.total })}
                  {summary.value.total > 0 &&
                    ` — ${STEP_NUMBERS.map(step =>
                      t('team.stepCount', {
                        step: String(step),
                        count: summary.value!.counts[step],
                      }),
                    ).join(' · ')}`}
                </Typography>
                <Typography variant="body2" component="span" display="block">
                  {top
                    ? t('myTeams.blocksMost', {
                        title: top.title,
                        count: top.count,
                      })
                    : t('myTeams.nothingBlocks')}
                </Typography>
              </>
            )}
          </>
        }
      />
    </ListItem>
  );
}
