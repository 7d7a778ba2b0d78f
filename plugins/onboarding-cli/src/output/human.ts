import { Texts } from '../messages';
import { DocumentVerdict } from '../judge';

/** The overall verdict: NO-GO when any document is NO-GO. Documents in error are the caller's to count. */
export function overallVerdict(verdicts: DocumentVerdict[]): 'GO' | 'NO-GO' {
  return verdicts.some(v => v.status === 'NO-GO') ? 'NO-GO' : 'GO';
}

/** The check's result for people: each document, what blocks it and how to fix it. */
export function formatForPeople(
  verdicts: DocumentVerdict[],
  texts: Texts,
): string {
  const lines: string[] = [];
  for (const verdict of verdicts) {
    const at = `${verdict.file}:${verdict.line}`;
    if (verdict.status === 'error') {
      lines.push(`✗ ${at} ${texts.error(verdict.message)}`);
      continue;
    }
    if (verdict.status === 'skipped') {
      lines.push(`- ${at} ${texts.skipped(verdict.entityRef, verdict.reason)}`);
      continue;
    }
    const mark = verdict.status === 'GO' ? '✓' : '✗';
    lines.push(
      `${mark} ${at} ${texts.document(
        verdict.entityRef,
        verdict.step,
        verdict.target,
      )} — ${verdict.status}`,
    );
    for (const { criterion, blocking, line } of verdict.findings) {
      lines.push(
        `    ${blocking ? '✗' : '!'} [${criterion.id}] ${criterion.title} (${
          blocking ? texts.blocker : texts.advisory
        }, ${texts.line(line)})`,
        `        ${criterion.message}`,
        `        ${texts.fix} ${criterion.remediation.text}${
          criterion.remediation.link ? ` ${criterion.remediation.link}` : ''
        }`,
      );
    }
  }
  const evaluated = verdicts.filter(
    v => v.status === 'GO' || v.status === 'NO-GO',
  );
  if (evaluated.length === 0) lines.push(texts.noDocument);
  lines.push(
    texts.verdictLine(
      overallVerdict(verdicts),
      evaluated.filter(v => v.status === 'NO-GO').length,
      evaluated.length,
    ),
  );
  return `${lines.join('\n')}\n`;
}
