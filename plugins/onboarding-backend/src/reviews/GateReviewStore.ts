import {
  GateReview,
  GateReviewInput,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** A review as the service hands it to the store: the input and who recorded it, when. */
export interface NewGateReview extends GateReviewInput {
  entityRef: string;
  recordedBy: string;
  recordedAt: Date;
}

/** Append-only storage of gate reviews: records are added, never changed or deleted. */
export interface GateReviewStore {
  /** Stores a review and returns it with its id. */
  addReview(review: NewGateReview): Promise<GateReview>;
  /** Every review of an entity, newest first. */
  listReviews(entityRef: string): Promise<GateReview[]>;
  /** One review by id, if it belongs to the entity. */
  getReview(entityRef: string, id: number): Promise<GateReview | undefined>;
}
