import { projectObjective } from './projection';

const NOW = new Date('2026-12-09T12:00:00Z');
const week = (weekStart: string, meeting: number, total = 10) => ({
  weekStart,
  meeting,
  total,
});

describe('projectObjective', () => {
  it('projects the day the linear trend reaches 100 %', () => {
    // +10 points a week from 50 %: 100 % five weeks after 2026-11-23.
    const trend = [
      week('2026-11-09', 3),
      week('2026-11-16', 4),
      week('2026-11-23', 5),
    ];
    expect(projectObjective(trend, new Date('2026-11-25T00:00:00Z'))).toEqual({
      kind: 'projected',
      date: '2026-12-28',
    });
  });

  it('says the target is not reachable when the trend is flat or falling', () => {
    expect(
      projectObjective([week('2026-11-23', 5), week('2026-11-30', 5)], NOW),
    ).toEqual({ kind: 'unreachable' });
    expect(
      projectObjective([week('2026-11-23', 6), week('2026-11-30', 4)], NOW),
    ).toEqual({ kind: 'unreachable' });
  });

  it('says reached when every entity meets the target now', () => {
    expect(
      projectObjective([week('2026-11-23', 2), week('2026-11-30', 10)], NOW),
    ).toEqual({ kind: 'reached' });
  });

  it('needs two weeks with entities; empty weeks are left out', () => {
    expect(projectObjective([], NOW)).toEqual({ kind: 'insufficient-data' });
    expect(
      projectObjective([week('2026-11-23', 0, 0), week('2026-11-30', 3)], NOW),
    ).toEqual({ kind: 'insufficient-data' });
    // The empty week between does not flatten the slope.
    expect(
      projectObjective(
        [
          week('2026-11-16', 2),
          week('2026-11-23', 0, 0),
          week('2026-11-30', 4),
        ],
        new Date('2026-12-01T00:00:00Z'),
      ),
    ).toEqual({ kind: 'projected', date: '2027-01-11' });
  });

  it('never projects a day before today', () => {
    // The line reached 100 % in the past but the last week is below it.
    const trend = [
      week('2026-01-05', 0),
      week('2026-06-01', 10, 11),
      week('2026-06-08', 9),
    ];
    expect(projectObjective(trend, NOW)).toEqual({
      kind: 'projected',
      date: '2026-12-09',
    });
  });
});
