import { StepNumber } from '../journey';

/**
 * What an objective asks of each entity of its teams: to have reached a step, or to
 * pass a set of criteria (exempted or not applicable counts as met, as in a gate).
 */
export type ObjectiveTarget = { step: StepNumber } | { criteria: string[] };

/** What a caller sends to create or change an objective. */
export interface ObjectiveInput {
  title: string;
  /** The group whose entities, and those of its sub-groups, the objective covers. */
  groupRef: string;
  target: ObjectiveTarget;
  /** YYYY-MM-DD. */
  dueDate: string;
}

/** An objective set for teams, stored or declared in app-config.yaml. */
export interface Objective extends ObjectiveInput {
  id: string;
  /** `config` objectives are declared in app-config.yaml and read-only. */
  origin: 'config' | 'stored';
  createdBy?: string;
  /** ISO date-time. */
  createdAt?: string;
  updatedBy?: string;
  updatedAt?: string;
}

/** One week of an objective's trend: the share of the entities meeting its target. */
export interface ObjectiveTrendPoint {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  weekStart: string;
  /** Entities counted at the week's end. */
  total: number;
  meeting: number;
}

/** When the share meeting the target would reach 100 %, at the current pace. */
export type ObjectiveProjection =
  /** Every entity meets the target already. */
  | { kind: 'reached' }
  /** The linear trend reaches 100 % on this day (YYYY-MM-DD). */
  | { kind: 'projected'; date: string }
  /** The trend is flat or falling. */
  | { kind: 'unreachable' }
  /** Fewer than two weeks with entities: no trend yet. */
  | { kind: 'insufficient-data' };

/** An entity of the objective's teams not meeting its target. */
export interface ObjectiveLaggard {
  entityRef: string;
  step: StepNumber;
  /** The target's criteria this entity does not meet (criteria targets only). */
  unmetCriteria?: string[];
}

/** What `GET /objectives/:id` answers. */
export interface ObjectiveProgress {
  objective: Objective;
  /** The group and its sub-groups the caller may see. */
  groupRefs: string[];
  generatedAt: string;
  /** Entities counted (those the caller may see), and how many meet the target. */
  total: number;
  meeting: number;
  /** The entities not meeting the target, by entity ref. */
  notMeeting: ObjectiveLaggard[];
  /** True when the due date has passed: the entities not meeting the target are late. */
  overdue: boolean;
  trend: ObjectiveTrendPoint[];
  projection: ObjectiveProjection;
}

/** What `GET /objectives` answers. */
export interface ObjectiveList {
  items: Objective[];
}
