/**
 * Command-line checks of catalog-info.yaml files against the Cloud Pi Native onboarding
 * gates, for merge-request pipelines.
 *
 * @packageDocumentation
 */
import { run } from './run';

run(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
}).then(
  code => {
    process.exitCode = code;
  },
  error => {
    process.stderr.write(
      `backstage-plugin-onboarding-cli: unexpected error: ${
        (error as Error)?.stack ?? error
      }\n`,
    );
    process.exitCode = 2;
  },
);
