import {
  CriterionReport,
  EvaluatedDocument,
  StepNumber,
  SubmittedDocument,
  YamlPath,
  joinCriteria,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { FileEvaluation } from './sources/types';

/** A criterion not met on the way to the target step, and the line to change. */
export interface Finding {
  criterion: CriterionReport;
  /** Blocking: keeps a gate before the target closed. Advisory: only informs. */
  blocking: boolean;
  line: number;
}

/** One document of a checked file, judged against the target step. */
export type DocumentVerdict = {
  file: string;
  index: number;
  line: number;
} & (
  | {
      status: 'GO' | 'NO-GO';
      entityRef: string;
      step: StepNumber;
      target: StepNumber;
      findings: Finding[];
    }
  | { status: 'skipped'; entityRef: string; reason: string }
  | { status: 'error'; message: string }
);

/** Where a fact named as in rules (`annotation:x`, `spec:a.b`...) sits in an entity document. */
function pathOfFact(fact: string): YamlPath | undefined {
  const colon = fact.indexOf(':');
  const source = colon < 0 ? fact : fact.slice(0, colon);
  const key = colon < 0 ? '' : fact.slice(colon + 1);
  switch (source) {
    case 'annotation':
      return ['metadata', 'annotations', key];
    case 'label':
      return ['metadata', 'labels', key];
    case 'metadata':
      return ['metadata', ...key.split('.')];
    case 'spec':
      return ['spec', ...key.split('.')];
    case 'kind':
      return ['kind'];
    case 'tags':
      return ['metadata', 'tags'];
    case 'links':
      return ['metadata', 'links'];
    default:
      return undefined;
  }
}

/**
 * The line to change for a criterion: the deepest line of the facts it read, else of the
 * annotations its remediation names (where they would go), else the document's start.
 */
function lineOfCriterion(
  criterion: CriterionReport,
  lineOf: ((path: YamlPath) => number) | undefined,
  start: number,
): number {
  if (!lineOf) return start;
  const paths = [
    ...criterion.evidence.map(e => pathOfFact(e.fact)),
    ...Object.keys(criterion.remediation.annotations ?? {}).map(
      (key): YamlPath => ['metadata', 'annotations', key],
    ),
  ].filter((path): path is YamlPath => path !== undefined);
  const lines = paths.map(path => lineOf(path));
  return lines.length > 0 ? Math.max(...lines) : start;
}

const UNMET = new Set(['fail', 'invalid', 'unknown']);

/**
 * Judges each document of a file against the target step: GO when the evidence supports
 * at least that step (every gate before it open). Without `--target-step`, an entity is
 * held to the step it declares, or to step 1 when it declares none.
 */
export function judgeFile(
  file: string,
  evaluation: FileEvaluation,
  targetStep: StepNumber | undefined,
): DocumentVerdict[] {
  const byIndex = new Map<number, SubmittedDocument>(
    evaluation.documents.map(d => [d.index, d]),
  );
  return evaluation.items.map((item: EvaluatedDocument): DocumentVerdict => {
    const document = byIndex.get(item.index);
    const lineOf =
      document && 'lineOf' in document ? document.lineOf : undefined;
    const start =
      lineOf?.([]) ?? (document && 'line' in document ? document.line : 1) ?? 1;
    const where = { file, index: item.index, line: start };
    if (item.status === 'error')
      return { ...where, status: 'error', message: item.error.message };
    if (item.status === 'skipped')
      return {
        ...where,
        status: 'skipped',
        entityRef: item.entityRef,
        reason: item.reason,
      };
    const report = joinCriteria(item.report, evaluation.criteria);
    const target = targetStep ?? report.declaredStep ?? 1;
    const closed = new Set(
      report.gates
        .filter(gate => gate.step < target && gate.verdict === 'NO-GO')
        .flatMap(gate => gate.blockers),
    );
    const findings = report.results
      .filter(r => r.step < target && UNMET.has(r.state))
      .map(criterion => ({
        criterion,
        blocking: closed.has(criterion.id),
        line: lineOfCriterion(criterion, lineOf, start),
      }))
      .sort((a, b) => Number(b.blocking) - Number(a.blocking));
    return {
      ...where,
      status: report.step >= target ? 'GO' : 'NO-GO',
      entityRef: report.entityRef,
      step: report.step,
      target,
      findings,
    };
  });
}
