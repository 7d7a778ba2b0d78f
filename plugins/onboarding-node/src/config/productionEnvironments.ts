import { SourceConfigError, ToolSourceConfig } from './readToolSourceConfig';

/** Console environments whose name says they are production, unless configured otherwise. */
export const DEFAULT_PRODUCTION_ENVIRONMENTS = ['prod', 'production'];

/**
 * Reads `productionEnvironments`: the names of the console environments that are production
 * (gate 4); every other environment (dev, preprod…) counts for gate 3. Tools see only the
 * environment's name (label `dso/environment`), not its console stage, hence this list.
 */
export function readProductionEnvironments({
  config,
  path,
}: Pick<ToolSourceConfig, 'config' | 'path'>): string[] {
  const names = config.getOptionalStringArray('productionEnvironments');
  if (names === undefined) return DEFAULT_PRODUCTION_ENVIRONMENTS;
  if (names.length === 0 || names.some(n => !/^[a-z0-9]{2,11}$/.test(n))) {
    throw new SourceConfigError(
      path,
      'productionEnvironments',
      'give at least one console environment name (2 to 11 lowercase letters or digits)',
    );
  }
  return names;
}
