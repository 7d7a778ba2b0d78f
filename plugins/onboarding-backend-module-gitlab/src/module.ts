import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { onboardingFactSourcesExtensionPoint } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { readGitlabSourceConfig } from './config';
import { GitlabFactSource } from './GitlabFactSource';

/**
 * Adds GitLab as a fact source of the onboarding backend, when
 * `onboarding.sources.gitlab` is configured.
 *
 * @public
 */
export const onboardingModuleGitlab = createBackendModule({
  pluginId: 'onboarding',
  moduleId: 'gitlab',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        sources: onboardingFactSourcesExtensionPoint,
      },
      async init({ config, logger, sources }) {
        const options = readGitlabSourceConfig(config);
        if (!options) {
          logger.info(
            'GitLab fact source not configured (no onboarding.sources.gitlab): not registered',
          );
          return;
        }
        const source = new GitlabFactSource(options);
        sources.addFactSource(source);
        logger.info(`Fact source '${source.id}' registered: ${source.title}`);
      },
    });
  },
});
