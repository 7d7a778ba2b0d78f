import { Config } from '@backstage/config';
import {
  readSourceConfig,
  SourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';

/** What the console source needs, read from `onboarding.sources.console`. */
export interface ConsoleSourceOptions extends SourceConfig {
  /** Name of the production stage. */
  prodStageName: string;
}

/** Reads and checks the source's config; undefined when the source is not configured. */
export function readConsoleSourceConfig(
  root: Config,
): ConsoleSourceOptions | undefined {
  const common = readSourceConfig(root, 'console');
  if (!common) return undefined;
  return {
    ...common,
    prodStageName: common.config.getOptionalString('prodStageName') ?? 'prod',
  };
}
