import { StepNumber } from '../journey';
import { CriterionState } from './types';

/** How good a template is: where projects created from it start, and the share of criteria it meets. */
export interface TemplateScore {
  /** The first journey gate the template does not prepare (1 to 4: production cannot be templated). */
  startStep: StepNumber;
  met: number;
  applicable: number;
  /** met / applicable, 0 to 1. */
  share: number;
}

/** Scores a template from its evaluation (or the report built from it) against the template criteria. */
export function scoreTemplate(evaluation: {
  step: StepNumber;
  results: Array<{ state: CriterionState }>;
}): TemplateScore {
  const applicable = evaluation.results.filter(
    r => r.state !== 'not-applicable',
  );
  const met = applicable.filter(
    r => r.state === 'pass' || r.state === 'exempted',
  ).length;
  return {
    startStep: Math.min(evaluation.step, 4) as StepNumber,
    met,
    applicable: applicable.length,
    share: applicable.length ? met / applicable.length : 0,
  };
}
