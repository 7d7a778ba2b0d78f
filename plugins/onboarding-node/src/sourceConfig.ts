import { Config } from '@backstage/config';
import { ToolClientOptions } from './http';

/** What every HTTP fact source reads from `onboarding.sources.<id>`. */
export interface SourceConfig {
  /** `onboarding.sources.<id>`, for messages. */
  path: string;
  /** The whole section, for the source's own options. */
  config: Config;
  /** Without a trailing slash. */
  baseUrl: string;
  /** The credential, from `token`. Never log it. */
  token: string;
  simulated: boolean;
  /** The limits given in config, to spread into the ToolClient options (absent ones keep its defaults). */
  limits: Pick<ToolClientOptions, 'timeoutMs' | 'retries' | 'maxBytes'>;
}

/**
 * Reads the common part of a fact source's config, or undefined when the section is
 * absent (the source is not configured). Errors name the config path: `baseUrl` must be
 * https unless `simulated: true`, `token` must not be empty, limits must be integers.
 */
export function readSourceConfig(
  root: Config,
  id: string,
): SourceConfig | undefined {
  const path = `onboarding.sources.${id}`;
  const config = root.getOptionalConfig(path);
  if (!config) return undefined;
  const invalid = (key: string, why: string) =>
    new Error(`Invalid config at '${path}.${key}': ${why}`);

  const simulated = config.getOptionalBoolean('simulated') ?? false;
  const baseUrl = config.getString('baseUrl');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw invalid(
      'baseUrl',
      `${JSON.stringify(baseUrl)} is not an absolute URL`,
    );
  }
  if (url.protocol !== 'https:' && !(simulated && url.protocol === 'http:')) {
    throw invalid(
      'baseUrl',
      `expected an https URL (http is accepted only with '${path}.simulated: true'), found ${JSON.stringify(
        baseUrl,
      )}`,
    );
  }
  const token = config.getString('token');
  if (!token.trim()) throw invalid('token', 'the token is empty');

  const integer = (key: string, min: number) => {
    const value = config.getOptionalNumber(key);
    if (value !== undefined && !(Number.isInteger(value) && value >= min)) {
      throw invalid(
        key,
        `expected an integer of at least ${min}, found ${value}`,
      );
    }
    return value;
  };
  // Only the limits given: an undefined key would override the client's default.
  const limits: SourceConfig['limits'] = {};
  const timeoutMs = integer('timeoutMs', 1);
  const retries = integer('retries', 0);
  const maxBytes = integer('maxBytes', 1);
  if (timeoutMs !== undefined) limits.timeoutMs = timeoutMs;
  if (retries !== undefined) limits.retries = retries;
  if (maxBytes !== undefined) limits.maxBytes = maxBytes;
  return {
    path,
    config,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    token,
    simulated,
    limits,
  };
}
