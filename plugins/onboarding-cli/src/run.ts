import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { readEntityDocuments } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { DocumentVerdict, judgeFile } from './judge';
import { textsFor } from './messages';
import { USAGE, parseCommand } from './options';
import { codeQualityIssues } from './output/codeQuality';
import { formatForPeople, overallVerdict } from './output/human';
import { formatJUnit } from './output/junit';
import { offlineCriteria } from './sources/offline';
import { portalCriteria } from './sources/portal';
import { CheckError } from './sources/types';

/** Exit statuses, as documented in the usage and the README. */
export const EXIT = { GO: 0, NO_GO: 1, INVALID: 2 } as const;

/** What the CLI reads and writes beyond its arguments, so that tests run it in-process. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  now?: () => Date;
}

/** A file as the reports name it: relative to the working directory (GitLab's repository root) when under it. */
function shownPath(file: string, cwd: string) {
  const absolute = resolve(cwd, file);
  const inside = relative(cwd, absolute);
  return inside && !inside.startsWith('..') && !isAbsolute(inside)
    ? inside.split(sep).join('/')
    : file;
}

async function readText(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CheckError(
      code === 'ENOENT'
        ? `Cannot read ${file}: no such file`
        : `Cannot read ${file}: ${code ?? message}`,
    );
  }
}

async function writeReport(file: string, cwd: string, content: string) {
  try {
    await writeFile(resolve(cwd, file), content, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CheckError(`Cannot write ${file}: ${code ?? message}`);
  }
}

/** Runs the CLI; resolves to its exit status. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv, io.env);
    if (command.help) {
      io.stdout.write(USAGE);
      return EXIT.GO;
    }
    const texts = textsFor(command.language);
    const source = command.portal
      ? portalCriteria(command.portal)
      : offlineCriteria(io.now);
    const verdicts: DocumentVerdict[] = [];
    let version: string | undefined;
    for (const file of command.files) {
      const text = await readText(file, io.cwd);
      let documents;
      try {
        documents = readEntityDocuments(text);
      } catch (error) {
        throw new CheckError(`${file}: ${(error as Error).message}`);
      }
      const evaluation = await source.evaluate(
        text,
        documents,
        command.language,
      );
      version = evaluation.criteria.criteriaVersion;
      verdicts.push(
        ...judgeFile(shownPath(file, io.cwd), evaluation, command.targetStep),
      );
    }
    io.stdout.write(
      `${texts.criteriaFrom(
        source.describe(command.language),
        version ?? '',
      )}\n`,
    );
    io.stdout.write(formatForPeople(verdicts, texts));
    if (command.junit) {
      await writeReport(command.junit, io.cwd, formatJUnit(verdicts, texts));
      io.stdout.write(`${texts.wrote('JUnit', command.junit)}\n`);
    }
    if (command.codeQuality) {
      const issues = codeQualityIssues(verdicts, texts);
      await writeReport(
        command.codeQuality,
        io.cwd,
        `${JSON.stringify(issues, null, 2)}\n`,
      );
      io.stdout.write(`${texts.wrote('Code Quality', command.codeQuality)}\n`);
    }
    if (verdicts.some(v => v.status === 'error')) return EXIT.INVALID;
    return overallVerdict(verdicts) === 'GO' ? EXIT.GO : EXIT.NO_GO;
  } catch (error) {
    if (!(error instanceof CheckError)) throw error;
    io.stderr.write(`backstage-plugin-onboarding-cli: ${error.message}\n`);
    return EXIT.INVALID;
  }
}
