import {
  CriteriaDocument,
  CriterionReport,
  EntityReport,
  JoinedEntityReport,
  joinCriteria,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** A criterion's outcome with its texts and, when a fact source measures it, which one. */
export interface CriterionView extends CriterionReport {
  /** The fact source measuring it; absent when it is judged on declarations (annotations). */
  measuredBy?: string;
}

/**
 * A report as the portal shows it: joined with its criteria document, each criterion
 * saying where its evidence comes from, and the gates resting on declarations here.
 */
export interface OnboardingReport extends Omit<JoinedEntityReport, 'results'> {
  results: CriterionView[];
  /** Gates that could be measured but rest on declarations (their sources are not configured). */
  gatesOnDeclarations: number[];
}

/**
 * Joins a lean report with its criteria document (common's `joinCriteria`), then adds
 * what the join leaves out and the portal shows: which source measures each criterion
 * and which gates rest on declarations.
 */
export function viewReport(
  report: EntityReport,
  document: CriteriaDocument,
): OnboardingReport {
  const joined = joinCriteria(report, document);
  const measuredBy = new Map(
    document.items.flatMap(c => (c.measuredBy ? [[c.id, c.measuredBy]] : [])),
  );
  return {
    ...joined,
    results: joined.results.map(result => {
      const source = measuredBy.get(result.id);
      return source ? { ...result, measuredBy: source } : result;
    }),
    gatesOnDeclarations: document.gatesOnDeclarations ?? [],
  };
}
