import { StepNumber } from '../journey';

/** One entity in a team summary. */
export interface TeamEntityRow {
  entityRef: string;
  kind: string;
  ownerRef?: string;
  step: StepNumber;
  /** Verdict of the gate the entity stands before; `NONE` at step 5. */
  verdict: 'GO' | 'NO-GO' | 'NONE';
  /** How many blocking criteria keep that gate closed. */
  blockingCount: number;
  evaluatedAt: string;
}

/** Columns the team's entity table can be sorted by, on the server. */
export const TEAM_ENTITY_SORTS = [
  'entityRef',
  'kind',
  'ownerRef',
  'step',
  'verdict',
  'blockingCount',
  'evaluatedAt',
] as const;
export type TeamEntitySort = (typeof TEAM_ENTITY_SORTS)[number];

/** Which page of a team's entities a summary lists. */
export interface TeamEntityPage {
  /** Entities per page, 1 to 1000 (default 20). */
  limit?: number;
  offset?: number;
  /** Defaults to `entityRef`; ties are broken by entity ref. */
  sort?: TeamEntitySort;
  order?: 'asc' | 'desc';
  /** Only entities whose ref or owner ref contains this text (case-insensitive). */
  q?: string;
}

/** Entities per step at the end of one week. */
export interface TrendPoint {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  weekStart: string;
  counts: Record<StepNumber, number>;
  /**
   * True when entities were re-evaluated under another criteria version during the
   * week: counts before and after are not measured by the same criteria.
   */
  criteriaChanged: boolean;
}

/** A criterion and how many of a team's entities it counts against. */
export interface TeamCriterionCount {
  criterionId: string;
  title: string;
  step: StepNumber;
  severity: string;
  count: number;
}

/** What `GET /groups/:namespace/:name/summary` answers: the maturity of a team and its sub-teams. */
export interface TeamSummary {
  groupRef: string;
  /** The group and all its descendants the caller may see, whose entities are counted (each once). */
  groupRefs: string[];
  generatedAt: string;
  total: number;
  counts: Record<StepNumber, number>;
  verdicts: { GO: number; 'NO-GO': number; NONE: number };
  /** Unmet criteria of every step, blocking first, then most frequent first. */
  topFailing: TeamCriterionCount[];
  /**
   * What holds the team now: the blocking criteria that keep each entity's next gate
   * closed (those of the step it stands at), counted over the entities, most frequent first.
   */
  nextGateBlockers: TeamCriterionCount[];
  /** One page of the entities (see {@link TeamEntityPage}), sorted and searched on the server. */
  entities: TeamEntityRow[];
  /** How many entities match the search (all of them without `q`), over all pages. */
  entitiesTotal: number;
  trend: TrendPoint[];
}
