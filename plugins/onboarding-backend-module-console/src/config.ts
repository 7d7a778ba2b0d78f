import { Config } from '@backstage/config';
import {
  readToolSourceConfig,
  ToolSourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { ConsoleFactSource, TOOL } from './ConsoleFactSource';

/** What the console source needs, read from `onboarding.sources.console`. */
export interface ConsoleSourceOptions extends ToolSourceConfig<'token'> {
  /** Name of the production stage. */
  prodStageName: string;
}

/** Reads and checks the source's config; undefined when the source is not configured. */
export function readConsoleSourceConfig(
  root: Config,
): ConsoleSourceOptions | undefined {
  const common = readToolSourceConfig(root, 'console', {
    tool: TOOL,
    secrets: ['token'],
  });
  if (!common) return undefined;
  return {
    ...common,
    prodStageName: common.config.getOptionalString('prodStageName') ?? 'prod',
  };
}

/** The console source as configured, or undefined when it is not. */
export function consoleSourceFromConfig(root: Config) {
  const options = readConsoleSourceConfig(root);
  return options && new ConsoleFactSource(options);
}
