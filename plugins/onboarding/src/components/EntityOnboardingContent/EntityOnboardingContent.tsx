import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CriterionState,
  JoinedEntityReport,
  JourneyView,
  onboardingRefreshPermission,
  Severity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { useEntityReport, useJourney, useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { ViewRoot } from '../ViewRoot';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { EvaluationFreshness } from '../EvaluationFreshness';
import { EvidenceSourcesProvider } from '../EvidenceSource';
import { EntityOnboardingForms } from '../EntityOnboardingForms';
import { MissingAnnotationsSnippet } from '../MissingAnnotationsSnippet';
import { StepHistory } from '../StepHistory';
import { CommitteeFile } from '../CommitteeFile';
import { GateReviewsPanel } from '../GateReviews';
import { useSearchParams } from 'react-router-dom';
import { CriteriaFilters, CriteriaFilterValue } from './CriteriaFilters';
import { StepCriteria } from './StepCriteria';

/** A refusal by the backend's permission check (403), as the client or the fake API throw it. */
const isForbidden = (error: unknown) =>
  (error as { statusCode?: number })?.statusCode === 403 ||
  (error as { name?: string })?.name === 'NotAllowedError';

/**
 * The entity's onboarding tab: every step and criterion with its evidence, the step
 * history, a re-evaluation action and the annotations still missing.
 */
function EntityOnboardingContentView() {
  const { entity } = useEntity();
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const loaded = useEntityReport(entity);
  const journey = useJourney();
  const ref = getCompoundEntityRef(entity);
  const history = useAsyncRetry(
    () => api.getHistory(ref),
    [api, ref.kind, ref.namespace, ref.name],
  );
  // Re-evaluating is a catalog-entity permission: the policy may keep it to the owners.
  const mayRefresh = usePermission({
    permission: onboardingRefreshPermission,
    resourceRef: stringifyEntityRef(entity),
  });
  const [fresh, setFresh] = useState<JoinedEntityReport>();
  const [refresh, setRefresh] = useState<{
    busy: boolean;
    message?: string;
    failed?: boolean;
  }>({ busy: false });
  const [filters, setFilters] = useState<CriteriaFilterValue>({
    state: 'any',
    severity: 'any',
  });
  // The committee's file is a sub-view of the tab (`?view=committee`), printable.
  const [params, setParams] = useSearchParams();
  const showCommitteeFile = params.get('view') === 'committee';

  const report = fresh ?? loaded.value;
  if ((loaded.loading && !report) || (journey.loading && !journey.value))
    return <Progress />;
  const error = (!report && loaded.error) || journey.error;
  if (error || !report || !journey.value) {
    return (
      <ErrorWithRetry
        error={error || undefined}
        onRetry={() => (loaded.error ? loaded.retry() : journey.retry())}
      />
    );
  }

  if (showCommitteeFile) {
    return (
      <CommitteeFile
        report={report}
        journey={journey.value}
        onBack={() => setParams({})}
      />
    );
  }

  const reevaluate = async () => {
    setRefresh({ busy: true });
    try {
      const next = await api.refreshEntity(ref, language);
      setFresh(next);
      setRefresh({
        busy: false,
        message: t('entityContent.refreshed', { step: String(next.step) }),
      });
      history.retry();
    } catch (e) {
      setRefresh({
        busy: false,
        failed: true,
        message: isForbidden(e)
          ? t('entityContent.refreshForbidden')
          : t('entityContent.refreshFailed', {
              error: String((e as Error).message),
            }),
      });
    }
  };

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          justifyContent="space-between"
          style={{ gap: 8 }}
        >
          <Typography variant="h5" component="h2">
            {t('entityContent.title')}
          </Typography>
          <Button
            variant="contained"
            color="primary"
            onClick={reevaluate}
            disabled={refresh.busy || !mayRefresh.allowed}
            aria-describedby={
              mayRefresh.loading || mayRefresh.allowed
                ? undefined
                : 'refresh-not-allowed'
            }
          >
            {refresh.busy
              ? t('entityContent.refreshing')
              : t('entityContent.refresh')}
          </Button>
        </Box>
        {!mayRefresh.loading && !mayRefresh.allowed && (
          <Typography id="refresh-not-allowed" variant="body2">
            {t('entityContent.refreshNotAllowed')}
          </Typography>
        )}
        <EvaluationFreshness report={report} />
        {refresh.message && (
          <Typography
            role="status"
            variant="body2"
            color={refresh.failed ? 'error' : 'textPrimary'}
          >
            {refresh.message}
          </Typography>
        )}
      </Grid>
      <Grid item xs={12} md={8}>
        <InfoCard>
          <CriteriaFilters value={filters} onChange={setFilters} />
          <EvidenceSourcesProvider report={report}>
            <AllSteps
              report={report}
              journey={journey.value}
              filters={filters}
            />
          </EvidenceSourcesProvider>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title={t('entityContent.historyTitle')}>
          {history.error ? <ResponseErrorPanel error={history.error} /> : null}
          {history.value ? (
            <StepHistory items={history.value.items} />
          ) : (
            !history.error && <Progress />
          )}
        </InfoCard>
        <Box mt={3}>
          <GateReviewsPanel
            report={report}
            onOpenCommitteeFile={() => setParams({ view: 'committee' })}
          />
        </Box>
        <Box mt={3}>
          <InfoCard title={t('entityContent.snippetTitle')}>
            <MissingAnnotationsSnippet results={report.results} />
          </InfoCard>
        </Box>
      </Grid>
      {/* Issue 12 §3: the forms answer step-1/2 criteria; a submission re-reads the report. */}
      <Grid item xs={12}>
        <EntityOnboardingForms
          onSubmitted={() => {
            setFresh(undefined);
            loaded.retry();
          }}
        />
      </Grid>
    </Grid>
  );
}

function AllSteps(props: {
  report: JoinedEntityReport;
  journey: JourneyView;
  filters: CriteriaFilterValue;
}) {
  const { report, journey, filters } = props;
  const keep = (state: CriterionState, severity: Severity) =>
    (filters.state === 'any' || filters.state === state) &&
    (filters.severity === 'any' || filters.severity === severity);
  return (
    <>
      {journey.steps.map(step => (
        <StepCriteria
          key={step.number}
          step={step}
          gate={report.gates.find(g => g.step === step.number)}
          onDeclarations={report.gatesOnDeclarations.includes(step.number)}
          results={report.results.filter(
            r => r.step === step.number && keep(r.state, r.severity),
          )}
        />
      ))}
    </>
  );
}

/** Wraps the view in its marked root element. */
export function EntityOnboardingContent() {
  return (
    <ViewRoot view="entity-content">
      <EntityOnboardingContentView />
    </ViewRoot>
  );
}
