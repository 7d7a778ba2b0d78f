import { Config } from '@backstage/config';

/** How a fact source reaches its tool, as read from `onboarding.sources.<tool>`. */
export interface ToolConnection {
  /** Without a trailing slash. */
  baseUrl: string;
  /** Set when the URL points at the platform simulator, not the real tool. */
  simulated: boolean;
  /** Per request attempt, if configured (the client's default otherwise). */
  timeoutMs?: number;
}

/**
 * Reads and checks the connection settings every fact source shares: `baseUrl` (https
 * unless `simulated: true`, so that credentials never travel in clear to a real tool),
 * `simulated` and `timeoutMs`. Errors name the config path.
 */
export function readToolConnection(
  config: Config,
  path: string,
): ToolConnection {
  const baseUrl = config.getString('baseUrl').replace(/\/+$/, '');
  const simulated = config.getOptionalBoolean('simulated') ?? false;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(
      `Invalid config at ${path}.baseUrl: ${JSON.stringify(
        baseUrl,
      )} is not an absolute URL`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(
      `Invalid config at ${path}.baseUrl: give the URL without credentials, query or fragment`,
    );
  }
  if (url.protocol !== 'https:' && !(simulated && url.protocol === 'http:')) {
    throw new Error(
      `Invalid config at ${path}.baseUrl: must be an https URL (http is accepted only with simulated: true)`,
    );
  }
  const timeoutMs = config.getOptionalNumber('timeoutMs');
  if (
    timeoutMs !== undefined &&
    !(Number.isInteger(timeoutMs) && timeoutMs > 0 && timeoutMs <= 300_000)
  ) {
    throw new Error(
      `Invalid config at ${path}.timeoutMs: must be a whole number of milliseconds between 1 and 300000`,
    );
  }
  return { baseUrl, simulated, timeoutMs };
}

/** Reads a secret, refusing blanks; the error names the path, never the value. */
export function readToolSecret(config: Config, path: string, key: string) {
  const value = config.getString(key);
  if (value.trim() === '' || /\s/.test(value)) {
    throw new Error(
      `Invalid config at ${path}.${key}: must be a non-empty value without spaces`,
    );
  }
  return value;
}
