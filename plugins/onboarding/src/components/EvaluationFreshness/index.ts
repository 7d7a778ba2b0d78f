export { EvaluationFreshness, formatDateTime } from './EvaluationFreshness';
