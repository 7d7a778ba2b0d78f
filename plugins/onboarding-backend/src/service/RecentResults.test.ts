import { RecentResults } from './RecentResults';

describe('RecentResults', () => {
  const since = new Date('2026-11-01T10:00:00Z');

  it('answers only for the same fingerprint, within the time to live', () => {
    let now = 0;
    const recent = new RecentResults({
      ttlMs: 1000,
      maxEntries: 10,
      clock: () => now,
    });
    recent.remember('component:default/a', 'f1', since);
    expect(recent.sinceIfUnchanged('component:default/a', 'f1')).toBe(since);
    expect(
      recent.sinceIfUnchanged('component:default/a', 'f2'),
    ).toBeUndefined();
    expect(
      recent.sinceIfUnchanged('component:default/b', 'f1'),
    ).toBeUndefined();
    now = 1000;
    expect(
      recent.sinceIfUnchanged('component:default/a', 'f1'),
    ).toBeUndefined();
    expect(recent.size).toBe(0);
  });

  it('keeps at most maxEntries, dropping the least recently recorded', () => {
    const recent = new RecentResults({ ttlMs: 60_000, maxEntries: 2 });
    recent.remember('a', 'f', since);
    recent.remember('b', 'f', since);
    recent.remember('a', 'f', since); // recorded again: now the newest
    recent.remember('c', 'f', since);
    expect(recent.size).toBe(2);
    expect(recent.sinceIfUnchanged('b', 'f')).toBeUndefined();
    expect(recent.sinceIfUnchanged('a', 'f')).toBe(since);
    expect(recent.sinceIfUnchanged('c', 'f')).toBe(since);
  });
});
