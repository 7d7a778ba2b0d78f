import { useCallback } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import {
  InfoCard,
  Link,
  Progress,
  Table,
  TableColumn,
  TableProps,
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
import {
  EntityDisplayName,
  EntityRefLink,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  TEAM_ENTITY_SORTS,
  TeamEntityRow,
  TeamEntitySort,
  TeamSummary,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { StepDistribution, StepTrend } from '../StepCharts';
import { fetchAllEntities } from './allEntities';
import { TeamHolds } from './TeamHolds';
import { downloadCsv, toCsv } from './csv';

const isNotFound = (error: unknown) =>
  (error as { response?: { status?: number } })?.response?.status === 404 ||
  (error as { name?: string })?.name === 'NotFoundError';

/** The table's remote data loader, its query and its answer. */
type FetchPage = Extract<
  TableProps<TeamEntityRow>['data'],
  (...args: any[]) => unknown
>;
type Query = Parameters<FetchPage>[0];
type QueryResult = Awaited<ReturnType<FetchPage>>;

const isSort = (field: unknown): field is TeamEntitySort =>
  (TEAM_ENTITY_SORTS as readonly unknown[]).includes(field);

/**
 * The onboarding maturity of a group and its sub-groups: steps, trend, the criteria
 * most often unmet, and every entity in a table that the backend pages, sorts and
 * searches, exportable as CSV.
 */
export function TeamMaturity({ group }: { group: CompoundEntityRef }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const ref = stringifyEntityRef(group);
  // The counts and trend; the table asks for its own pages.
  const summary = useAsyncRetry(
    () => api.getGroupSummary(group, language, { page: { limit: 1 } }),
    [api, ref, language],
  );
  const fetchPage = useCallback(
    async (query: Query): Promise<QueryResult> => {
      const field = query.orderBy?.field;
      const page = await api.getGroupSummary(group, language, {
        page: {
          limit: query.pageSize,
          offset: query.page * query.pageSize,
          ...(isSort(field) ? { sort: field } : {}),
          ...(query.orderDirection === 'desc' ? { order: 'desc' } : {}),
          ...(query.search ? { q: query.search.slice(0, 200) } : {}),
        },
      });
      return {
        data: page.entities,
        page: query.page,
        totalCount: page.entitiesTotal,
      };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, ref, language],
  );
  const exportCsv = useCallback(async () => {
    const rows = await fetchAllEntities(api, group, language);
    downloadCsv(
      `onboarding-${ref.replace(/[^a-z0-9-]+/gi, '-')}.csv`,
      toCsv(rows),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, ref, language]);

  if (summary.loading && !summary.value) return <Progress />;
  if (summary.error && isNotFound(summary.error))
    return <Typography>{t('team.notFound')}</Typography>;
  if (summary.error || !summary.value) {
    return <ErrorWithRetry error={summary.error} onRetry={summary.retry} />;
  }
  return (
    <TeamMaturityView
      summary={summary.value}
      fetchPage={fetchPage}
      exportCsv={exportCsv}
    />
  );
}

function TeamMaturityView({
  summary,
  fetchPage,
  exportCsv,
}: {
  summary: TeamSummary;
  fetchPage: FetchPage;
  exportCsv: () => Promise<void>;
}) {
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
      // The entity's title as the catalog shows it, linking to its onboarding tab.
      render: row => {
        const name = <EntityDisplayName entityRef={row.entityRef} />;
        const to = linkTo(row.entityRef);
        return to ? <Link to={to}>{name}</Link> : name;
      },
    },
    { title: t('team.columnKind'), field: 'kind' },
    {
      title: t('team.columnOwner'),
      field: 'ownerRef',
      render: row =>
        row.ownerRef ? <EntityRefLink entityRef={row.ownerRef} /> : null,
    },
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
          {t('team.title')} —{' '}
          <EntityDisplayName entityRef={summary.groupRef} hideIcon />
        </Typography>
        <Typography variant="body2" component="div">
          {t('teamView.groupsLabel')}{' '}
          {summary.groupRefs.map((ref, i) => (
            <span key={ref}>
              {i > 0 && ', '}
              <EntityRefLink entityRef={ref} hideIcon />
            </span>
          ))}
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
              <CriteriaChangeNote summary={summary} />
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={4}>
            <InfoCard title={t('teamView.holdsTitle')}>
              <TeamHolds summary={summary} />
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <Table<TeamEntityRow>
              title={t('team.tableTitle')}
              columns={columns}
              data={fetchPage}
              options={{
                search: true,
                sorting: true,
                paging: true,
                pageSize: 20,
                padding: 'dense',
                // A draggable header wraps each sort button in another button (nested-interactive).
                draggable: false,
              }}
              actions={[
                {
                  icon: () => <GetAppIcon aria-label={t('team.exportCsv')} />,
                  tooltip: t('team.exportCsv'),
                  isFreeAction: true,
                  onClick: () => exportCsv(),
                },
              ]}
            />
          </Grid>
        </>
      )}
    </Grid>
  );
}

/** Says in words in which weeks the criteria changed, which the trend marks. */
function CriteriaChangeNote({ summary }: { summary: TeamSummary }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const weeks = summary.trend
    .filter(point => point.criteriaChanged)
    .map(point => point.weekStart);
  if (weeks.length === 0) return null;
  return (
    <Typography variant="caption" component="p">
      {t('team.criteriaChangedNote', { weeks: weeks.join(', ') })}
    </Typography>
  );
}
