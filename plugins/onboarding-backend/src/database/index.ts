export type {
  EvaluationStore,
  EvaluationHistoryEntry,
  GetHistoryOptions,
  LatestEvaluationSummary,
  ListLatestOptions,
  SaveEvaluationInput,
  SaveEvaluationResult,
  StoredEvaluation,
  StoredVerdict,
  UnmetCriterionRow,
} from './EvaluationStore';
export { DatabaseEvaluationStore } from './DatabaseEvaluationStore';
export { fingerprintOf } from './fingerprint';
