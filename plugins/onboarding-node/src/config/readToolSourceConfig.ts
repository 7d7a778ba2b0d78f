import { Config } from '@backstage/config';

/** The settings every tool source shares, read from `onboarding.sources.<id>`. */
export interface ToolSourceConfig {
  /** The config path, e.g. `onboarding.sources.sonarqube`, for error messages. */
  path: string;
  /** Base URL without trailing slash. */
  baseUrl: string;
  /** Set when the URL points at the platform simulator rather than the real tool. */
  simulated: boolean;
  /** Per request attempt, when configured. */
  timeoutMs?: number;
  /** The source's own config block, to read its credentials and options from. */
  config: Config;
}

/** A config value a source cannot work with; the message names the config path. */
export class ToolSourceConfigError extends Error {
  readonly name = 'ToolSourceConfigError';
}

/**
 * Reads `onboarding.sources.<id>`: undefined when the block is absent (the source is not
 * configured). Requires an https `baseUrl` unless `simulated: true`, so that credentials
 * never travel in clear to a real tool.
 */
export function readToolSourceConfig(
  root: Config,
  id: string,
): ToolSourceConfig | undefined {
  const path = `onboarding.sources.${id}`;
  const config = root.getOptionalConfig(path);
  if (!config) return undefined;
  const simulated = config.getOptionalBoolean('simulated') ?? false;
  const rawUrl = requiredString(config, path, 'baseUrl');
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new ToolSourceConfigError(
      `${path}.baseUrl: ${JSON.stringify(rawUrl)} is not a URL`,
    );
  }
  if (url.protocol !== 'https:' && !(simulated && url.protocol === 'http:')) {
    throw new ToolSourceConfigError(
      `${path}.baseUrl: must be an https URL (http is accepted only with simulated: true), found ${url.protocol}`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ToolSourceConfigError(
      `${path}.baseUrl: must not carry credentials, a query or a fragment; put credentials in their own keys`,
    );
  }
  const timeoutMs = config.getOptionalNumber('timeoutMs');
  if (
    timeoutMs !== undefined &&
    !(Number.isInteger(timeoutMs) && timeoutMs >= 100 && timeoutMs <= 120_000)
  ) {
    throw new ToolSourceConfigError(
      `${path}.timeoutMs: expected a whole number of milliseconds from 100 to 120000, found ${timeoutMs}`,
    );
  }
  return {
    path,
    baseUrl: url.toString().replace(/\/+$/, ''),
    simulated,
    timeoutMs,
    config,
  };
}

/** A non-blank string setting of a source, or an error naming its path. */
export function requiredString(
  config: Config,
  path: string,
  key: string,
): string {
  const value = config.getOptionalString(key);
  if (value === undefined || value.trim() === '') {
    throw new ToolSourceConfigError(`${path}.${key}: required`);
  }
  return value;
}

/** The title a source shows: the tool and where it answers, saying so when it is a simulator. */
export function toolSourceTitle(tool: string, source: ToolSourceConfig) {
  return source.simulated
    ? `${tool} (SIMULATOR at ${source.baseUrl})`
    : `${tool} (${source.baseUrl})`;
}
