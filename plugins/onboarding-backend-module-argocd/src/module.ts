import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { onboardingFactSourcesExtensionPoint } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { ArgoCdFactSource } from './ArgoCdFactSource';

const CONFIG_PATH = 'onboarding.sources.argocd';

/** Adds the Argo CD fact source to the onboarding backend when `onboarding.sources.argocd` is configured. */
export const onboardingModuleArgoCd = createBackendModule({
  pluginId: 'onboarding',
  moduleId: 'argocd',
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
            `Argo CD fact source not configured (no ${CONFIG_PATH}): not registered`,
          );
          return;
        }
        const source = ArgoCdFactSource.fromConfig(own, CONFIG_PATH);
        sources.addFactSource(source);
        logger.info(`Argo CD fact source registered: ${source.title}`);
      },
    });
  },
});
