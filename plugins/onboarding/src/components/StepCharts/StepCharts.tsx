import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  STEP_NUMBERS,
  StepNumber,
  TrendPoint,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

/** One colour per step, light to dark along the journey; every bar also carries its number in text. */
export const STEP_COLOURS: Record<StepNumber, string> = {
  1: '#90caf9',
  2: '#64b5f6',
  3: '#2196f3',
  4: '#1565c0',
  5: '#0d2c6b',
};

/** Entities per step as horizontal bars, each labelled with its step and count. */
export function StepDistribution({
  counts,
}: {
  counts: Record<StepNumber, number>;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const max = Math.max(1, ...STEP_NUMBERS.map(s => counts[s]));
  const summary = STEP_NUMBERS.map(s =>
    t('team.stepCount', { step: String(s), count: counts[s] }),
  ).join(', ');
  const row = 28;
  return (
    <svg
      role="img"
      aria-label={t('team.distributionLabel', { summary })}
      viewBox={`0 0 400 ${row * 5}`}
      style={{ width: '100%', maxWidth: 480, height: 'auto' }}
    >
      {STEP_NUMBERS.map((step, i) => {
        const width = (counts[step] / max) * 260;
        return (
          <g key={step} transform={`translate(0, ${i * row})`}>
            <text x={0} y={18} fontSize={12} fill="currentColor">
              {t('team.stepShort', { step: String(step) })}
            </text>
            <rect
              x={70}
              y={5}
              width={Math.max(width, 1)}
              height={18}
              fill={STEP_COLOURS[step]}
            />
            <text x={76 + width} y={18} fontSize={12} fill="currentColor">
              {counts[step]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Entities per step week by week, as stacked columns with the week's Monday below; a
 * week in which the criteria changed is marked by a dashed line and a label.
 */
export function StepTrend({ trend }: { trend: TrendPoint[] }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const top = 16; // room for the criteria change labels
  const height = 140 + top;
  const column = 36;
  const width = Math.max(trend.length * column + 20, 200);
  const max = Math.max(
    1,
    ...trend.map(p => STEP_NUMBERS.reduce((sum, s) => sum + p.counts[s], 0)),
  );
  return (
    <svg
      role="img"
      aria-label={t('team.trendLabel', { weeks: String(trend.length) })}
      viewBox={`0 0 ${width} ${height + 30}`}
      style={{ width: '100%', maxWidth: width, height: 'auto' }}
    >
      {trend.map((point, i) => {
        let y = height;
        return (
          <g
            key={point.weekStart}
            transform={`translate(${10 + i * column}, 0)`}
          >
            {point.criteriaChanged && (
              <g data-testid={`criteria-change-${point.weekStart}`}>
                <line
                  x1={1}
                  x2={1}
                  y1={top - 4}
                  y2={height}
                  stroke="currentColor"
                  strokeDasharray="3 3"
                />
                <text x={3} y={top - 6} fontSize={9} fill="currentColor">
                  {t('team.criteriaChanged')}
                </text>
              </g>
            )}
            {STEP_NUMBERS.map(step => {
              const h = (point.counts[step] / max) * (height - top - 10);
              y -= h;
              return h > 0 ? (
                <rect
                  key={step}
                  x={4}
                  y={y}
                  width={column - 8}
                  height={h}
                  fill={STEP_COLOURS[step]}
                >
                  <title>{`${point.weekStart} · ${t('team.stepCount', {
                    step: String(step),
                    count: point.counts[step],
                  })}`}</title>
                </rect>
              ) : null;
            })}
            <text
              x={column / 2}
              y={height + 14}
              fontSize={9}
              textAnchor="middle"
              fill="currentColor"
            >
              {point.weekStart.slice(5)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
