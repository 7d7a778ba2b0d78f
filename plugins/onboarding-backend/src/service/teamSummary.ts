import {
  Criterion,
  Language,
  StepNumber,
  TeamEntityRow,
  TeamSummary,
  TrendPoint,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import {
  LatestEvaluationSummary,
  LatestPageOptions,
  StoredVerdict,
  TrendCounts,
  TrendWeek,
  UnmetCriterionRow,
} from '../database';

const DAY_MS = 24 * 60 * 60 * 1000;
const TOP_FAILING = 10;

/** Monday 00:00 UTC of the week holding `date`. */
export function weekStart(date: Date): Date {
  const day = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()),
  );
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/**
 * The last `weeks` weeks, the current one included: each counted at its end, the
 * current one up to `now`.
 */
export function trendWeeks(weeks: number, now: Date): TrendWeek[] {
  const current = weekStart(now);
  return Array.from({ length: weeks }, (_, i) => {
    const start = new Date(current.getTime() - (weeks - 1 - i) * 7 * DAY_MS);
    const end = new Date(
      Math.min(start.getTime() + 7 * DAY_MS, now.getTime() + 1),
    );
    return { start, end };
  });
}

/** The trend as the summary shows it: the counts the store made, week by week. */
export function toTrend(
  weeks: TrendWeek[],
  counts: TrendCounts[],
): TrendPoint[] {
  return weeks.map((week, i) => ({
    weekStart: week.start.toISOString().slice(0, 10),
    counts: counts[i].counts,
    criteriaChanged: counts[i].criteriaChanges > 0,
  }));
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

/**
 * Counts, row by row as the store does in SQL, the blocking criteria that keep each
 * entity before its next gate: unmet, of the step the entity stands at (1 to 4).
 */
export function countNextGateBlockers(
  entities: LatestEvaluationSummary[],
  rows: UnmetCriterionRow[],
): Array<{ criterionId: string; count: number }> {
  const stepOf = new Map(entities.map(e => [e.entityRef, e.step]));
  return countByCriterion(
    rows.filter(
      row =>
        row.severity === 'blocking' &&
        row.step < 5 &&
        stepOf.get(row.entityRef) === row.step,
    ),
  );
}

/** Counts entities per step and verdict row by row, as the store does in SQL. */
export function countByStepAndVerdict(
  rows: LatestEvaluationSummary[],
): Array<{ step: number; verdict: StoredVerdict; count: number }> {
  const counts = new Map<
    string,
    { step: number; verdict: StoredVerdict; count: number }
  >();
  for (const row of rows) {
    const key = `${row.step}|${row.verdict}`;
    const found = counts.get(key);
    if (found) found.count += 1;
    else counts.set(key, { step: row.step, verdict: row.verdict, count: 1 });
  }
  return [...counts.values()];
}

const SORT_KEYS: Record<
  LatestPageOptions['sort'],
  (row: LatestEvaluationSummary) => string | number | undefined
> = {
  entityRef: row => row.entityRef,
  kind: row => row.kind,
  ownerRef: row => row.ownerRef,
  step: row => row.step,
  verdict: row => row.verdict,
  blockingCount: row => row.blockingCount,
  evaluatedAt: row => row.evaluatedAt.getTime(),
};

/**
 * One page of rows already in memory (a restricted caller's, filtered one by one),
 * searched and sorted as the store's `pageLatest` does in SQL: byte order, missing
 * owners first when ascending, ties by entity ref.
 */
export function pageRows(
  rows: LatestEvaluationSummary[],
  page: LatestPageOptions,
): { items: LatestEvaluationSummary[]; total: number } {
  const q = page.q?.toLocaleLowerCase('en-US');
  const matching = q
    ? rows.filter(
        row => row.entityRef.includes(q) || Boolean(row.ownerRef?.includes(q)),
      )
    : rows;
  const key = SORT_KEYS[page.sort];
  const sign = page.order === 'desc' ? -1 : 1;
  const compare = (
    a: string | number | undefined,
    b: string | number | undefined,
  ) => {
    if (a === b) return 0;
    if (a === undefined) return -1;
    if (b === undefined) return 1;
    return a < b ? -1 : 1;
  };
  const sorted = [...matching].sort(
    (a, b) =>
      sign * compare(key(a), key(b)) || compare(a.entityRef, b.entityRef),
  );
  return {
    items: sorted.slice(page.offset, page.offset + page.limit),
    total: matching.length,
  };
}

export function toEntityRow(entity: LatestEvaluationSummary): TeamEntityRow {
  return {
    entityRef: entity.entityRef,
    kind: entity.kind,
    ...(entity.ownerRef ? { ownerRef: entity.ownerRef } : {}),
    step: entity.step as StepNumber,
    verdict: entity.verdict,
    blockingCount: entity.blockingCount,
    evaluatedAt: entity.evaluatedAt.toISOString(),
  };
}

type CriterionCount = { criterionId: string; count: number };

/** A team summary without its page of entities: what may be reused between pages. */
export type TeamAggregate = Omit<TeamSummary, 'entities' | 'entitiesTotal'>;

/** Puts the aggregate part of a team summary together from what the store counted. */
export function summarize(options: {
  groupRef: string;
  groupRefs: string[];
  /** How many entities stand at each step with each verdict. */
  stepVerdictCounts: Array<{
    step: number;
    verdict: StoredVerdict;
    count: number;
  }>;
  /** How many of the entities fail each criterion. */
  unmetCounts: Array<{ criterionId: string; count: number }>;
  /** How many of the entities each criterion keeps before their next gate. */
  nextGateCounts: Array<{ criterionId: string; count: number }>;
  trend: TrendPoint[];
  criteria: readonly Criterion[];
  language: Language;
  now: Date;
}): TeamAggregate {
  const { criteria, language } = options;
  const counts: Record<StepNumber, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const verdicts = { GO: 0, 'NO-GO': 0, NONE: 0 };
  let total = 0;
  for (const { step, verdict, count } of options.stepVerdictCounts) {
    counts[step as StepNumber] += count;
    verdicts[verdict] += count;
    total += count;
  }

  const known = new Map(criteria.map(c => [c.id, c]));
  const blockingFirst = (id: string) =>
    known.get(id)?.severity === 'blocking' ? 0 : 1;
  const toRow = ({ criterionId, count }: CriterionCount) => {
    const criterion = known.get(criterionId)!;
    return {
      criterionId,
      title: criterion.title[language],
      step: criterion.step,
      severity: criterion.severity,
      count,
    };
  };
  // What keeps gates closed comes first; advisory criteria follow.
  const topFailing = options.unmetCounts
    .filter(({ criterionId }) => known.has(criterionId))
    .sort(
      (a, b) =>
        blockingFirst(a.criterionId) - blockingFirst(b.criterionId) ||
        b.count - a.count ||
        a.criterionId.localeCompare(b.criterionId),
    )
    .slice(0, TOP_FAILING)
    .map(toRow);
  // What holds the team now: most entities first, then the earliest gate.
  const nextGateBlockers = options.nextGateCounts
    .filter(({ criterionId }) => known.has(criterionId))
    .map(toRow)
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.step - b.step ||
        a.criterionId.localeCompare(b.criterionId),
    )
    .slice(0, TOP_FAILING);

  return {
    groupRef: options.groupRef,
    groupRefs: options.groupRefs,
    generatedAt: options.now.toISOString(),
    total,
    counts,
    verdicts,
    topFailing,
    nextGateBlockers,
    trend: options.trend,
  };
}
