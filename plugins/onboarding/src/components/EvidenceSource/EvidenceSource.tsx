import {
  CriterionReport,
  FORM_FACT_SOURCE,
  formById,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import InsertChartIcon from '@material-ui/icons/InsertChartOutlined';
import EditIcon from '@material-ui/icons/EditOutlined';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { onboardingTranslationRef } from '../../translation';
import { formatDateTime } from '../EvaluationFreshness';
import { useEvidenceSources } from './EvidenceSourcesContext';

/**
 * Where a criterion's evidence comes from: measured by a platform tool (which one, and
 * when it gathered), or declared in the entity's annotations.
 * Shown inside an `EvidenceSourcesProvider` only.
 */
export function EvidenceSource({
  result,
}: {
  result: Pick<CriterionReport, 'measuredBy' | 'state'> &
    Partial<Pick<CriterionReport, 'evidence'>>;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const sources = useEvidenceSources();
  // Only entity reports provide their sources; a template's criteria read its skeleton,
  // which is neither a platform tool nor an annotation.
  if (!sources) return null;
  const id = result.measuredBy;
  // Issue 12 §3: a submitted form's answer met the criterion (`fact:form/<form>/<question>`).
  const formForm = result.evidence
    ?.filter(e => e.value !== undefined)
    .map(e => /^fact:form\/([^/]+)\//.exec(e.fact)?.[1])
    .find(Boolean);
  const form = formForm ? formById(formForm) : undefined;
  let text: string;
  if (form && !id) {
    const submittedAt = sources.statuses.find(
      s => s.source === FORM_FACT_SOURCE,
    )?.gatheredAt;
    text = t('provenance.form', {
      form: form.title[sources.language],
      date: submittedAt ? formatDateTime(submittedAt, sources.language) : '',
    });
  } else if (!id) {
    text = t('provenance.declared');
  } else {
    // Titles of simulated sources say so (the backend names them "… — SIMULATOR").
    const name = sources.configured.get(id)?.title ?? id;
    const gatheredAt = sources.statuses.find(s => s.source === id)?.gatheredAt;
    const date = gatheredAt ? formatDateTime(gatheredAt, sources.language) : '';
    if (result.state === 'unknown')
      text = date
        ? t('provenance.measuredNoAnswer', { source: name, date })
        : t('provenance.measuredNoAnswerYet', { source: name });
    else
      text = date
        ? t('provenance.measured', { source: name, date })
        : t('provenance.measuredNotGathered', { source: name });
  }
  const Icon = id ? InsertChartIcon : EditIcon;
  return (
    <Box
      display="flex"
      alignItems="center"
      style={{ gap: 4 }}
      data-testid="evidence-source"
    >
      <Icon fontSize="small" color="action" aria-hidden />
      <Typography variant="caption" component="span" color="textSecondary">
        {text}
      </Typography>
    </Box>
  );
}
