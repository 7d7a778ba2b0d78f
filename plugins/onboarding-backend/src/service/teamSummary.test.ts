import { DEFAULT_CRITERIA } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import {
  countByCriterion,
  countByStepAndVerdict,
  countNextGateBlockers,
  pageRows,
  summarize,
  toTrend,
  trendWeeks,
  weekStart,
} from './teamSummary';

const at = (iso: string) => new Date(iso);

const row = (
  entityRef: string,
  step: number,
  verdict: 'GO' | 'NO-GO' | 'NONE',
  ownerRef?: string,
) => ({
  entityRef,
  kind: 'component',
  ...(ownerRef ? { ownerRef } : {}),
  step,
  verdict,
  blockingCount: verdict === 'NO-GO' ? 1 : 0,
  evaluatedAt: at('2026-11-20T00:00:00Z'),
});

describe('weekStart', () => {
  it('is the Monday 00:00 UTC of the week', () => {
    expect(weekStart(at('2026-11-25T15:00:00Z')).toISOString()).toBe(
      '2026-11-23T00:00:00.000Z',
    ); // a Wednesday
    expect(weekStart(at('2026-11-23T00:00:00Z')).toISOString()).toBe(
      '2026-11-23T00:00:00.000Z',
    ); // the Monday
    expect(weekStart(at('2026-11-29T23:59:59Z')).toISOString()).toBe(
      '2026-11-23T00:00:00.000Z',
    ); // the Sunday
  });
});

describe('trendWeeks and toTrend', () => {
  it('ends with the current week, counted up to now', () => {
    const now = at('2026-11-25T12:00:00Z');
    const weeks = trendWeeks(3, now);
    expect(
      weeks.map(w => [w.start.toISOString(), w.end.toISOString()]),
    ).toEqual([
      ['2026-11-09T00:00:00.000Z', '2026-11-16T00:00:00.000Z'],
      ['2026-11-16T00:00:00.000Z', '2026-11-23T00:00:00.000Z'],
      ['2026-11-23T00:00:00.000Z', '2026-11-25T12:00:00.001Z'],
    ]);
    const counts = { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0 };
    expect(
      toTrend(weeks, [
        { counts, criteriaChanges: 0 },
        { counts, criteriaChanges: 2 },
        { counts, criteriaChanges: 0 },
      ]).map(p => [p.weekStart, p.criteriaChanged]),
    ).toEqual([
      ['2026-11-09', false],
      ['2026-11-16', true],
      ['2026-11-23', false],
    ]);
  });
});

describe('pageRows', () => {
  const rows = [
    row('component:default/b', 2, 'NO-GO', 'group:default/team'),
    row('component:default/a', 2, 'GO', 'group:default/sub'),
    row('component:default/c', 1, 'NO-GO'),
    row('api:default/a_b', 5, 'NONE', 'group:default/team'),
  ];
  const page = {
    limit: 2,
    offset: 0,
    sort: 'entityRef',
    order: 'asc',
  } as const;
  const refs = (result: { items: Array<{ entityRef: string }> }) =>
    result.items.map(r => r.entityRef);

  it('sorts, breaks ties by entity ref and pages', () => {
    expect(refs(pageRows(rows, page))).toEqual([
      'api:default/a_b',
      'component:default/a',
    ]);
    expect(refs(pageRows(rows, { ...page, offset: 2 }))).toEqual([
      'component:default/b',
      'component:default/c',
    ]);
    expect(
      refs(pageRows(rows, { ...page, limit: 4, sort: 'step', order: 'desc' })),
    ).toEqual([
      'api:default/a_b',
      'component:default/a',
      'component:default/b',
      'component:default/c',
    ]);
    // Missing owners first when ascending, as the database sorts them.
    expect(
      refs(pageRows(rows, { ...page, limit: 1, sort: 'ownerRef' })),
    ).toEqual(['component:default/c']);
  });

  it('searches entity and owner refs, case-insensitively, and counts the matches', () => {
    const found = pageRows(rows, { ...page, q: 'SUB' });
    expect(refs(found)).toEqual(['component:default/a']);
    expect(found.total).toBe(1);
    expect(pageRows(rows, { ...page, q: 'team' }).total).toBe(2);
  });
});

