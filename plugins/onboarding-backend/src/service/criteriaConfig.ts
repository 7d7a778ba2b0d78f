import { createHash } from 'node:crypto';
import { Config } from '@backstage/config';
import {
  Criterion,
  DEFAULT_CRITERIA,
  MEASURED_CRITERIA,
  criteriaForSources,
  gatesOnDeclarations,
  resolveCriteria,
  withConsoleHosts,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** The criteria in force, and a short fingerprint that changes whenever they do. */
export interface CriteriaSet {
  criteria: Criterion[];
  version: string;
  /** Gates that could be measured but rest on declarations here (their sources are not configured). */
  gatesOnDeclarations: number[];
}

/**
 * Reads `onboarding.criteria` and applies it to the default and measured criteria, then
 * keeps the measured ones whose fact source is configured, in place of the declared
 * criteria they replace. A bad entry throws a CriteriaConfigError naming its config
 * path, which stops the backend at start-up.
 */
export function loadCriteria(
  config: Config,
  consoleAllowedHosts?: readonly string[],
  configuredSources: ReadonlySet<string> = new Set(),
): CriteriaSet {
  return resolveCriteriaSet(
    config.getOptional('onboarding.criteria'),
    consoleAllowedHosts,
    configuredSources,
  );
}

/**
 * Applies a value shaped like `onboarding.criteria` (from app-config, or a proposed set
 * submitted for an impact preview) to the default and measured criteria, exactly as at
 * start-up. Throws a CriteriaConfigError naming each problem's path.
 */
export function resolveCriteriaSet(
  configured: unknown,
  consoleAllowedHosts?: readonly string[],
  configuredSources: ReadonlySet<string> = new Set(),
  configPath = 'onboarding.criteria',
): CriteriaSet {
  const all = resolveCriteria(
    configured,
    withConsoleHosts(
      [...DEFAULT_CRITERIA, ...MEASURED_CRITERIA],
      consoleAllowedHosts,
    ),
    configPath,
  );
  const criteria = criteriaForSources(all, configuredSources);
  const version = createHash('sha256')
    .update(JSON.stringify(criteria))
    .digest('hex')
    .slice(0, 16);
  return {
    criteria,
    version,
    gatesOnDeclarations: gatesOnDeclarations(criteria, all),
  };
}
