/**
 * What this instance last recorded for each entity it evaluated on a read: the result's
 * fingerprint and since when the store holds it. A read whose fresh evaluation has the
 * same fingerprint skips the database write (the store already holds that result).
 *
 * Entries expire after `ttlMs`, so a change recorded by another instance (which this
 * memo cannot see) is reconciled at the next read after that delay; the page itself is
 * always evaluated fresh, only the stored copy can lag. Bounded to `maxEntries`, oldest
 * first out.
 */
export class RecentResults {
  private readonly entries = new Map<
    string,
    { fingerprint: string; since: Date; at: number }
  >();

  constructor(
    private readonly options: {
      ttlMs: number;
      maxEntries: number;
      clock?: () => number;
    },
  ) {}

  private nowMs() {
    return this.options.clock?.() ?? Date.now();
  }

  /** Since when the store holds this very result, if this instance recorded it recently. */
  sinceIfUnchanged(entityRef: string, fingerprint: string): Date | undefined {
    const entry = this.entries.get(entityRef);
    if (!entry) return undefined;
    if (this.nowMs() - entry.at >= this.options.ttlMs) {
      this.entries.delete(entityRef);
      return undefined;
    }
    return entry.fingerprint === fingerprint ? entry.since : undefined;
  }

  remember(entityRef: string, fingerprint: string, since: Date) {
    this.entries.delete(entityRef);
    this.entries.set(entityRef, { fingerprint, since, at: this.nowMs() });
    // Maps iterate in insertion order: the first key is the oldest entry.
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size() {
    return this.entries.size;
  }
}
