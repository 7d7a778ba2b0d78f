import {
  coreServices,
  createBackendModule,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { FactSource } from './FactSource';
import { onboardingFactSourcesExtensionPoint } from './extensions';

export interface FactSourceModuleOptions {
  /** The module's id, also the source's: its config is `onboarding.sources.<moduleId>`. */
  moduleId: string;
  /** The tool's name in log lines, e.g. `SonarQube`. */
  tool: string;
  /** Builds the source from the root config; undefined when its section is absent. */
  fromConfig(config: RootConfigService): FactSource | undefined;
  /** What an absent source means for users, said in the log line. */
  whenAbsent: string;
}

/**
 * A backend module of the onboarding plugin that adds one fact source when it is
 * configured, and says in the log whether it did; a bad config stops the backend.
 */
export function createFactSourceModule(options: FactSourceModuleOptions) {
  const { moduleId, tool, fromConfig, whenAbsent } = options;
  return createBackendModule({
    pluginId: 'onboarding',
    moduleId,
    register(reg) {
      reg.registerInit({
        deps: {
          config: coreServices.rootConfig,
          logger: coreServices.logger,
          sources: onboardingFactSourcesExtensionPoint,
        },
        async init({ config, logger, sources }) {
          const source = fromConfig(config);
          if (!source) {
            logger.info(
              `${tool} fact source not configured (no onboarding.sources.${moduleId}): ${whenAbsent}`,
            );
            return;
          }
          sources.addFactSource(source);
          logger.info(`${tool} fact source registered: ${source.title}`);
        },
      });
    },
  });
}
