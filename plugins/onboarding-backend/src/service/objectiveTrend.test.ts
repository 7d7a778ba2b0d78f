import { objectiveTrend } from './objectiveTrend';
import { trendWeeks } from './teamSummary';

const row = (
  entityRef: string,
  iso: string,
  step: number,
  unmet: string[] = [],
) => ({
  entityRef,
  evaluatedAt: new Date(iso),
  step,
  unmet: new Set(unmet),
});

describe('objectiveTrend', () => {
  const weeks = trendWeeks(3, new Date('2026-11-25T12:00:00Z'));
  const history = [
    row('a', '2026-10-01T00:00:00Z', 1, ['S1-SPONSOR']),
    row('a', '2026-11-17T00:00:00Z', 2),
    row('b', '2026-11-24T00:00:00Z', 3),
  ];

  it('counts each entity by its last result before each week ends, from its first', () => {
    expect(objectiveTrend(history, weeks, { step: 2 })).toEqual([
      { weekStart: '2026-11-09', total: 1, meeting: 0 },
      { weekStart: '2026-11-16', total: 1, meeting: 1 },
      { weekStart: '2026-11-23', total: 2, meeting: 2 },
    ]);
  });

  it('reads the criteria a criteria target names', () => {
    expect(
      objectiveTrend(history, weeks, { criteria: ['S1-SPONSOR'] }).map(
        p => p.meeting,
      ),
    ).toEqual([0, 1, 2]);
  });
});
