import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { EXAMPLES } from './__testUtils__/runCli';
import { expectedExit } from './__testUtils__/expected';

const BIN = resolve(__dirname, '../bin/backstage-plugin-onboarding-cli');

/** Runs the real executable as `npx` would, in a child process. */
function spawnBin(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (done, fail) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', chunk => (stdout += chunk));
      child.stderr.on('data', chunk => (stderr += chunk));
      child.on('error', fail);
      child.on('close', code => done({ code, stdout, stderr }));
    },
  );
}

describe('the executable', () => {
  it('exits with the status of the check and prints it in the locale’s language', async () => {
    const file = `${EXAMPLES}/entities.yaml`;
    const result = await spawnBin(['check', file, '--target-step', '2']);
    expect(result.stderr).toBe('');
    // The file's dates are read on the day the test runs, unlike the in-process tests.
    expect(result.code).toBe(expectedExit(file, () => 2, new Date()));
    expect(result.stdout).toMatch(/^Verdict: (GO|NO-GO) /m);
  }, 60_000);

  it('exits 2 on bad input, saying why', async () => {
    const result = await spawnBin(['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('name at least one catalog-info.yaml');
  }, 60_000);
});
