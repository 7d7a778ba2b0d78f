import { GatheredFacts } from '@cloud-pi-native/backstage-plugin-onboarding-node';

/** What a fact source last gathered about an entity, as stored. */
export interface StoredFacts {
  entityRef: string;
  source: string;
  facts: Record<string, unknown>;
  unavailable: Record<string, string>;
  missing: Record<string, string>;
  /** Last successful gathering; absent if none succeeded yet. */
  gatheredAt?: Date;
  /** Why the last gathering failed, while it fails. */
  error?: string;
  /** Since when it fails (the first failure of the current run of failures). */
  failingSince?: Date;
}

/** How one source stands across the entities it covers, from what is stored. */
export interface SourceHealthRow {
  source: string;
  entities: number;
  failing: number;
  lastGatheredAt?: Date;
  /** The oldest failure still current, and its message. */
  failingSince?: Date;
  lastError?: string;
}

/**
 * Persists the latest facts per entity and fact source. Entity refs are stored in lower
 * case, like the evaluation store.
 */
export interface FactStore {
  /** Records a successful gathering; tells whether the facts differ from the stored ones. */
  recordGathered(
    entityRef: string,
    source: string,
    gathered: GatheredFacts,
  ): Promise<{ changed: boolean }>;
  /** Records a failed gathering, keeping the facts and the first failure time; tells whether the entity was not failing before. */
  recordFailure(
    entityRef: string,
    source: string,
    error: string,
    at: Date,
  ): Promise<{ changed: boolean }>;
  /** Every source's latest facts about one entity. */
  getFacts(entityRef: string): Promise<StoredFacts[]>;
  /** Every source's latest facts about many entities, by lower-cased ref (a pass over the catalog reads a page at once). */
  getFactsOfEntities(
    entityRefs: readonly string[],
  ): Promise<Map<string, StoredFacts[]>>;
  /** Per source: entities covered, how many fail, the last gathering and the oldest current failure. */
  sourceHealth(): Promise<SourceHealthRow[]>;
  /** Forgets a source's facts about entities outside `keep` (they left the catalog or the source's scope). */
  deleteOtherEntities(source: string, keep: Set<string>): Promise<number>;
}
