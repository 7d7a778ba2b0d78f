import { StepNumber } from '../journey';

/** One stored evaluation of an entity, as `GET /entities/.../history` serves it. */
export interface EvaluationHistoryItem {
  id: number;
  /** ISO date-time of the evaluation that changed the result. */
  evaluatedAt: string;
  step: StepNumber;
  declaredStep?: StepNumber;
  /** Verdict of the gate the entity stood before; `NONE` at step 5, which has no gate. */
  verdict: 'GO' | 'NO-GO' | 'NONE';
  blockingCount: number;
}

/** The step history of an entity, newest first. */
export interface EntityHistory {
  entityRef: string;
  items: EvaluationHistoryItem[];
}
