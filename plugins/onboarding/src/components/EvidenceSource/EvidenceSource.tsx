import { CriterionReport } from '@cloud-pi-native/backstage-plugin-onboarding-common';
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
  result: Pick<CriterionReport, 'measuredBy' | 'state'>;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const sources = useEvidenceSources();
  // Only entity reports provide their sources; a template's criteria read its skeleton,
  // which is neither a platform tool nor an annotation.
  if (!sources) return null;
  const id = result.measuredBy;
  let text: string;
  if (!id) {
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
