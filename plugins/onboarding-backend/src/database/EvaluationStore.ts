import { EntityEvaluation } from '@cloud-pi-native/backstage-plugin-onboarding-common';

/**
 * The verdict of an entity's next gate; `NONE` at step 5, which has no gate.
 */
export type StoredVerdict = 'GO' | 'NO-GO' | 'NONE';

export interface SaveEvaluationInput {
  entityRef: string;
  kind: string;
  ownerRef?: string;
  evaluation: EntityEvaluation;
  /** Identifies the criteria set used, so that a change of criteria counts as a change of result. */
  criteriaVersion: string;
  evaluatedAt: Date;
}

export interface SaveEvaluationResult {
  /** True when the result differs from the entity's latest one and a history row was added. */
  changed: boolean;
  /** Id of the entity's latest evaluation, new or unchanged. */
  id: number;
  /** When the entity's latest result was first seen: now if it changed, earlier otherwise. */
  evaluatedAt: Date;
}

/** The latest evaluation of an entity, in full. */
export interface StoredEvaluation {
  id: number;
  entityRef: string;
  /** When this result was first seen. */
  evaluatedAt: Date;
  /** When the entity was last evaluated, even if the result did not change. */
  checkedAt?: Date;
  criteriaVersion: string;
  evaluation: EntityEvaluation;
}

/** One change of an entity's result, summarized. */
export interface EvaluationHistoryEntry {
  id: number;
  evaluatedAt: Date;
  step: number;
  declaredStep?: number;
  verdict: StoredVerdict;
  blockingCount: number;
}

export interface GetHistoryOptions {
  /** Defaults to 100, at most 1000. */
  limit?: number;
  /** Only evaluations strictly older than this. */
  before?: Date;
}

export interface ListLatestOptions {
  /** Only entities owned by one of these; an empty list matches nothing. */
  ownerRefs?: string[];
  /** Only entities of one of these kinds; an empty list matches nothing. */
  kinds?: string[];
  /** Defaults to 100, at most 1000. */
  limit?: number;
  offset?: number;
}

/** The latest evaluation of an entity, summarized. */
export interface LatestEvaluationSummary {
  entityRef: string;
  kind: string;
  ownerRef?: string;
  step: number;
  verdict: StoredVerdict;
  blockingCount: number;
  evaluatedAt: Date;
}

/**
 * Persists entity evaluations: a history of result changes and the latest result
 * of each entity.
 *
 * Entity refs, owner refs and kinds are case-insensitive in Backstage, so they are
 * stored, compared and returned in lowercase.
 */
/** One unmet criterion of an entity's latest evaluation. */
export interface UnmetCriterionRow {
  entityRef: string;
  criterionId: string;
  step: number;
  severity: string;
  state: string;
}

export interface EvaluationStore {
  /**
   * Records an evaluation. Adds a history row only when the result differs from the
   * entity's latest one; always records that the entity was checked. Safe to call
   * concurrently for the same entity from several backend instances.
   */
  saveEvaluation(input: SaveEvaluationInput): Promise<SaveEvaluationResult>;

  getLatest(entityRef: string): Promise<StoredEvaluation | undefined>;

  /** The entity's result changes, newest first. */
  getHistory(
    entityRef: string,
    options?: GetHistoryOptions,
  ): Promise<EvaluationHistoryEntry[]>;

  /** The latest evaluation of each entity, ordered by entity ref. */
  listLatest(options: ListLatestOptions): Promise<LatestEvaluationSummary[]>;

  /**
   * Deletes history rows evaluated before the cutoff, except each entity's latest
   * evaluation. Returns how many rows were deleted.
   */
  /** Every latest evaluation of entities owned by these owners (no paging: summaries need them all). */
  listLatestForOwners(ownerRefs: string[]): Promise<LatestEvaluationSummary[]>;

  /** The latest evaluations of these entities (those evaluated at least once). */
  listLatestByRefs(entityRefs: string[]): Promise<LatestEvaluationSummary[]>;

  /** How many of these owners' entities fail each criterion, counted by the database. */
  countUnmetForOwners(
    ownerRefs: string[],
    options?: { excludeKinds?: string[] },
  ): Promise<Array<{ criterionId: string; count: number }>>;

  /** The unmet criteria (fail, invalid, unknown) of the latest evaluations of these owners' entities. */
  listUnmetForOwners(ownerRefs: string[]): Promise<UnmetCriterionRow[]>;

  /** Every stored evaluation (oldest first) of entities these owners own now. */
  listHistoryForOwners(
    ownerRefs: string[],
  ): Promise<Array<{ entityRef: string; evaluatedAt: Date; step: number }>>;

  deleteOlderThan(cutoff: Date): Promise<number>;

  /** Forgets an entity entirely, e.g. once it left the catalog. */
  deleteEntity(entityRef: string): Promise<void>;
}
