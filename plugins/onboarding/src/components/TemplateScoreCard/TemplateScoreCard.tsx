import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { onboardingApiRef } from '../../api';
import { useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { ViewRoot } from '../ViewRoot';
import { CriterionList } from '../CriterionItem';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { EvaluationFreshness } from '../EvaluationFreshness';
import { ScoreLine } from '../TemplateScores';

/** The score of a scaffolder template, on its own page, with the criteria it does not meet yet. */
function TemplateScoreCardView() {
  const { entity } = useEntity();
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const namespace = entity.metadata.namespace ?? 'default';
  const name = entity.metadata.name;
  const detail = useAsyncRetry(
    () => api.getTemplateDetail({ namespace, name }, language),
    [api, language, namespace, name],
  );
  const title = t('templates.cardTitle');
  if (detail.loading && !detail.value) {
    return (
      <InfoCard title={title}>
        <Progress />
      </InfoCard>
    );
  }
  if (detail.error || !detail.value) {
    return (
      <InfoCard title={title}>
        <ErrorWithRetry error={detail.error} onRetry={detail.retry} />
      </InfoCard>
    );
  }
  const { score, report } = detail.value;
  const unmet = report.results.filter(
    r =>
      r.state !== 'not-applicable' &&
      r.state !== 'pass' &&
      r.state !== 'exempted',
  );
  return (
    <InfoCard title={title}>
      <ScoreLine score={score} />
      <EvaluationFreshness report={report} />
      <CriterionList title={t('entityCard.blockersTitle')} results={unmet} />
    </InfoCard>
  );
}

/** Wraps the view in its marked root element. */
export function TemplateScoreCard() {
  return (
    <ViewRoot view="template-card">
      <TemplateScoreCardView />
    </ViewRoot>
  );
}
