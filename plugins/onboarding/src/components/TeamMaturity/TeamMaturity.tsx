import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import {
  InfoCard,
  Link,
  Progress,
  Table,
  TableColumn,
} from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  TeamEntityRow,
  TeamSummary,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { StepDistribution, StepTrend } from '../StepCharts';
import { downloadCsv, toCsv } from './csv';

const isNotFound = (error: unknown) =>
  (error as { response?: { status?: number } })?.response?.status === 404 ||
  (error as { name?: string })?.name === 'NotFoundError';

/**
 * The onboarding maturity of a group and its sub-groups: steps, trend, the criteria
 * most often unmet, and every entity in a sortable, filterable, exportable table.
 */
export function TeamMaturity({ group }: { group: CompoundEntityRef }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const ref = stringifyEntityRef(group);
  const summary = useAsyncRetry(
    () => api.getGroupSummary(group, language),
    [api, ref, language],
  );

  if (summary.loading && !summary.value) return <Progress />;
  if (summary.error && isNotFound(summary.error))
    return <Typography>{t('team.notFound')}</Typography>;
  if (summary.error || !summary.value) {
    return <ErrorWithRetry error={summary.error} onRetry={summary.retry} />;
  }
  return <TeamMaturityView summary={summary.value} />;
}

function TeamMaturityView({ summary }: { summary: TeamSummary }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const linkTo = (entityRef: string) => {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    return entityRoute
      ? `${entityRoute({ kind, namespace, name })}/onboarding`
      : undefined;
  };
  const columns: TableColumn<TeamEntityRow>[] = [
    {
      title: t('team.columnEntity'),
      field: 'entityRef',
      highlight: true,
      render: row => {
        const to = linkTo(row.entityRef);
        return to ? <Link to={to}>{row.entityRef}</Link> : row.entityRef;
      },
    },
    { title: t('team.columnKind'), field: 'kind' },
    { title: t('team.columnOwner'), field: 'ownerRef' },
    { title: t('team.columnStep'), field: 'step', type: 'numeric' },
    {
      title: t('team.columnVerdict'),
      field: 'verdict',
      render: row => t(`verdict.${row.verdict}`),
    },
    {
      title: t('team.columnBlockers'),
      field: 'blockingCount',
      type: 'numeric',
    },
    {
      title: t('team.columnEvaluated'),
      field: 'evaluatedAt',
      render: row => row.evaluatedAt.slice(0, 10),
    },
  ];

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Typography variant="h5" component="h2">
          {t('team.title')} — {summary.groupRef}
        </Typography>
        <Typography variant="body2">
          {t('team.groups', { groups: summary.groupRefs.join(', ') })}
        </Typography>
        <Typography variant="subtitle1" component="p">
          {t('team.total', { count: summary.total })}
        </Typography>
      </Grid>
      {summary.total === 0 ? (
        <Grid item xs={12}>
          <Typography>{t('team.empty')}</Typography>
        </Grid>
      ) : (
        <>
          <Grid item xs={12} md={4}>
            <InfoCard title={t('team.distributionTitle')}>
              <StepDistribution counts={summary.counts} />
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={4}>
            <InfoCard title={t('team.trendTitle')}>
              <StepTrend trend={summary.trend} />
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={4}>
            <InfoCard title={t('team.topFailingTitle')}>
              {summary.topFailing.length === 0 ? (
                <Typography variant="body2">{t('team.noFailing')}</Typography>
              ) : (
                <Box component="ol" pl={2} m={0}>
                  {summary.topFailing.map(item => (
                    <Typography
                      key={item.criterionId}
                      component="li"
                      variant="body2"
                    >
                      {t('team.topFailingRow', {
                        title: item.title,
                        id: item.criterionId,
                        step: String(item.step),
                        count: item.count,
                      })}
                    </Typography>
                  ))}
                </Box>
              )}
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <Table<TeamEntityRow>
              title={t('team.tableTitle')}
              columns={columns}
              data={summary.entities}
              options={{
                search: true,
                filtering: true,
                sorting: true,
                paging: true,
                pageSize: 20,
                padding: 'dense',
              }}
              actions={[
                {
                  icon: () => <GetAppIcon aria-label={t('team.exportCsv')} />,
                  tooltip: t('team.exportCsv'),
                  isFreeAction: true,
                  onClick: () =>
                    downloadCsv(
                      `onboarding-${summary.groupRef.replace(
                        /[^a-z0-9-]+/gi,
                        '-',
                      )}.csv`,
                      toCsv(summary.entities),
                    ),
                },
              ]}
            />
          </Grid>
        </>
      )}
    </Grid>
  );
}
