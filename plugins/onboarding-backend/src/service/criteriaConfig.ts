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
  const configured = config.getOptional('onboarding.criteria');
  const all = resolveCriteria(
    configured,
    withConsoleHosts(
      [...DEFAULT_CRITERIA, ...MEASURED_CRITERIA],
      consoleAllowedHosts,
    ),
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
