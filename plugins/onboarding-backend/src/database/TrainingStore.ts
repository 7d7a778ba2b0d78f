import { SharedTrainingInput } from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** A self-training path as its owner shared it. */
export interface SharedTraining extends SharedTrainingInput {
  userRef: string;
  updatedAt: string;
}

/**
 * The self-training paths people share with their teams. Only shared paths are stored
 * (a path itself lives in its owner's user settings); user refs are stored in lower case.
 */
export interface TrainingStore {
  /** Stores or replaces the person's shared path. */
  share(userRef: string, input: SharedTrainingInput, at: Date): Promise<void>;
  /** Forgets the person's shared path; false when none was shared. */
  unshare(userRef: string): Promise<boolean>;
  get(userRef: string): Promise<SharedTraining | undefined>;
  /** The shared paths among these users (the others shared nothing). */
  listShared(userRefs: string[]): Promise<SharedTraining[]>;
}
