import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EvaluationHistoryItem } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

const WIDTH = 600;
const HEIGHT = 160;
const PAD = { left: 28, right: 12, top: 10, bottom: 24 };

const day = (iso: string) => iso.slice(0, 10);

/**
 * The entity's evidenced step over time: a step chart (scales down to narrow screens)
 * and the same changes as a list, so the figures do not depend on seeing the chart.
 */
export function StepHistory({ items }: { items: EvaluationHistoryItem[] }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  if (items.length === 0) {
    return (
      <Typography variant="body2">{t('entityContent.historyEmpty')}</Typography>
    );
  }
  const points = [...items].reverse();
  const times = points.map(p => new Date(p.evaluatedAt).getTime());
  const [first, last] = [
    times[0],
    Math.max(times[times.length - 1], Date.now()),
  ];
  const span = Math.max(last - first, 1);
  const x = (time: number) =>
    PAD.left + ((time - first) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (step: number) =>
    PAD.top + ((5 - step) / 4) * (HEIGHT - PAD.top - PAD.bottom);
  // A step line: each level holds until the next change, and the last one until today.
  const path = points
    .map((p, i) => {
      const next = i + 1 < points.length ? times[i + 1] : last;
      return `${i === 0 ? 'M' : 'L'}${x(times[i])},${y(p.step)} L${x(next)},${y(
        p.step,
      )}`;
    })
    .join(' ');

  return (
    <Box>
      <svg
        role="img"
        aria-label={t('entityContent.historyChartLabel', {
          from: day(points[0].evaluatedAt),
          to: day(new Date(last).toISOString()),
        })}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        style={{ width: '100%', maxWidth: WIDTH, height: 'auto' }}
      >
        {[1, 2, 3, 4, 5].map(step => (
          <g key={step}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(step)}
              y2={y(step)}
              stroke="#ddd"
            />
            <text x={4} y={y(step) + 4} fontSize={11} fill="currentColor">
              {step}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="#1565c0" strokeWidth={2} />
        {points.map((p, i) => (
          <circle
            key={p.id}
            cx={x(times[i])}
            cy={y(p.step)}
            r={3.5}
            fill="#1565c0"
          />
        ))}
        <text x={PAD.left} y={HEIGHT - 6} fontSize={11} fill="currentColor">
          {day(points[0].evaluatedAt)}
        </text>
        <text
          x={WIDTH - PAD.right}
          y={HEIGHT - 6}
          fontSize={11}
          textAnchor="end"
          fill="currentColor"
        >
          {day(new Date(last).toISOString())}
        </text>
      </svg>
      <Box component="ul" pl={2} my={1}>
        {items.map(item => (
          <Typography key={item.id} component="li" variant="body2">
            {t('entityContent.historyRow', {
              date: day(item.evaluatedAt),
              step: String(item.step),
              count: item.blockingCount,
            })}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
