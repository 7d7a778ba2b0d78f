import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  Criterion,
  CriterionState,
  EntityEvaluation,
  ExemptionInfo,
  GateResult,
} from '../criteria/types';
import { isApplicable } from '../criteria/evaluate';
import { Language } from '../i18n';
import { StepNumber, getStep } from '../journey';
import {
  LinkTargets,
  getConsoleProjectUrl,
  getDocsUrl,
  resolveRemediationLink,
} from '../links';
import { DeclaredStepReport, reportDeclaredStep } from './declaredStepReport';
import { dependsOnEntity } from './remediationLinks';

/**
 * One criterion's outcome for one entity, as the API serves it: only what depends on the
 * entity. The criterion's title, rationale, remediation text and source come once from
 * `GET /criteria` (see `joinCriteria`).
 */
export interface CriterionOutcome {
  id: string;
  state: CriterionState;
  /** What was found and, when not met, what is expected, in the report's language. */
  message: string;
  evidence: Array<{ fact: string; value?: string }>;
  /**
   * The criterion's remediation link resolved for this entity, when it depends on the entity
   * (a console project tab); links the same for every entity are in the criteria document.
   */
  remediationLink?: string;
  exemption?: ExemptionInfo;
}

/**
 * What one fact source contributed to an evaluation: when its facts were gathered, and
 * which facts it could not provide (fact name, without the `fact:` prefix, to the reason).
 * Kept beside the evaluation, never inside it, so that a new gathering time alone is not
 * a change of result.
 */
export interface FactSourceStatus {
  /** The source's id, e.g. `template-skeleton`, `sonarqube`. */
  source: string;
  /** ISO 8601 time the facts were gathered (possibly earlier than the evaluation, from a cache). */
  gatheredAt?: string;
  /** Facts this source could not provide this time, and why; their criteria are `unknown`. */
  unavailable?: Record<string, string>;
}

/** What the backend's `GET /entities/...` and `POST /evaluate` answer. */
export interface EntityReport {
  entityRef: string;
  language: Language;
  evaluatedAt?: string;
  /** The criteria document (`GET /criteria`) the results are to be read with. */
  criteriaVersion: string;
  step: StepNumber;
  declaredStep?: StepNumber;
  /** What the step annotation says, including an unreadable value and why it is refused. */
  declaration: DeclaredStepReport;
  discrepancy?: EntityEvaluation['discrepancy'];
  nextGate?: GateResult;
  /** Gates the step moved past on a committee's GO (see `EntityEvaluation.passedByDecision`). */
  passedByDecision?: StepNumber[];
  gates: GateResult[];
  /** Outcomes of the criteria that apply to the entity's kind. */
  results: CriterionOutcome[];
  /** Criteria left out of `results`, counted. */
  omitted: {
    /** Criteria meant for other kinds (e.g. template criteria on a component). */
    notApplicableToKind: number;
  };
  /** The fact sources consulted for this evaluation, when any applied. */
  factSources?: FactSourceStatus[];
  links: {
    console?: string;
    consoleServices?: string;
    docs: string;
    stepDocs: string;
  };
}

/** One submitted document's outcome, in the order of the submission. */
export type EvaluatedDocument =
  | {
      index: number;
      status: 'evaluated';
      entityRef: string;
      report: EntityReport;
    }
  | { index: number; status: 'skipped'; entityRef: string; reason: string }
  | {
      index: number;
      status: 'error';
      error: { name: string; message: string };
    };

/** What `POST /evaluate` answers (the CLI reads it too). */
export interface EvaluateDocumentsResponse {
  /** NO-GO when any document is in error or has a closed gate. */
  verdict: 'GO' | 'NO-GO';
  items: EvaluatedDocument[];
}

/** Whether a criterion is meant for entities of this kind at all (ignoring type and lifecycle). */
function appliesToKind(criterion: Criterion, kind: string): boolean {
  const kinds = criterion.appliesTo?.kinds;
  return !kinds?.length || isApplicable({ kinds }, { kind } as Entity);
}

/**
 * Presents an evaluation for one language. Criteria no longer configured are left out;
 * criteria meant for other kinds are left out and counted.
 */
export function buildReport(options: {
  entity: Entity;
  evaluation: EntityEvaluation;
  criteria: readonly Criterion[];
  criteriaVersion: string;
  language: Language;
  links: LinkTargets;
  evaluatedAt?: Date;
  factSources?: FactSourceStatus[];
}): EntityReport {
  const { entity, evaluation, criteria, language, links } = options;
  const byId = new Map(criteria.map(c => [c.id, c]));
  let notApplicableToKind = 0;
  const results = evaluation.results.flatMap((result): CriterionOutcome[] => {
    const criterion = byId.get(result.criterionId);
    if (!criterion) return [];
    if (
      result.state === 'not-applicable' &&
      !appliesToKind(criterion, entity.kind)
    ) {
      notApplicableToKind += 1;
      return [];
    }
    const configured = criterion.remediation.link;
    const link =
      configured && dependsOnEntity(configured)
        ? resolveRemediationLink(configured, entity, links)
        : undefined;
    return [
      {
        id: criterion.id,
        state: result.state,
        message: result.message[language],
        evidence: result.evidence,
        ...(link ? { remediationLink: link } : {}),
        ...(result.exemption ? { exemption: result.exemption } : {}),
      },
    ];
  });
  const consoleUrl = getConsoleProjectUrl(entity, links);
  return {
    entityRef: stringifyEntityRef(entity),
    language,
    ...(options.evaluatedAt
      ? { evaluatedAt: options.evaluatedAt.toISOString() }
      : {}),
    criteriaVersion: options.criteriaVersion,
    step: evaluation.step,
    ...(evaluation.declaredStep
      ? { declaredStep: evaluation.declaredStep }
      : {}),
    declaration: reportDeclaredStep(entity, language),
    ...(evaluation.discrepancy ? { discrepancy: evaluation.discrepancy } : {}),
    ...(evaluation.nextGate ? { nextGate: evaluation.nextGate } : {}),
    ...(evaluation.passedByDecision
      ? { passedByDecision: evaluation.passedByDecision }
      : {}),
    gates: evaluation.gates,
    results,
    omitted: { notApplicableToKind },
    ...(options.factSources?.length
      ? { factSources: options.factSources }
      : {}),
    links: {
      ...(consoleUrl
        ? {
            console: consoleUrl,
            consoleServices: getConsoleProjectUrl(entity, links, 'services'),
          }
        : {}),
      docs: getDocsUrl(links.docsBaseUrl),
      stepDocs: getDocsUrl(
        links.docsBaseUrl,
        getStep(evaluation.step).docsPath,
      ),
    },
  };
}
