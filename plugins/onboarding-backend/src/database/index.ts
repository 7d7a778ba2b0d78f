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
} from './EvaluationStore';
export { DatabaseEvaluationStore } from './DatabaseEvaluationStore';
