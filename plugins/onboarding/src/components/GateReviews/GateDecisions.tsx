import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import WarningIcon from '@material-ui/icons/Warning';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  GateAgreement,
  GateReview,
  JoinedEntityReport,
  compareReviewsWithCriteria,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

/**
 * What the criteria say and what the committee decided, gate by gate, with the
 * disagreements flagged in words. `onlyRelevant` keeps the gate under review and the
 * gates with a decision (the card); otherwise every gate is listed (the tab).
 */
export function GateDecisions({
  report,
  reviews,
  now = new Date(),
  onlyRelevant = false,
}: {
  report: Pick<JoinedEntityReport, 'gates' | 'step' | 'passedByDecision'>;
  reviews: GateReview[];
  now?: Date;
  onlyRelevant?: boolean;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const agreements = compareReviewsWithCriteria(
    reviews,
    report.gates,
    now,
  ).filter(a => !onlyRelevant || a.decision || a.gate === report.step);
  return (
    <Box data-testid="gate-decisions">
      {report.passedByDecision?.length ? (
        <Typography variant="body2" paragraph>
          {t('reviews.passedByDecision', {
            gates: report.passedByDecision.join(', '),
          })}
        </Typography>
      ) : null}
      {onlyRelevant && reviews.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('reviews.noDecisions')}
        </Typography>
      )}
      {agreements.map(agreement => (
        <GateDecisionRow key={agreement.gate} agreement={agreement} />
      ))}
    </Box>
  );
}

function GateDecisionRow({ agreement }: { agreement: GateAgreement }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const { gate, criteria, decision, flags } = agreement;
  return (
    <Box mb={1} data-testid={`gate-decision-${gate}`}>
      <Typography variant="body2" component="p">
        <strong>{t('reviews.gateLabel', { gate: String(gate) })}</strong>
        {' — '}
        {t('reviews.criteriaSay', { verdict: criteria })}
        {' · '}
        {decision
          ? t('reviews.committeeSays', {
              decision: t(`reviews.decision.${decision.decision}`),
              date: decision.decidedOn,
            })
          : t('reviews.noDecision')}
      </Typography>
      {flags.map(flag => (
        <Box
          key={flag}
          display="flex"
          alignItems="center"
          style={{ gap: 4 }}
          role="alert"
        >
          <WarningIcon
            fontSize="small"
            style={{ color: '#e65100' }}
            aria-hidden
          />
          <Typography variant="body2" component="span">
            {t(`reviews.flag.${flag}`)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