describe('summarize', () => {
  it('counts steps and verdicts and ranks the unmet criteria', () => {
    const unmet = (entityRef: string, criterionId: string) => ({
      entityRef,
      criterionId,
      step: 1,
      severity: 'blocking',
      state: 'fail',
    });
    const summary = summarize({
      groupRef: 'group:default/team',
      groupRefs: ['group:default/team'],
      stepVerdictCounts: countByStepAndVerdict([
        row('a', 1, 'NO-GO'),
        row('b', 1, 'NO-GO'),
        row('c', 5, 'NONE'),
      ]),
      unmetCounts: countByCriterion([
        unmet('a', 'S1-PREQUAL'),
        unmet('b', 'S1-PREQUAL'),
        unmet('b', 'S1-SPONSOR'),
        unmet('a', 'GONE'),
        // Advisory, and more frequent: still after the blocking ones.
        unmet('a', 'S2-SIZING'),
        unmet('b', 'S2-SIZING'),
        unmet('c', 'S2-SIZING'),
      ]),
      nextGateCounts: [
        { criterionId: 'S1-SPONSOR', count: 1 },
        { criterionId: 'GONE', count: 9 },
        { criterionId: 'S1-PREQUAL', count: 2 },
      ],
      trend: [],
      criteria: DEFAULT_CRITERIA,
      language: 'en',
      now: at('2026-11-25T12:00:00Z'),
    });
    expect(summary.total).toBe(3);
    expect(summary.counts).toEqual({ 1: 2, 2: 0, 3: 0, 4: 0, 5: 1 });
    expect(summary.verdicts).toEqual({ GO: 0, 'NO-GO': 2, NONE: 1 });
    expect(summary.topFailing.map(f => [f.criterionId, f.count])).toEqual([
      ['S1-PREQUAL', 2],
      ['S1-SPONSOR', 1],
      ['S2-SIZING', 3],
    ]);
    expect(summary.topFailing[0].title).toBe('Prequalification is done');
    // Criteria no longer configured are left out; most entities first.
    expect(
      summary.nextGateBlockers.map(f => [f.criterionId, f.step, f.count]),
    ).toEqual([
      ['S1-PREQUAL', 1, 2],
      ['S1-SPONSOR', 1, 1],
    ]);
  });
});

describe('countNextGateBlockers', () => {
  const latest = (entityRef: string, step: number) => ({
    entityRef,
    kind: 'component',
    step,
    verdict: step === 5 ? ('NONE' as const) : ('NO-GO' as const),
    blockingCount: 0,
    evaluatedAt: new Date('2026-11-25T12:00:00Z'),
  });
  const unmetRow = (
    entityRef: string,
    criterionId: string,
    step: number,
    severity = 'blocking',
  ) => ({ entityRef, criterionId, step, severity, state: 'fail' });

  it("counts only blocking criteria of each entity's own step, none at step 5", () => {
    const counts = countNextGateBlockers(
      [latest('a', 1), latest('b', 2), latest('c', 5)],
      [
        unmetRow('a', 'S1-PREQUAL', 1),
        unmetRow('a', 'S2-PLAN', 2), // a later gate: not what holds a now
        unmetRow('a', 'S1-ADVICE', 1, 'advisory'),
        unmetRow('b', 'S2-PLAN', 2),
        unmetRow('c', 'S5-BEST', 5),
        unmetRow('hidden', 'S1-PREQUAL', 1), // not among the entities
      ],
    );
    expect(counts).toEqual([
      { criterionId: 'S1-PREQUAL', count: 1 },
      { criterionId: 'S2-PLAN', count: 1 },
    ]);
  });
});
