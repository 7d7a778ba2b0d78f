import { parseArgs } from 'node:util';
import {
  LANGUAGES,
  Language,
  StepNumber,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { languageFromEnv } from './messages';
import { CheckError } from './sources/types';

export const USAGE = `Usage: backstage-plugin-onboarding-cli check <catalog-info.yaml>... [options]

Checks entity files against the Cloud Pi Native onboarding gates.

Options:
  --target-step <1-5>   GO when each entity reaches at least this step
                        (default: the step it declares, else 1)
  --portal <url>        evaluate with this portal's criteria (env ONBOARDING_PORTAL_URL)
  --token <token>       the portal's static token (env ONBOARDING_TOKEN)
  --offline             use the default criteria even if ONBOARDING_PORTAL_URL is set
  --lang <fr|en>        language of the output (default: from LC_ALL/LC_MESSAGES/LANG, else fr)
  --junit <file>        write a JUnit XML report
  --codequality <file>  write a GitLab Code Quality JSON report
  -h, --help            show this help

Exit status: 0 GO, 1 NO-GO, 2 the check could not be made (bad arguments, unreadable
file or YAML, a document that is no entity, portal unreachable or refusing the token).
`;

export interface CheckOptions {
  files: string[];
  targetStep?: StepNumber;
  portal?: { url: string; token: string };
  language: Language;
  junit?: string;
  codeQuality?: string;
}

export type Command = { help: true } | ({ help?: false } & CheckOptions);

/** Reads the command line and the environment; throws CheckError on anything it cannot use. */
export function parseCommand(argv: string[], env: NodeJS.ProcessEnv): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'target-step': { type: 'string' },
        portal: { type: 'string' },
        token: { type: 'string' },
        offline: { type: 'boolean' },
        lang: { type: 'string' },
        junit: { type: 'string' },
        codequality: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CheckError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, ...files] = positionals;
  if (command !== 'check')
    throw new CheckError(
      command
        ? `Unknown command "${command}": the only command is "check"`
        : 'Missing command: check <catalog-info.yaml>...',
    );
  if (files.length === 0)
    throw new CheckError('check: name at least one catalog-info.yaml file');

  let targetStep: StepNumber | undefined;
  if (values['target-step'] !== undefined) {
    const step = Number(values['target-step']);
    if (!/^[1-5]$/.test(values['target-step'].trim()))
      throw new CheckError(
        `--target-step: expected a step from 1 to 5, got "${values['target-step']}"`,
      );
    targetStep = step as StepNumber;
  }

  let language = languageFromEnv(env);
  if (values.lang !== undefined) {
    if (!(LANGUAGES as readonly string[]).includes(values.lang))
      throw new CheckError(
        `--lang: expected one of ${LANGUAGES.join(', ')}, got "${values.lang}"`,
      );
    language = values.lang as Language;
  }

  const url = values.offline
    ? undefined
    : values.portal ?? (env.ONBOARDING_PORTAL_URL || undefined);
  const token = values.token ?? (env.ONBOARDING_TOKEN || undefined);
  if (values.offline && values.portal)
    throw new CheckError('--offline and --portal exclude each other');
  if (url && !token)
    throw new CheckError(
      `--portal ${url} needs a token: --token or ONBOARDING_TOKEN`,
    );
  return {
    files,
    ...(targetStep ? { targetStep } : {}),
    ...(url && token ? { portal: { url, token } } : {}),
    language,
    ...(values.junit ? { junit: values.junit } : {}),
    ...(values.codequality ? { codeQuality: values.codequality } : {}),
  };
}
