import { createHash } from 'node:crypto';
import { DocumentVerdict } from '../judge';
import { Texts } from '../messages';

/** One issue of GitLab's Code Quality report (a subset of Code Climate's format). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/** Stable across runs and line moves: the same unmet criterion of the same entity keeps its issue. */
const fingerprintOf = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex');

/**
 * GitLab Code Quality issues (`artifacts:reports:codequality`), which the merge request
 * widget lists: a blocker before the target step is `major`, an unmet advisory criterion
 * `minor`, an unreadable document `critical`. Paths are the file paths as given, which
 * GitLab resolves from the repository root (the job's working directory).
 */
export function codeQualityIssues(
  verdicts: DocumentVerdict[],
  texts: Texts,
): CodeQualityIssue[] {
  return verdicts.flatMap((verdict): CodeQualityIssue[] => {
    const path = verdict.file;
    if (verdict.status === 'error') {
      return [
        {
          description: texts.error(verdict.message),
          check_name: 'onboarding-document',
          fingerprint: fingerprintOf(path, String(verdict.index), 'error'),
          severity: 'critical',
          location: { path, lines: { begin: verdict.line } },
        },
      ];
    }
    if (verdict.status === 'skipped') return [];
    return verdict.findings.map(({ criterion, blocking, line }) => ({
      description: `${verdict.entityRef}: [${criterion.id}] ${criterion.title}: ${criterion.message} ${texts.fix} ${criterion.remediation.text}`,
      check_name: criterion.id,
      fingerprint: fingerprintOf(path, verdict.entityRef, criterion.id),
      severity: blocking ? 'major' : 'minor',
      location: { path, lines: { begin: line } },
    }));
  });
}
