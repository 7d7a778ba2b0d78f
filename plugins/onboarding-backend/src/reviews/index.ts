export type { GateReviewStore, NewGateReview } from './GateReviewStore';
export { DatabaseGateReviewStore } from './DatabaseGateReviewStore';
export { GateReviews } from './GateReviews';
