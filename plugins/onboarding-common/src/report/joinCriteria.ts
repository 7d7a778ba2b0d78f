import { Severity } from '../criteria/types';
import { StepNumber } from '../journey';
import { CriterionOutcome, EntityReport } from './buildReport';
import { CriteriaDocument } from './criteriaDocument';
import { dependsOnEntity } from './remediationLinks';

/** One criterion's outcome with the criterion's own texts: what the portal shows. */
export interface CriterionReport
  extends Omit<CriterionOutcome, 'remediationLink'> {
  step: StepNumber;
  severity: Severity;
  title: string;
  rationale: string;
  remediation: {
    text: string;
    /** Absolute URL, resolved for the entity. */
    link?: string;
    annotations?: Record<string, string>;
  };
  source: string;
  /** The fact source measuring it; absent when it is judged on declarations (annotations). */
  measuredBy?: string;
}

/** An entity report whose results carry their criteria's texts. */
export interface JoinedEntityReport extends Omit<EntityReport, 'results'> {
  results: CriterionReport[];
  /** Gates that could be measured but rest on declarations (their sources are not configured). */
  gatesOnDeclarations: number[];
}

/** Thrown when a report and a criteria document were not built from the same criteria. */
export class CriteriaVersionMismatchError extends Error {
  constructor(
    readonly reportVersion: string,
    readonly documentVersion: string,
  ) {
    super(
      `The report was built with criteria version ${reportVersion}, the criteria document is version ${documentVersion}`,
    );
    this.name = 'CriteriaVersionMismatchError';
  }
}

/**
 * Joins a lean report with the criteria document of the same version and language, the
 * one place where a report's outcomes meet their criteria's titles, remediations and
 * sources. Outcomes of criteria the document does not know are left out.
 */
export function joinCriteria(
  report: EntityReport,
  document: CriteriaDocument,
): JoinedEntityReport {
  if (report.criteriaVersion !== document.criteriaVersion) {
    throw new CriteriaVersionMismatchError(
      report.criteriaVersion,
      document.criteriaVersion,
    );
  }
  const byId = new Map(document.items.map(c => [c.id, c]));
  const results = report.results.flatMap(
    ({ remediationLink, ...outcome }): CriterionReport[] => {
      const criterion = byId.get(outcome.id);
      if (!criterion) return [];
      const configured = criterion.remediation.link;
      const link =
        remediationLink ??
        (configured && !dependsOnEntity(configured) ? configured : undefined);
      return [
        {
          ...outcome,
          step: criterion.step,
          severity: criterion.severity,
          title: criterion.title,
          rationale: criterion.rationale,
          remediation: {
            text: criterion.remediation.text,
            ...(link ? { link } : {}),
            ...(criterion.remediation.annotations
              ? { annotations: criterion.remediation.annotations }
              : {}),
          },
          source: criterion.source,
          ...(criterion.measuredBy ? { measuredBy: criterion.measuredBy } : {}),
        },
      ];
    },
  );
  return {
    ...report,
    results,
    gatesOnDeclarations: document.gatesOnDeclarations ?? [],
  };
}
