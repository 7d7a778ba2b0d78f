import {
  Objective,
  ObjectiveInput,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** One stored change of an entity's result, as an objective's trend reads it. */
export interface ObjectiveHistoryRow {
  entityRef: string;
  evaluatedAt: Date;
  step: number;
  /** The criteria the entity did not meet (fail, invalid or unknown). */
  unmet: Set<string>;
}

/**
 * Persists the objectives set in the portal, and reads the evaluation history their
 * weekly trend is drawn from. Group refs are stored in lower case.
 */
export interface ObjectiveStore {
  /** Every stored objective, by due date then id. */
  listObjectives(): Promise<Objective[]>;
  getObjective(id: string): Promise<Objective | undefined>;
  createObjective(
    input: ObjectiveInput,
    by: { id: string; userRef: string; at: Date },
  ): Promise<Objective>;
  /** Replaces an objective's fields; undefined when there is no such objective. */
  updateObjective(
    id: string,
    input: ObjectiveInput,
    by: { userRef: string; at: Date },
  ): Promise<Objective | undefined>;
  /** False when there was no such objective. */
  deleteObjective(id: string): Promise<boolean>;
  /**
   * The result changes of these entities from `from` on, and for each entity the last
   * one before `from` (where its trend starts), oldest first.
   */
  listHistorySince(
    entityRefs: string[],
    from: Date,
  ): Promise<ObjectiveHistoryRow[]>;
}
