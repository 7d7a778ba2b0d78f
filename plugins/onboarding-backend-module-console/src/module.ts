import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { onboardingFactSourcesExtensionPoint } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { readConsoleSourceConfig } from './config';
import { ConsoleFactSource } from './ConsoleFactSource';

/**
 * Adds the Cloud Pi Native console as a fact source of the onboarding backend, when
 * `onboarding.sources.console` is configured.
 *
 * @public
 */
export const onboardingModuleConsole = createBackendModule({
  pluginId: 'onboarding',
  moduleId: 'console',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        sources: onboardingFactSourcesExtensionPoint,
      },
      async init({ config, logger, sources }) {
        const options = readConsoleSourceConfig(config);
        if (!options) {
          logger.info(
            'Cloud Pi Native console fact source not configured (no onboarding.sources.console): not registered',
          );
          return;
        }
        const source = new ConsoleFactSource(options);
        sources.addFactSource(source);
        logger.info(`Fact source '${source.id}' registered: ${source.title}`);
      },
    });
  },
});
