export { GateDecisions } from './GateDecisions';
export { GateReviewsPanel } from './GateReviewsPanel';
export { CommitteeSummary } from './CommitteeSummary';
export { ReviewHistory, ReservationText } from './ReviewHistory';
export { ReviewDialog } from './ReviewDialog';
export { useGateReviews } from './useGateReviews';
