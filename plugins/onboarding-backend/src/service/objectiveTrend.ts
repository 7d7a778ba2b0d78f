import {
  ObjectiveTarget,
  ObjectiveTrendPoint,
  unmetTargetCriteria,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { ObjectiveHistoryRow, TrendWeek } from '../database';

/**
 * Per week, how many of the entities had been evaluated by the week's end and how many
 * of them met the target then, each by its last result before that end.
 */
export function objectiveTrend(
  history: readonly ObjectiveHistoryRow[],
  weeks: readonly TrendWeek[],
  target: ObjectiveTarget,
): ObjectiveTrendPoint[] {
  const sorted = [...history].sort(
    (a, b) => a.evaluatedAt.getTime() - b.evaluatedAt.getTime(),
  );
  const current = new Map<string, boolean>();
  let next = 0;
  return weeks.map(week => {
    while (
      next < sorted.length &&
      sorted[next].evaluatedAt.getTime() < week.end.getTime()
    ) {
      const row = sorted[next++];
      current.set(row.entityRef, unmetTargetCriteria(target, row).meets);
    }
    let meeting = 0;
    for (const meets of current.values()) if (meets) meeting += 1;
    return {
      weekStart: week.start.toISOString().slice(0, 10),
      total: current.size,
      meeting,
    };
  });
}
