import { DocumentVerdict } from '../judge';
import { Texts } from '../messages';

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 cannot hold at all, even escaped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');

/**
 * A JUnit XML report, as GitLab's `artifacts:reports:junit` reads it: one test suite per
 * document; one test case per unmet criterion before the target step, failed when it
 * blocks; a passing case for a document that reaches its target; an error case for a
 * document that cannot be read; a skipped case for one not evaluated.
 */
export function formatJUnit(verdicts: DocumentVerdict[], texts: Texts): string {
  const suites = verdicts.map(verdict => {
    const name = `${verdict.file}:${verdict.line}${
      'entityRef' in verdict ? ` ${verdict.entityRef}` : ''
    }`;
    const classname = 'entityRef' in verdict ? verdict.entityRef : verdict.file;
    const cases: string[] = [];
    let failures = 0;
    let errors = 0;
    let skipped = 0;
    if (verdict.status === 'error') {
      errors += 1;
      const message = texts.error(verdict.message);
      cases.push(
        `    <testcase${attributes({
          name: message,
          classname,
          file: verdict.file,
          line: verdict.line,
        })}>\n      <error${attributes({
          message,
          type: 'InputError',
        })}/>\n    </testcase>`,
      );
    } else if (verdict.status === 'skipped') {
      skipped += 1;
      cases.push(
        `    <testcase${attributes({
          name: verdict.entityRef,
          classname,
          file: verdict.file,
          line: verdict.line,
        })}>\n      <skipped${attributes({
          message: verdict.reason,
        })}/>\n    </testcase>`,
      );
    } else {
      cases.push(
        `    <testcase${attributes({
          name: texts.document(verdict.entityRef, verdict.step, verdict.target),
          classname,
          file: verdict.file,
          line: verdict.line,
        })}>${
          verdict.status === 'NO-GO'
            ? `\n      <failure${attributes({
                message: verdict.status,
                type: 'NO-GO',
              })}/>\n    `
            : ''
        }</testcase>`,
      );
      if (verdict.status === 'NO-GO') failures += 1;
      for (const { criterion, blocking, line } of verdict.findings) {
        const detail = `${criterion.message}\n${texts.fix} ${
          criterion.remediation.text
        }${criterion.remediation.link ? ` ${criterion.remediation.link}` : ''}`;
        if (blocking) failures += 1;
        cases.push(
          `    <testcase${attributes({
            name: `[${criterion.id}] ${criterion.title}`,
            classname,
            file: verdict.file,
            line,
          })}>\n      ${
            blocking
              ? `<failure${attributes({
                  message: criterion.message,
                  type: criterion.state,
                })}>${escapeXml(detail)}</failure>`
              : `<system-out>${escapeXml(
                  `${texts.advisory}: ${detail}`,
                )}</system-out>`
          }\n    </testcase>`,
        );
      }
    }
    return `  <testsuite${attributes({
      name,
      tests: cases.length,
      failures,
      errors,
      skipped,
    })}>\n${cases.join('\n')}\n  </testsuite>`;
  });
  const count = (pattern: RegExp) =>
    suites.reduce((n, s) => n + (s.match(pattern)?.length ?? 0), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes({
    name: 'onboarding',
    tests: count(/<testcase /g),
    failures: count(/<failure /g),
    errors: count(/<error /g),
  })}>\n${suites.join('\n')}\n</testsuites>\n`;
}
