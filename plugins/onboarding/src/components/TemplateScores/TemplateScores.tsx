import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { onboardingApiRef } from '../../api';
import { useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { CriterionList } from '../CriterionItem';
import { OutcomesLine, ScoreLine } from './TemplateSummary';

/** The platform team's view: every template ranked by how far it prepares its projects. */
export function TemplateScores() {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const entityRoute = useRouteRef(entityRouteRef);
  const scores = useAsyncRetry(
    () => api.getTemplateScores(language),
    [api, language],
  );

  if (scores.loading && !scores.value) return <Progress />;
  if (scores.error || !scores.value) {
    return <ErrorWithRetry error={scores.error} onRetry={scores.retry} />;
  }
  const items = scores.value.items;
  return (
    <Box>
      <Typography variant="h5" component="h2">
        {t('templates.title')}
      </Typography>
      <Typography variant="body2" paragraph>
        {t('templates.intro')}
      </Typography>
      {items.length === 0 && <Typography>{t('templates.empty')}</Typography>}
      <Box
        component="ol"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('templates.title')}
      >
        {items.map((item, index) => {
          const to = entityRoute
            ? entityRoute(parseEntityRef(item.entityRef))
            : undefined;
          return (
            <Box
              component="li"
              key={item.entityRef}
              mb={2}
              data-testid="template-score"
            >
              <InfoCard
                title={`${t('templates.rank', { rank: String(index + 1) })} · ${
                  item.title
                }`}
                subheader={
                  to ? <Link to={to}>{item.entityRef}</Link> : item.entityRef
                }
              >
                <Grid container spacing={2}>
                  <Grid item xs={12} md={6}>
                    <ScoreLine score={item.score} />
                    {item.description && (
                      <Typography
                        variant="body2"
                        color="textSecondary"
                        style={{ marginTop: 8 }}
                      >
                        {item.description}
                      </Typography>
                    )}
                  </Grid>
                  <Grid item xs={12} md={6}>
                    <Typography variant="subtitle2" component="h4">
                      {t('templates.outcomesTitle')}
                    </Typography>
                    <OutcomesLine outcomes={item.outcomes} />
                  </Grid>
                  <Grid item xs={12}>
                    <TemplateDetailAccordion
                      template={parseEntityRef(item.entityRef)}
                    />
                  </Grid>
                </Grid>
              </InfoCard>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

/** A template's criteria, loaded when the user first opens them. */
function TemplateDetailAccordion({
  template,
}: {
  template: CompoundEntityRef;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const [opened, setOpened] = useState(false);
  return (
    <Accordion onChange={(_event, expanded) => expanded && setOpened(true)}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography>{t('templates.details')}</Typography>
      </AccordionSummary>
      <AccordionDetails>
        {opened && <TemplateCriteria template={template} />}
      </AccordionDetails>
    </Accordion>
  );
}

function TemplateCriteria({ template }: { template: CompoundEntityRef }) {
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const detail = useAsyncRetry(
    () => api.getTemplateDetail(template, language),
    [api, language, template.namespace, template.name],
  );
  if (detail.loading && !detail.value) return <Progress />;
  if (detail.error || !detail.value) {
    return <ErrorWithRetry error={detail.error} onRetry={detail.retry} />;
  }
  return (
    <CriterionList
      results={detail.value.report.results.filter(
        r => r.state !== 'not-applicable',
      )}
    />
  );
}
