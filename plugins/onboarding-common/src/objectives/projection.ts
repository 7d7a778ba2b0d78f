import { ObjectiveProjection, ObjectiveTrendPoint } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the share of entities meeting an objective's target would reach 100 %, from a
 * least-squares line through the weekly shares (weeks without entities are left out).
 * The line is the trend, not a promise: a flat or falling one is "not reachable at the
 * current pace", and a date already past while the target is not met is today.
 */
export function projectObjective(
  trend: readonly ObjectiveTrendPoint[],
  now: Date,
): ObjectiveProjection {
  const points = trend
    .filter(point => point.total > 0)
    .map(point => ({
      x: Date.parse(`${point.weekStart}T00:00:00Z`) / DAY_MS,
      y: point.meeting / point.total,
    }));
  const last = points[points.length - 1];
  if (last && last.y >= 1) return { kind: 'reached' };
  if (points.length < 2) return { kind: 'insufficient-data' };
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.x - meanX) * (p.y - meanY);
    variance += (p.x - meanX) ** 2;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  if (!(slope > 0)) return { kind: 'unreachable' };
  const day = meanX + (1 - meanY) / slope;
  const date = new Date(Math.max(Math.ceil(day) * DAY_MS, now.getTime()));
  return { kind: 'projected', date: date.toISOString().slice(0, 10) };
}
