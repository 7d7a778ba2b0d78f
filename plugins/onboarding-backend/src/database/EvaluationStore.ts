import {
  EntityEvaluation,
  StepNumber,
  TeamEntitySort,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

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
  /** When the result changed: the latest result it replaced, if the entity had one. */
  previous?: { id: number; evaluation: EntityEvaluation };
}

/** The latest evaluation of an entity holding at least one exempted criterion. */
export interface LatestExempted {
  entityRef: string;
  ownerRef?: string;
  evaluation: EntityEvaluation;
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

/** One unmet criterion of an entity's latest evaluation. */
export interface UnmetCriterionRow {
  entityRef: string;
  criterionId: string;
  step: number;
  severity: string;
  state: string;
}

/**
 * The entities a team summary covers: those owned by these owners, or exactly these
 * entities (the ones a restricted caller may see); either way without the excluded kinds.
 */
export type SummaryScope = { excludeKinds?: string[] } & (
  | { ownerRefs: string[] }
  | { entityRefs: string[] }
);

/**
 * One week of a trend: counted at `end` (exclusive), criteria changes within [start, end).
 * A trend's weeks follow each other 7 days apart; only the last may end early (now).
 */
export interface TrendWeek {
  start: Date;
  end: Date;
}

export interface TrendCounts {
  counts: Record<StepNumber, number>;
  /** How many entities moved to another criteria version during the week. */
  criteriaChanges: number;
}

/** Which latest results the catalog's onboarding filter lists. */
export interface StepVerdictQuery {
  /** Only entities at one of these steps; all steps when absent. */
  steps?: number[];
  /** Only entities whose next gate has one of these verdicts; all when absent. */
  verdicts?: StoredVerdict[];
  /** At most this many rows (the caller asks one more to know whether it truncated). */
  limit: number;
}

/** An entity's step and next-gate verdict, as stored in its latest result. */
export interface StepVerdictRow {
  entityRef: string;
  step: number;
  verdict: StoredVerdict;
}

export interface LatestPageOptions {
  limit: number;
  offset: number;
  sort: TeamEntitySort;
  order: 'asc' | 'desc';
  /** Only entity or owner refs containing this text, case-insensitive. */
  q?: string;
}

/**
 * Persists entity evaluations: a history of result changes and the latest result
 * of each entity.
 *
 * Entity refs, owner refs and kinds are case-insensitive in Backstage, so they are
 * stored, compared and returned in lowercase.
 */
export interface EvaluationStore {
  /**
   * Records an evaluation. Adds a history row only when the result differs from the
   * entity's latest one; always records that the entity was checked. Safe to call
   * concurrently for the same entity from several backend instances.
   */
  saveEvaluation(input: SaveEvaluationInput): Promise<SaveEvaluationResult>;

  getLatest(entityRef: string): Promise<StoredEvaluation | undefined>;

  /**
   * One page, by entity ref, of the latest evaluations that exempt at least one
   * criterion (the exemption reminders read them).
   */
  listLatestExempted(options: {
    after?: string;
    limit: number;
  }): Promise<LatestExempted[]>;

  /** The entity's result changes, newest first. */
  getHistory(
    entityRef: string,
    options?: GetHistoryOptions,
  ): Promise<EvaluationHistoryEntry[]>;

  /** The latest evaluation of each entity, ordered by entity ref. */
  listLatest(options: ListLatestOptions): Promise<LatestEvaluationSummary[]>;

  /** Every latest evaluation of entities owned by these owners (for callers whose rows are filtered one by one). */
  listLatestForOwners(ownerRefs: string[]): Promise<LatestEvaluationSummary[]>;

  /** How many entities of each kind stand at each step, over the whole store (the portal's metrics). */
  countLatestByStep(): Promise<
    Array<{ kind: string; step: number; count: number }>
  >;

  /** How many entities of the scope stand at each step with each verdict. */
  countLatest(
    scope: SummaryScope,
  ): Promise<Array<{ step: number; verdict: StoredVerdict; count: number }>>;

  /** One sorted page of the latest evaluations of entities owned by these owners, and how many match. */
  pageLatest(
    scope: { ownerRefs: string[]; excludeKinds?: string[] },
    page: LatestPageOptions,
  ): Promise<{ items: LatestEvaluationSummary[]; total: number }>;

  /** The step and verdict of every latest result matching the query, ordered by entity ref. */
  listStepVerdicts(query: StepVerdictQuery): Promise<StepVerdictRow[]>;

  /** The latest evaluations of these entities (those evaluated at least once). */
  listLatestByRefs(entityRefs: string[]): Promise<LatestEvaluationSummary[]>;

  /** How many entities of the scope fail each criterion, counted by the database. */
  countUnmet(
    scope: SummaryScope,
  ): Promise<Array<{ criterionId: string; count: number }>>;

  /**
   * How many entities of the scope each blocking criterion keeps before their next gate
   * (unmet, of the step the entity stands at, steps 1 to 4), counted by the database.
   */
  countNextGateBlockers(
    scope: SummaryScope,
  ): Promise<Array<{ criterionId: string; count: number }>>;

  /** The unmet criteria (fail, invalid, unknown) of the latest evaluations of these owners' entities. */
  listUnmetForOwners(ownerRefs: string[]): Promise<UnmetCriterionRow[]>;

  /**
   * Per week, the entities of the scope at each step at the week's end (each at the
   * step of its last evaluation before it, none before its first), counted by the
   * database from the history of those weeks and the last evaluation before them only.
   */
  countTrend(scope: SummaryScope, weeks: TrendWeek[]): Promise<TrendCounts[]>;

  /**
   * Deletes history rows evaluated before the cutoff, except each entity's latest
   * evaluation; rows of an entity removed from the catalog stay until its removal is
   * older than the cutoff. Returns how many rows were deleted.
   */
  deleteOlderThan(cutoff: Date): Promise<number>;

  /**
   * Refs of the latest evaluations of these kinds last checked before a time: the
   * candidates for removal once a full catalog pass that began then did not find them.
   */
  listLatestRefsCheckedBefore(options: {
    kinds: string[];
    checkedBefore: Date;
  }): Promise<string[]>;

  /**
   * Entities that left the catalog: their latest rows go, so that no summary counts
   * them; their history stays, marked as removed, until retention. Returns how many
   * latest rows were removed.
   */
  markRemoved(entityRefs: string[], removedAt: Date): Promise<number>;

  /** Forgets an entity entirely, history included (e.g. a request to erase it). */
  deleteEntity(entityRef: string): Promise<void>;
}
