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
// Team objectives (issue 12 §2).
export type { ObjectiveStore, ObjectiveHistoryRow } from './ObjectiveStore';
export { DatabaseObjectiveStore } from './DatabaseObjectiveStore';
// Shared self-training paths (issue 14 §3).
export type { TrainingStore, SharedTraining } from './TrainingStore';
export { DatabaseTrainingStore } from './DatabaseTrainingStore';
