export { GateDecisions } from './GateDecisions';
export { GateReviewsPanel } from './GateReviewsPanel';
export { CommitteeSummary } from './CommitteeSummary';
export { ReviewHistory, ReservationText } from './ReviewHistory';
export { ReviewDialog } from './ReviewDialog';
export { ReviewsLoaded } from './ReviewsLoaded';
export { useGateReviews } from './useGateReviews';
