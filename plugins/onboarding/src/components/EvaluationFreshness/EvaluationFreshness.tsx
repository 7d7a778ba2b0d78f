import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  EntityReport,
  Language,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

/** A date and time as people of the language write it, in the viewer's time zone. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/**
 * When the evidence was evaluated and, for each fact source consulted, when it gathered
 * its facts and which it could not provide: how fresh what the page says is.
 */
export function EvaluationFreshness({
  report,
}: {
  report: Pick<EntityReport, 'evaluatedAt' | 'factSources' | 'language'>;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const { evaluatedAt, factSources = [], language } = report;
  if (!evaluatedAt && factSources.length === 0) return null;
  // Primary text colour: on the page's grey background, Backstage's secondary grey
  // falls just under WCAG AA contrast (4.47:1).
  return (
    <Box my={1} data-testid="evaluation-freshness">
      {evaluatedAt && (
        <Typography variant="caption" component="p">
          {t('freshness.evaluatedAt', {
            date: formatDateTime(evaluatedAt, language),
          })}
        </Typography>
      )}
      {factSources.map(status => {
        const missing = Object.entries(status.unavailable ?? {});
        const gathered = status.gatheredAt
          ? t('freshness.sourceGathered', {
              source: status.source,
              date: formatDateTime(status.gatheredAt, language),
            })
          : t('freshness.sourceNotGathered', { source: status.source });
        return (
          <Typography key={status.source} variant="caption" component="p">
            {gathered}
            {missing.length > 0 &&
              ` ${t('freshness.sourceUnavailable', {
                facts: missing
                  .map(([fact, reason]) => `${fact} (${reason})`)
                  .join(', '),
              })}`}
          </Typography>
        );
      })}
    </Box>
  );
}
