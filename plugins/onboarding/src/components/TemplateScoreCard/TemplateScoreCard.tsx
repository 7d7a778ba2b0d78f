import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { scoreTemplate } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { useEntityReport } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { CriterionList } from '../CriterionItem';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { ScoreLine } from '../TemplateScores';

/** The score of a scaffolder template, on its own page, with the criteria it does not meet yet. */
export function TemplateScoreCard() {
  const { entity } = useEntity();
  const { t } = useTranslationRef(onboardingTranslationRef);
  const report = useEntityReport(entity);
  const title = t('templates.cardTitle');
  if (report.loading && !report.value) {
    return (
      <InfoCard title={title}>
        <Progress />
      </InfoCard>
    );
  }
  if (report.error || !report.value) {
    return (
      <InfoCard title={title}>
        <ErrorWithRetry error={report.error} onRetry={report.retry} />
      </InfoCard>
    );
  }
  const applicable = report.value.results.filter(
    r => r.state !== 'not-applicable',
  );
  const unmet = applicable.filter(
    r => r.state !== 'pass' && r.state !== 'exempted',
  );
  return (
    <InfoCard title={title}>
      <ScoreLine score={scoreTemplate(report.value)} />
      <CriterionList title={t('entityCard.blockersTitle')} results={unmet} />
    </InfoCard>
  );
}
