import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { onboardingFactSourcesExtensionPoint } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { KyvernoFactSource } from './KyvernoFactSource';

const CONFIG_PATH = 'onboarding.sources.kyverno';

/** Adds the Kyverno fact source to the onboarding backend when `onboarding.sources.kyverno` is configured. */
export const onboardingModuleKyverno = createBackendModule({
  pluginId: 'onboarding',
  moduleId: 'kyverno',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        sources: onboardingFactSourcesExtensionPoint,
      },
      async init({ config, logger, sources }) {
        const own = config.getOptionalConfig(CONFIG_PATH);
        if (!own) {
          logger.info(
            `Kyverno fact source not configured (no ${CONFIG_PATH}): not registered`,
          );
          return;
        }
        const source = KyvernoFactSource.fromConfig(own, CONFIG_PATH);
        sources.addFactSource(source);
        logger.info(`Kyverno fact source registered: ${source.title}`);
      },
    });
  },
});
