import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../run';

/** The repository's example catalog. */
export const EXAMPLES = resolve(__dirname, '../../../../examples');

/** Every example file of entities: the catalog, the organisation, each template (not their skeletons). */
export const EXAMPLE_FILES = [
  join(EXAMPLES, 'entities.yaml'),
  join(EXAMPLES, 'org.yaml'),
  ...readdirSync(join(EXAMPLES, 'templates')).map(name =>
    join(EXAMPLES, 'templates', name, 'template.yaml'),
  ),
];

/** The day the example catalog's dates are read on (as in onboarding-common's example tests). */
export const NOW = new Date('2026-11-25T12:00:00Z');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, in `cwd`, with only the environment given. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdout: { write: text => (stdout += text) },
    stderr: { write: text => (stderr += text) },
    now: () => NOW,
  });
  return { code, stdout, stderr };
}

/** A temporary directory, removed by the returned function. */
export function temporaryDirectory(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'onboarding-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeIn(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
}
