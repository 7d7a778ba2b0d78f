import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  Criterion,
  CriterionState,
  EntityEvaluation,
  GateResult,
  Severity,
} from '../criteria/types';
import { Language } from '../i18n';
import { StepNumber, getStep } from '../journey';
import {
  LinkTargets,
  getConsoleProjectUrl,
  getDocsUrl,
  resolveRemediationLink,
} from '../links';

/** One criterion's result as the API serves it: texts in one language, links resolved. */
export interface CriterionReport {
  id: string;
  step: StepNumber;
  severity: Severity;
  state: CriterionState;
  title: string;
  rationale: string;
  message: string;
  evidence: Array<{ fact: string; value?: string }>;
  remediation: {
    text: string;
    link?: string;
    annotations?: Record<string, string>;
  };
  source: string;
  exemption?: EntityEvaluation['results'][number]['exemption'];
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

/** What the backend's `GET /entities/...` and `POST /evaluate` answer, and the frontend shows. */
export interface EntityReport {
  entityRef: string;
  language: Language;
  evaluatedAt?: string;
  criteriaVersion: string;
  step: StepNumber;
  declaredStep?: StepNumber;
  discrepancy?: EntityEvaluation['discrepancy'];
  nextGate?: GateResult;
  gates: GateResult[];
  results: CriterionReport[];
  /** The fact sources consulted for this evaluation, when any applied. */
  factSources?: FactSourceStatus[];
  links: {
    console?: string;
    consoleServices?: string;
    docs: string;
    stepDocs: string;
  };
}

/** Presents an evaluation for one language; criteria no longer configured are left out. */
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
  const results = evaluation.results.flatMap(result => {
    const criterion = byId.get(result.criterionId);
    if (!criterion) return [];
    const link = resolveRemediationLink(
      criterion.remediation.link,
      entity,
      links,
    );
    return [
      {
        id: criterion.id,
        step: result.step,
        severity: result.severity,
        state: result.state,
        title: criterion.title[language],
        rationale: criterion.rationale[language],
        message: result.message[language],
        evidence: result.evidence,
        remediation: {
          text: criterion.remediation.text[language],
          ...(link ? { link } : {}),
          ...(criterion.remediation.annotations
            ? { annotations: criterion.remediation.annotations }
            : {}),
        },
        source: criterion.source,
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
    ...(evaluation.discrepancy ? { discrepancy: evaluation.discrepancy } : {}),
    ...(evaluation.nextGate ? { nextGate: evaluation.nextGate } : {}),
    gates: evaluation.gates,
    results,
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
