import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import OpenInNewIcon from '@material-ui/icons/OpenInNew';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import {
  configApiRef,
  useApi,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_CONSOLE_PROJECT,
  ANNOTATION_ONBOARDING_STEP,
  StepNumber,
  getConsoleProjectUrl,
  getDocsUrl,
  readDeclaredStep,
  selectResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { readLinksConfig } from '../../config';
import { useJourney } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { AnnotationSnippet } from '../AnnotationSnippet';
import { JourneyStepper } from '../JourneyStepper';
import { ResourceList } from '../ResourceList';

/** Where the entity stands on the Cloud Pi Native journey, on its overview page. */
export function EntityOnboardingCard() {
  const { entity } = useEntity();
  const { t } = useTranslationRef(onboardingTranslationRef);
  const declared = readDeclaredStep(entity);
  const title = t('entityCard.title');

  if (declared.state === 'missing') {
    return (
      <InfoCard title={title}>
        <Typography variant="h6" component="p" gutterBottom>
          {t('entityCard.missingTitle')}
        </Typography>
        <Typography variant="body2" paragraph>
          {t('entityCard.missingDescription')}
        </Typography>
        <AnnotationSnippet
          annotations={{ [ANNOTATION_ONBOARDING_STEP]: '1' }}
        />
      </InfoCard>
    );
  }

  if (declared.state === 'invalid') {
    return (
      <InfoCard title={title}>
        <WarningPanel
          severity="error"
          title={t('entityCard.invalidTitle')}
          message={t('entityCard.invalidDescription', {
            annotation: ANNOTATION_ONBOARDING_STEP,
            value: JSON.stringify(declared.value),
          })}
        />
        <Box mt={2}>
          <AnnotationSnippet
            annotations={{ [ANNOTATION_ONBOARDING_STEP]: '1' }}
          />
        </Box>
      </InfoCard>
    );
  }

  return (
    <InfoCard title={title}>
      <DeclaredStepContent entity={entity} step={declared.step} />
    </InfoCard>
  );
}

function DeclaredStepContent({
  entity,
  step,
}: {
  entity: Entity;
  step: StepNumber;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const links = readLinksConfig(useApi(configApiRef));
  const { value: journey, loading, error, retry } = useJourney();

  if (loading && !journey) {
    return <Progress />;
  }
  if (error || !journey) {
    return (
      <>
        <Typography variant="subtitle1" component="p" gutterBottom>
          {t('entityCard.errorTitle')}
        </Typography>
        {error && <ResponseErrorPanel error={error} />}
        <Box mt={1}>
          <Button variant="outlined" onClick={retry}>
            {t('entityCard.retry')}
          </Button>
        </Box>
      </>
    );
  }

  const current = journey.steps[step - 1];
  const consoleUrl = getConsoleProjectUrl(entity, links.consoleBaseUrl);
  return (
    <>
      <Typography variant="overline" component="p">
        {t('entityCard.declaredStep', { step: String(step) })}
      </Typography>
      <Typography variant="h6" component="h3">
        {current.title}
      </Typography>
      <JourneyStepper steps={journey.steps} current={step} />
      <Typography variant="body2" paragraph>
        {t('entityCard.maturity', { maturity: current.maturity })}
      </Typography>
      <Typography variant="body2" paragraph>
        {current.objective}
      </Typography>
      {current.deliverable && (
        <Typography variant="body2" paragraph>
          {t('entityCard.deliverable', { deliverable: current.deliverable })}
        </Typography>
      )}
      <Typography variant="body2" paragraph>
        {current.gate
          ? t('entityCard.gate', { gate: current.gate })
          : current.gapNote}
      </Typography>

      <Typography variant="subtitle1" component="h4">
        {t('entityCard.resourcesTitle', { step: String(step) })}
      </Typography>
      <ResourceList
        resources={selectResources(journey.resources, step)}
        perimeters={journey.perimeters}
      />

      <Box mt={2} display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {consoleUrl && (
          <Button
            variant="contained"
            color="primary"
            href={consoleUrl}
            target="_blank"
            rel="noopener noreferrer"
            endIcon={<OpenInNewIcon aria-label={t('entityCard.newTab')} />}
          >
            {t('entityCard.openConsole')}
          </Button>
        )}
        <Button
          variant="outlined"
          href={getDocsUrl(links.docsBaseUrl)}
          target="_blank"
          rel="noopener noreferrer"
          endIcon={<OpenInNewIcon aria-label={t('entityCard.newTab')} />}
        >
          {t('entityCard.openDocs')}
        </Button>
      </Box>
      {!consoleUrl && (
        <Typography variant="caption" component="p" style={{ marginTop: 8 }}>
          {t('entityCard.noConsoleHint', {
            annotation: ANNOTATION_CONSOLE_PROJECT,
          })}
        </Typography>
      )}
    </>
  );
}
