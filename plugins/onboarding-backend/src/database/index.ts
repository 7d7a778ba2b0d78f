export type {
  EvaluationStore,
  EvaluationHistoryEntry,
  GetHistoryOptions,
  LatestPageOptions,
  LatestEvaluationSummary,
  LatestExempted,
  ListLatestOptions,
  SaveEvaluationInput,
  SaveEvaluationResult,
  StepVerdictQuery,
  StepVerdictRow,
  StoredEvaluation,
  StoredVerdict,
  SummaryScope,
  TrendCounts,
  TrendWeek,
  UnmetCriterionRow,
} from './EvaluationStore';
export { DatabaseEvaluationStore } from './DatabaseEvaluationStore';
export { stableHash } from './fingerprint';
