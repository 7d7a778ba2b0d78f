import {
  CriteriaDocument,
  EntityReport,
  JoinedEntityReport,
  joinCriteria,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** One criterion keeping the next gate closed, with what to do about it. */
export interface OnboardingBlocker {
  criterionId: string;
  title: string;
  severity: string;
  /** `fail`, or `unknown` when the fact could not be measured. */
  state: string;
  /** What was found and what is expected, in the report's language. */
  message: string;
  fix: {
    text: string;
    /** Absolute URL, resolved for the entity. */
    link?: string;
    /** Annotations to add to catalog-info.yaml, with example values. */
    annotations?: Record<string, string>;
  };
}

/**
 * An entity's onboarding as an assistant needs it: where it stands, whether it may pass
 * its next gate, and for each blocker what to change. The whole report stays available
 * through the REST API; this is its answer to "what holds us back".
 */
export interface OnboardingStatus {
  entityRef: string;
  step: number;
  declaredStep?: number;
  /** Set when the declared step is ahead of what the evidence supports. */
  discrepancy?: { declared: number; evidenced: number };
  /** The gate the entity stands before: its step, and NO-GO; none at step 5. */
  nextGate?: { step: number; verdict: string };
  /** `NONE` at step 5, which has no gate. */
  verdict: 'GO' | 'NO-GO' | 'NONE';
  blockers: OnboardingBlocker[];
  criteriaVersion: string;
  evaluatedAt?: string;
  links: { docs: string; stepDocs: string; console?: string };
}

/**
 * Reads a report with the criteria document of the same version (the one join of
 * outcomes and criteria texts, in onboarding-common) and keeps what an assistant acts on.
 */
export function toOnboardingStatus(
  report: EntityReport,
  criteria: CriteriaDocument,
): OnboardingStatus {
  const joined: JoinedEntityReport = joinCriteria(report, criteria);
  const byId = new Map(joined.results.map(result => [result.id, result]));
  const blockers = (report.nextGate?.blockers ?? []).flatMap(
    (id): OnboardingBlocker[] => {
      const result = byId.get(id);
      if (!result) return [];
      return [
        {
          criterionId: id,
          title: result.title,
          severity: result.severity,
          state: result.state,
          message: result.message,
          fix: result.remediation,
        },
      ];
    },
  );
  return {
    entityRef: report.entityRef,
    step: report.step,
    ...(report.declaredStep ? { declaredStep: report.declaredStep } : {}),
    ...(report.discrepancy ? { discrepancy: report.discrepancy } : {}),
    ...(report.nextGate
      ? {
          nextGate: {
            step: report.nextGate.step,
            verdict: report.nextGate.verdict,
          },
        }
      : {}),
    verdict: report.nextGate?.verdict ?? 'NONE',
    blockers,
    criteriaVersion: report.criteriaVersion,
    ...(report.evaluatedAt ? { evaluatedAt: report.evaluatedAt } : {}),
    links: {
      docs: report.links.docs,
      stepDocs: report.links.stepDocs,
      ...(report.links.console ? { console: report.links.console } : {}),
    },
  };
}
