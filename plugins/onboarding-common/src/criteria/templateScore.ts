import { StepNumber } from '../journey';
import { TEMPLATE_CREATES_CRITERION } from './templateCriteria';
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

const isMet = (r: { state: CriterionState }) =>
  r.state === 'pass' || r.state === 'exempted';

/**
 * Scores a template from its evaluation (or the report built from it) against the
 * template criteria. A template that creates nothing (T1-CREATES not met) meets nothing:
 * criteria true for want of content (an empty form is "documented") do not count, so it
 * ranks below any template that does something.
 */
export function scoreTemplate(evaluation: {
  step: StepNumber;
  results: Array<{ state: CriterionState; criterionId?: string; id?: string }>;
}): TemplateScore {
  const applicable = evaluation.results.filter(
    r => r.state !== 'not-applicable',
  );
  const creates = applicable.find(
    r => (r.criterionId ?? r.id) === TEMPLATE_CREATES_CRITERION,
  );
  const met = creates && !isMet(creates) ? 0 : applicable.filter(isMet).length;
  return {
    startStep: Math.min(evaluation.step, 4) as StepNumber,
    met,
    applicable: applicable.length,
    share: applicable.length ? met / applicable.length : 0,
  };
}
