import { useEffect } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  CriterionReport,
  GateReview,
  JoinedEntityReport,
  JourneyView,
  StepNumber,
  latestReviewPerGate,
  selectResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { formatDateTime } from '../EvaluationFreshness';
import { EvidenceSource, EvidenceSourcesProvider } from '../EvidenceSource';
import {
  GateDecisions,
  ReservationText,
  ReviewHistory,
  ReviewsLoaded,
  useGateReviews,
} from '../GateReviews';
import { ResourceList } from '../ResourceList';
import { StateChip } from '../StateChip';
import { COMMITTEE_PRINT_CSS } from './printStyles';

const GATES: StepNumber[] = [1, 2, 3, 4];

/**
 * The committee's file of one entity, ready to print for a gate review: the gate under
 * review, every criterion with its evidence (measured or declared, and when), the
 * exemptions, the decisions already recorded and their open reservations, and the step's
 * resources for the three perimeters.
 */
export function CommitteeFile({
  report,
  journey,
  onBack,
  now = new Date(),
}: {
  report: JoinedEntityReport;
  journey: JourneyView;
  onBack?: () => void;
  now?: Date;
}) {
  const { entity } = useEntity();
  const { t } = useTranslationRef(onboardingTranslationRef);
  const language = useJourneyLanguage();
  const reviews = useGateReviews(entity);
  const step = journey.steps[report.step - 1];
  const gate = report.nextGate;
  // The gate under review first, then the others in order.
  const gates = gate
    ? [gate.step, ...GATES.filter(g => g !== gate.step)]
    : GATES;
  const exemptions = report.results.filter(r => r.exemption);
  const title = t('committee.title', { entity: stringifyEntityRef(entity) });
  // The title names the printed file (the browser's "Save as PDF" and the PDF's Title).
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
  const items: GateReview[] = reviews.value?.items ?? [];
  const openReservations = [...latestReviewPerGate(items).values()].flatMap(
    review =>
      review.reservations
        .filter(r => !r.liftedAt)
        .map(reservation => ({ review, reservation })),
  );

  return (
    <Box id="committee-file" data-testid="committee-file">
      <style>{COMMITTEE_PRINT_CSS}</style>
      <Box
        className="committee-no-print"
        display="flex"
        style={{ gap: 8 }}
        mb={2}
      >
        <Button
          variant="contained"
          color="primary"
          onClick={() => window.print()}
        >
          {t('committee.print')}
        </Button>
        {onBack && <Button onClick={onBack}>{t('committee.back')}</Button>}
      </Box>
      <Typography variant="h4" component="h1">
        {title}
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        {t('committee.generated', {
          date: formatDateTime(now.toISOString(), language),
          version: report.criteriaVersion,
        })}
      </Typography>

      <Box className="committee-section" mb={3}>
        <Typography variant="h5" component="h2">
          {gate
            ? t('committee.gateTitle', {
                step: String(gate.step),
                title: step.title,
              })
            : t('committee.allGo')}
        </Typography>
        {step.gate && (
          <Typography variant="body1">
            {t('committee.gateCriterion', { gate: step.gate })}
          </Typography>
        )}
        {gate && (
          <Typography variant="body1" style={{ fontWeight: 600 }}>
            {t('committee.criteriaVerdict', { verdict: gate.verdict })}
          </Typography>
        )}
        <ReviewsLoaded reviews={reviews}>
          <GateDecisions report={report} reviews={items} now={now} />
        </ReviewsLoaded>
      </Box>

      <Box className="committee-section" mb={3}>
        <Typography variant="h5" component="h2">
          {t('committee.reservationsTitle')}
        </Typography>
        {openReservations.length === 0 ? (
          <Typography variant="body2">
            {t('committee.noReservations')}
          </Typography>
        ) : (
          <ul>
            {openReservations.map(({ review, reservation }, i) => (
              <li key={i}>
                <Typography variant="body2" component="span">
                  {t('reviews.gateLabel', { gate: String(review.gate) })}:{' '}
                  <ReservationText reservation={reservation} />
                </Typography>
              </li>
            ))}
          </ul>
        )}
      </Box>

      <Box className="committee-section" mb={3}>
        <Typography variant="h5" component="h2">
          {t('committee.exemptionsTitle')}
        </Typography>
        {exemptions.length === 0 ? (
          <Typography variant="body2">{t('committee.noExemptions')}</Typography>
        ) : (
          <ul>
            {exemptions.map(result => (
              <li key={result.id}>
                <Typography variant="body2" component="span">
                  {t('entityCard.exemptionUntil', {
                    criterion: `${result.id} (${result.title})`,
                    date: result.exemption?.expires ?? '',
                    reason: result.exemption?.reason ?? '',
                  })}
                </Typography>
              </li>
            ))}
          </ul>
        )}
      </Box>

      <EvidenceSourcesProvider report={report}>
        {gates.map((number, i) => (
          <GateCriteria
            key={number}
            step={number}
            verdict={report.gates.find(g => g.step === number)?.verdict}
            results={report.results.filter(r => r.step === number)}
            newPage={i > 0}
          />
        ))}
      </EvidenceSourcesProvider>

      <Box className="committee-gate" mb={3}>
        <Typography variant="h5" component="h2">
          {t('committee.decisionsTitle')}
        </Typography>
        <ReviewHistory reviews={items} language={language} />
      </Box>

      <Box className="committee-section" mb={3}>
        <Typography variant="h5" component="h2">
          {t('committee.resourcesTitle', { step: String(report.step) })}
        </Typography>
        {journey.perimeters.map(perimeter => (
          <Box key={perimeter.id} className="committee-section" mt={1}>
            <Typography variant="h6" component="h3">
              {perimeter.label}
            </Typography>
            <ResourceList
              resources={selectResources(
                journey.resources,
                report.step,
                perimeter.id,
              )}
              perimeters={journey.perimeters}
            />
          </Box>
        ))}
      </Box>
    </Box>
  );
}

function GateCriteria({
  step,
  verdict,
  results,
  newPage,
}: {
  step: StepNumber;
  verdict?: string;
  results: CriterionReport[];
  newPage: boolean;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <Box
      className={newPage ? 'committee-gate' : 'committee-section'}
      mb={3}
      data-testid={`committee-gate-${step}`}
    >
      <Typography variant="h5" component="h2">
        {t('committee.criteriaTitle', { step: String(step) })}
        {verdict ? ` — ${verdict}` : ''}
      </Typography>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left' }}>{t('committee.criterion')}</th>
            <th style={{ textAlign: 'left' }}>{t('committee.state')}</th>
            <th style={{ textAlign: 'left' }}>{t('committee.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map(result => (
            <tr
              key={result.id}
              className="committee-section"
              style={{ borderTop: '1px solid #ccc', verticalAlign: 'top' }}
            >
              <td>
                <Typography variant="body2">
                  <strong>{result.id}</strong> {result.title}
                </Typography>
              </td>
              <td>
                <StateChip state={result.state} />
              </td>
              <td>
                <Typography variant="body2">{result.message}</Typography>
                {result.evidence.length > 0 && (
                  <Typography variant="caption" component="p">
                    {result.evidence
                      .map(e => (e.value ? `${e.fact} = ${e.value}` : e.fact))
                      .join(' · ')}
                  </Typography>
                )}
                <EvidenceSource result={result} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
