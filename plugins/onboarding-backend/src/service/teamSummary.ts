import {
  Criterion,
  Language,
  StepNumber,
  TeamEntityRow,
  TeamSummary,
  TrendPoint,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { LatestEvaluationSummary, UnmetCriterionRow } from '../database';

const DAY_MS = 24 * 60 * 60 * 1000;
const TOP_FAILING = 10;

const emptyCounts = (): Record<StepNumber, number> => ({
  1: 0,
  2: 0,
  3: 0,
  4: 0,
  5: 0,
});

/** Monday 00:00 UTC of the week holding `date`. */
export function weekStart(date: Date): Date {
  const day = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()),
  );
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/**
 * Entities per step at the end of each of the last `weeks` weeks (the current one
 * included, counted up to `now`): each entity counts at the step of its last stored
 * evaluation before the end of the week, and not at all before its first one.
 */
export function buildTrend(
  history: Array<{ entityRef: string; evaluatedAt: Date; step: number }>,
  weeks: number,
  now: Date,
): TrendPoint[] {
  const current = weekStart(now);
  const starts = Array.from(
    { length: weeks },
    (_, i) => new Date(current.getTime() - (weeks - 1 - i) * 7 * DAY_MS),
  );
  const sorted = [...history].sort(
    (a, b) => a.evaluatedAt.getTime() - b.evaluatedAt.getTime(),
  );
  const stepOf = new Map<string, number>();
  let next = 0;
  return starts.map(start => {
    const end = Math.min(start.getTime() + 7 * DAY_MS, now.getTime() + 1);
    while (next < sorted.length && sorted[next].evaluatedAt.getTime() < end) {
      stepOf.set(sorted[next].entityRef, sorted[next].step);
      next += 1;
    }
    const counts = emptyCounts();
    for (const step of stepOf.values()) counts[step as StepNumber] += 1;
    return { weekStart: start.toISOString().slice(0, 10), counts };
  });
}

/** Counts unmet criteria row by row, when the database cannot (some entities are hidden from the caller). */
export function countByCriterion(
  rows: UnmetCriterionRow[],
): Array<{ criterionId: string; count: number }> {
  const counts = new Map<string, number>();
  for (const row of rows)
    counts.set(row.criterionId, (counts.get(row.criterionId) ?? 0) + 1);
  return [...counts.entries()].map(([criterionId, count]) => ({
    criterionId,
    count,
  }));
}

/** Puts a team summary together from what the store holds about the entities the caller may see. */
export function summarize(options: {
  groupRef: string;
  groupRefs: string[];
  entities: LatestEvaluationSummary[];
  /** How many of the entities fail each criterion. */
  unmetCounts: Array<{ criterionId: string; count: number }>;
  history: Array<{ entityRef: string; evaluatedAt: Date; step: number }>;
  criteria: readonly Criterion[];
  language: Language;
  weeks: number;
  now: Date;
}): TeamSummary {
  const { entities, criteria, language } = options;
  const counts = emptyCounts();
  const verdicts = { GO: 0, 'NO-GO': 0, NONE: 0 };
  const rows: TeamEntityRow[] = entities.map(entity => {
    counts[entity.step as StepNumber] += 1;
    verdicts[entity.verdict] += 1;
    return {
      entityRef: entity.entityRef,
      kind: entity.kind,
      ...(entity.ownerRef ? { ownerRef: entity.ownerRef } : {}),
      step: entity.step as StepNumber,
      verdict: entity.verdict,
      blockingCount: entity.blockingCount,
      evaluatedAt: entity.evaluatedAt.toISOString(),
    };
  });

  const byCriterion = new Map(
    options.unmetCounts.map(c => [c.criterionId, c.count]),
  );
  const known = new Map(criteria.map(c => [c.id, c]));
  const blockingFirst = (id: string) =>
    known.get(id)?.severity === 'blocking' ? 0 : 1;
  // What keeps gates closed comes first; advisory criteria follow.
  const topFailing = [...byCriterion.entries()]
    .filter(([id]) => known.has(id))
    .sort(
      (a, b) =>
        blockingFirst(a[0]) - blockingFirst(b[0]) ||
        b[1] - a[1] ||
        a[0].localeCompare(b[0]),
    )
    .slice(0, TOP_FAILING)
    .map(([id, count]) => {
      const criterion = known.get(id)!;
      return {
        criterionId: id,
        title: criterion.title[language],
        step: criterion.step,
        severity: criterion.severity,
        count,
      };
    });

  return {
    groupRef: options.groupRef,
    groupRefs: options.groupRefs,
    generatedAt: options.now.toISOString(),
    total: rows.length,
    counts,
    verdicts,
    topFailing,
    entities: rows,
    trend: buildTrend(options.history, options.weeks, options.now),
  };
}
