import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
// Not Backstage's WarningPanel: it prefixes the title with an English "Error:"/"Warning:".
import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  ANNOTATION_ONBOARDING_STEP,
  JoinedEntityReport,
  JourneyView,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { useEntityReport, useJourney } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { ViewRoot } from '../ViewRoot';
import { AnnotationSnippet } from '../AnnotationSnippet';
import { CriterionList } from '../CriterionItem';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { EvaluationFreshness } from '../EvaluationFreshness';
import { EvidenceSourcesProvider } from '../EvidenceSource';
import { GateVerdict } from '../GateVerdict';
import { CommitteeSummary } from '../GateReviews';
import { JourneyStepper } from '../JourneyStepper';
import { OnboardingLinks } from '../OnboardingLinks';
import { StepResources } from './StepResources';
import { DeclaredSupportCase } from '../SupportHelper';

/** Tells a 404 (unknown or hidden entity) from other failures. */
const isNotFound = (error: unknown) =>
  (error as { response?: { status?: number } })?.response?.status === 404 ||
  (error as { name?: string })?.name === 'NotFoundError';

/**
 * The entity's overview card: where it stands on the Cloud Pi Native journey according
 * to its evidence, what blocks its next gate and how to fix it, what to read next.
 */
function EntityOnboardingCardView() {
  const { entity } = useEntity();
  const { t } = useTranslationRef(onboardingTranslationRef);
  const report = useEntityReport(entity);
  const journey = useJourney();
  const title = t('entityCard.title');

  if (
    (report.loading && !report.value) ||
    (journey.loading && !journey.value)
  ) {
    return (
      <InfoCard title={title}>
        <Progress />
      </InfoCard>
    );
  }
  if (report.error && isNotFound(report.error)) {
    return (
      <InfoCard title={title}>
        <Typography variant="h6" component="p">
          {t('entityCard.notFoundTitle')}
        </Typography>
        <Typography variant="body2">
          {t('entityCard.notFoundDescription')}
        </Typography>
      </InfoCard>
    );
  }
  const error = report.error ?? journey.error;
  if (error || !report.value || !journey.value) {
    return (
      <InfoCard title={title}>
        <ErrorWithRetry
          title={t('entityCard.errorTitle')}
          error={error}
          onRetry={() => {
            if (report.error) report.retry();
            if (journey.error) journey.retry();
          }}
        />
      </InfoCard>
    );
  }
  return (
    <InfoCard title={title}>
      <CardBody report={report.value} journey={journey.value} />
    </InfoCard>
  );
}

function CardBody({
  report,
  journey,
}: {
  report: JoinedEntityReport;
  journey: JourneyView;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const { entity } = useEntity();
  const step = journey.steps[report.step - 1];
  const declared = report.declaration;
  const blockers = report.results.filter(r =>
    report.nextGate?.blockers.includes(r.id),
  );
  const exemptions = report.results.filter(
    r => r.exemption?.state === 'active',
  );

  return (
    <EvidenceSourcesProvider report={report}>
      <Typography variant="overline" component="p">
        {t('entityCard.evidencedStep', { step: String(report.step) })}
      </Typography>
      <Typography variant="h6" component="h3">
        {step.title}
      </Typography>
      <JourneyStepper steps={journey.steps} current={report.step} />
      <Typography variant="body2" paragraph>
        {t('entityCard.maturity', { maturity: step.maturity })}
      </Typography>
      <EvaluationFreshness report={report} />
      <DeclaredSupportCase entity={entity} />

      {declared.state === 'invalid' && (
        <Box mb={2}>
          <Alert severity="error">
            <AlertTitle>{t('entityCard.invalidTitle')}</AlertTitle>
            {declared.message}
          </Alert>
        </Box>
      )}
      {report.discrepancy && (
        <Box mb={2}>
          <Alert severity="warning">
            {t('entityCard.discrepancy', {
              declared: String(report.discrepancy.declared),
              evidenced: String(report.discrepancy.evidenced),
            })}
          </Alert>
        </Box>
      )}
      {declared.state === 'missing' && (
        <Box mb={2}>
          <Typography variant="body2" paragraph>
            {t('entityCard.noStepDeclared', {
              annotation: ANNOTATION_ONBOARDING_STEP,
            })}
          </Typography>
          <AnnotationSnippet
            annotations={{ [ANNOTATION_ONBOARDING_STEP]: String(report.step) }}
          />
        </Box>
      )}

      <GateVerdict report={report} />
      <CommitteeSummary report={report} />
      <CriterionList title={t('entityCard.blockersTitle')} results={blockers} />
      {exemptions.length > 0 && (
        <Box mt={1}>
          <Typography variant="subtitle2" component="h4">
            {t('entityCard.exemptionsTitle')}
          </Typography>
          {exemptions.map(result => (
            <Typography key={result.id} variant="body2" component="p">
              {t('entityCard.exemptionUntil', {
                criterion: `${result.id} (${result.title})`,
                date: result.exemption?.expires ?? '',
                reason: result.exemption?.reason ?? '',
              })}
            </Typography>
          ))}
        </Box>
      )}

      <StepResources journey={journey} step={report.step} />
      <OnboardingLinks report={report} />
    </EvidenceSourcesProvider>
  );
}

/** Wraps the view in its marked root element. */
export function EntityOnboardingCard() {
  return (
    <ViewRoot view="entity-card">
      <EntityOnboardingCardView />
    </ViewRoot>
  );
}
