import { createHash } from 'node:crypto';
import { Config } from '@backstage/config';
import {
  Criterion,
  DEFAULT_CRITERIA,
  resolveCriteria,
  withConsoleHosts,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** The criteria in force, and a short fingerprint that changes whenever they do. */
export interface CriteriaSet {
  criteria: Criterion[];
  version: string;
}

/**
 * Reads `onboarding.criteria` and applies it to the default criteria. A bad entry
 * throws a CriteriaConfigError naming its config path, which stops the backend at start-up.
 */
export function loadCriteria(
  config: Config,
  consoleAllowedHosts?: readonly string[],
): CriteriaSet {
  const configured = config.getOptional('onboarding.criteria');
  const criteria = resolveCriteria(
    configured,
    withConsoleHosts(DEFAULT_CRITERIA, consoleAllowedHosts),
  );
  const version = createHash('sha256')
    .update(JSON.stringify(criteria))
    .digest('hex')
    .slice(0, 16);
  return { criteria, version };
}
