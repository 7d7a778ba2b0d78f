import { Config } from '@backstage/config';
import { ToolClient, ToolClientOptions } from '../http';

/** The limits a source may set on its ToolClient; each one absent keeps the client's default. */
export type ToolSourceLimits = Pick<
  ToolClientOptions,
  'timeoutMs' | 'retries' | 'maxBytes'
>;

/** What every tool source reads from `onboarding.sources.<id>`. */
export interface ToolSourceConfig<Secret extends string = never> {
  /** `onboarding.sources.<id>`, for messages. */
  path: string;
  /** The source's own section, for its own options. */
  config: Config;
  /** Without a trailing slash. */
  baseUrl: string;
  /** Set when the URL points at the platform simulator rather than the real tool. */
  simulated: boolean;
  /** What users see: the tool and where it answers, saying so when it is the simulator. */
  title: string;
  /** Only the limits the config sets: an undefined key would override the client's default. */
  limits: ToolSourceLimits;
  /** The secrets asked for, non-blank. Never log them. */
  secrets: Record<Secret, string>;
}

export interface ReadToolSourceConfigOptions<Secret extends string> {
  /** The tool's name in the title, e.g. `SonarQube`. */
  tool: string;
  /** The keys of the source's credentials, e.g. `['token']`. */
  secrets: readonly Secret[];
}

/** A config value a source cannot work with; the message names its config path. */
export class SourceConfigError extends Error {
  readonly name = 'SourceConfigError';
  constructor(path: string, key: string, why: string) {
    super(`Invalid config at '${path}.${key}': ${why}`);
  }
}

/** Limits a source may set: [key, least, greatest]. */
const LIMITS: ReadonlyArray<[keyof ToolSourceLimits, number, number]> = [
  ['timeoutMs', 100, 120_000],
  ['retries', 0, 10],
  ['maxBytes', 1024, 1024 ** 3],
];

/**
 * Reads `onboarding.sources.<id>`, or undefined when the section is absent (the source is
 * not configured). `baseUrl` must be https unless `simulated: true`, so that credentials
 * never travel in clear to a real tool, and carry no credentials, query or fragment;
 * secrets must not be blank; limits must be whole numbers in range. Errors name the path.
 */
export function readToolSourceConfig<Secret extends string = never>(
  root: Config,
  id: string,
  options: ReadToolSourceConfigOptions<Secret>,
): ToolSourceConfig<Secret> | undefined {
  const path = `onboarding.sources.${id}`;
  const config = root.getOptionalConfig(path);
  if (!config) return undefined;
  const invalid = (key: string, why: string) =>
    new SourceConfigError(path, key, why);

  const simulated = config.getOptionalBoolean('simulated') ?? false;
  const rawUrl = config.getString('baseUrl');
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw invalid(
      'baseUrl',
      `${JSON.stringify(rawUrl)} is not an absolute URL`,
    );
  }
  if (url.protocol !== 'https:' && !(simulated && url.protocol === 'http:')) {
    throw invalid(
      'baseUrl',
      `must be an https URL (http is accepted only with '${path}.simulated: true'), found ${JSON.stringify(
        rawUrl,
      )}`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw invalid(
      'baseUrl',
      'must not carry credentials, a query or a fragment; put credentials in their own keys',
    );
  }
  const baseUrl = rawUrl.replace(/\/+$/, '');

  const secrets = {} as Record<Secret, string>;
  for (const key of options.secrets) {
    const value = config.getString(key);
    // The message never shows the value: it may be a secret with a typo.
    if (!value.trim()) throw invalid(key, 'must not be blank');
    if (value.trim() !== value) {
      throw invalid(key, 'must not start or end with white space');
    }
    secrets[key] = value;
  }

  const limits: ToolSourceLimits = {};
  for (const [key, least, greatest] of LIMITS) {
    const value = config.getOptionalNumber(key);
    if (value === undefined) continue;
    if (!(Number.isInteger(value) && value >= least && value <= greatest)) {
      throw invalid(
        key,
        `expected a whole number from ${least} to ${greatest}, found ${value}`,
      );
    }
    limits[key] = value;
  }

  return {
    path,
    config,
    baseUrl,
    simulated,
    title: toolSourceTitle(options.tool, { baseUrl, simulated }),
    limits,
    secrets,
  };
}

/** The title a source shows: the tool and where it answers, saying so when it is the simulator. */
export function toolSourceTitle(
  tool: string,
  { baseUrl, simulated }: { baseUrl: string; simulated?: boolean },
): string {
  return simulated
    ? `${tool} — SIMULATOR (${baseUrl})`
    : `${tool} (${baseUrl})`;
}

/** The client a configured source reads its tool with: the source's URL and limits, and the credential headers the tool wants. */
export function sourceToolClient(
  tool: string,
  source: {
    baseUrl: string;
    limits?: Pick<
      ToolClientOptions,
      'timeoutMs' | 'retries' | 'maxBytes' | 'backoffMs'
    >;
  },
  headers: Record<string, string>,
): ToolClient {
  return new ToolClient({
    tool,
    baseUrl: source.baseUrl,
    headers,
    ...source.limits,
  });
}
