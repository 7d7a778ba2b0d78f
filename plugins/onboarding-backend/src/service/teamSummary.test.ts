import { DEFAULT_CRITERIA } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import {
  buildTrend,
  countByCriterion,
  summarize,
  weekStart,
} from './teamSummary';

const at = (iso: string) => new Date(iso);

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

describe('buildTrend', () => {
  const now = at('2026-11-25T12:00:00Z');
  const history = [
    { entityRef: 'a', evaluatedAt: at('2026-11-03T10:00:00Z'), step: 1 },
    { entityRef: 'a', evaluatedAt: at('2026-11-18T10:00:00Z'), step: 2 },
    { entityRef: 'b', evaluatedAt: at('2026-11-10T09:00:00Z'), step: 3 },
    { entityRef: 'a', evaluatedAt: at('2026-11-24T08:00:00Z'), step: 3 },
  ];

  it('counts each entity once per week, at its last step before the week ends', () => {
    const trend = buildTrend(history, 4, now);
    expect(trend.map(p => p.weekStart)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(trend.map(p => p.counts)).toEqual([
      { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0 },
      { 1: 1, 2: 0, 3: 1, 4: 0, 5: 0 },
      { 1: 0, 2: 1, 3: 1, 4: 0, 5: 0 },
      { 1: 0, 2: 0, 3: 2, 4: 0, 5: 0 },
    ]);
  });

  it('ignores evaluations after now and counts nobody before their first evaluation', () => {
    const later = [
      ...history,
      { entityRef: 'c', evaluatedAt: at('2026-11-26T08:00:00Z'), step: 5 },
    ];
    const trend = buildTrend(later, 6, now);
    expect(trend[0].counts).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });
    expect(trend[5].counts[5]).toBe(0);
  });
});

describe('summarize', () => {
  it('counts steps and verdicts and ranks the unmet criteria', () => {
    const row = (
      entityRef: string,
      step: number,
      verdict: 'GO' | 'NO-GO' | 'NONE',
    ) => ({
      entityRef,
      kind: 'component',
      ownerRef: 'group:default/team',
      step,
      verdict,
      blockingCount: verdict === 'NO-GO' ? 1 : 0,
      evaluatedAt: at('2026-11-20T00:00:00Z'),
    });
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
      entities: [
        row('a', 1, 'NO-GO'),
        row('b', 1, 'NO-GO'),
        row('c', 5, 'NONE'),
      ],
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
      history: [],
      criteria: DEFAULT_CRITERIA,
      language: 'en',
      weeks: 2,
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
    expect(summary.trend).toHaveLength(2);
  });
});
