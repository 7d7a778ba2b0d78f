import { StepNumber } from '../journey';

/** One entity in a team summary. */
export interface TeamEntityRow {
  entityRef: string;
  kind: string;
  ownerRef?: string;
  step: StepNumber;
  /** Verdict of the gate the entity stands before; `NONE` at step 5. */
  verdict: 'GO' | 'NO-GO' | 'NONE';
  /** How many blocking criteria keep that gate closed. */
  blockingCount: number;
  evaluatedAt: string;
}

/** Entities per step at the end of one week. */
export interface TrendPoint {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  weekStart: string;
  counts: Record<StepNumber, number>;
}

/** What `GET /groups/:namespace/:name/summary` answers: the maturity of a team and its sub-teams. */
export interface TeamSummary {
  groupRef: string;
  /** The group and all its descendants, whose entities are counted (each once). */
  groupRefs: string[];
  generatedAt: string;
  total: number;
  counts: Record<StepNumber, number>;
  verdicts: { GO: number; 'NO-GO': number; NONE: number };
  /** Unmet criteria, most frequent first. */
  topFailing: Array<{
    criterionId: string;
    title: string;
    step: StepNumber;
    severity: string;
    count: number;
  }>;
  entities: TeamEntityRow[];
  trend: TrendPoint[];
}
