import { CriterionReport } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { onboardingTranslationRef } from '../../translation';
import { EvidenceSource } from '../EvidenceSource';
import { StateChip } from '../StateChip';

export interface CriterionItemProps {
  result: CriterionReport;
  /** Also show the evidence seen and the source of the criterion. */
  detailed?: boolean;
}

/** One criterion: its state, where its evidence comes from, what was found, and how to fix it. Values are rendered as text, never as markup. */
export function CriterionItem({ result, detailed }: CriterionItemProps) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const met = result.state === 'pass' || result.state === 'not-applicable';
  return (
    <Box
      component="li"
      py={1}
      style={{ listStyle: 'none', overflowWrap: 'anywhere' }}
    >
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 8 }}
      >
        <StateChip state={result.state} />
        <Typography
          variant="body1"
          component="span"
          style={{ fontWeight: 500 }}
        >
          {result.title}
        </Typography>
        <Typography variant="caption" component="span">
          {result.id} · {t(`severity.${result.severity}`)}
        </Typography>
      </Box>
      {result.state !== 'not-applicable' && <EvidenceSource result={result} />}
      <Typography variant="body2" component="p">
        {result.message}
      </Typography>
      {!met && (
        <Typography variant="body2" component="p">
          {t('entityContent.remediation', { text: result.remediation.text })}{' '}
          {result.remediation.link && (
            // Underlined: inside a sentence, colour alone does not tell a link (WCAG 1.4.1).
            <Link
              to={result.remediation.link}
              underline="always"
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('entityCard.fixLink')}
            </Link>
          )}
        </Typography>
      )}
      {detailed && (
        <>
          <Typography variant="caption" component="p">
            {t('entityContent.evidence', {
              list:
                result.evidence.length === 0
                  ? t('entityContent.noEvidence')
                  : result.evidence
                      .map(
                        e =>
                          `${e.fact} = ${
                            e.value === undefined
                              ? '∅'
                              : JSON.stringify(e.value)
                          }`,
                      )
                      .join(' ; '),
            })}
          </Typography>
          <Typography variant="caption" component="p" color="textSecondary">
            {t('entityContent.source', { source: result.source })}
          </Typography>
        </>
      )}
    </Box>
  );
}
