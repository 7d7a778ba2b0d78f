import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  onboardingFactSourcesExtensionPoint,
  readToolSourceConfig,
  requiredString,
  ToolClient,
  ToolSourceConfigError,
  toolSourceTitle,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { HarborFactSource } from './HarborFactSource';

/** Builds the source from `onboarding.sources.harbor`; undefined when that block is absent. */
export function harborSourceFromConfig(
  root: Config,
): HarborFactSource | undefined {
  const source = readToolSourceConfig(root, 'harbor');
  if (!source) return undefined;
  const username = requiredString(source.config, source.path, 'username');
  const password = requiredString(source.config, source.path, 'password');
  if (username.includes(':')) {
    throw new ToolSourceConfigError(
      `${source.path}.username: must not contain ':' (Basic authentication separates it from the password)`,
    );
  }
  const maxRepositories =
    source.config.getOptionalNumber('maxRepositories') ?? 500;
  if (!Number.isInteger(maxRepositories) || maxRepositories < 1) {
    throw new ToolSourceConfigError(
      `${source.path}.maxRepositories: expected a positive whole number, found ${maxRepositories}`,
    );
  }
  const client = new ToolClient({
    tool: 'Harbor',
    baseUrl: source.baseUrl,
    headers: {
      authorization: `Basic ${Buffer.from(`${username}:${password}`).toString(
        'base64',
      )}`,
    },
    // Only when set: an undefined option would override ToolClient's default.
    ...(source.timeoutMs !== undefined && { timeoutMs: source.timeoutMs }),
  });
  return new HarborFactSource(
    client,
    toolSourceTitle('Harbor', source),
    source.simulated,
    maxRepositories,
  );
}

/** Adds the Harbor fact source to the onboarding backend when it is configured. */
export const onboardingModuleHarbor = createBackendModule({
  pluginId: 'onboarding',
  moduleId: 'harbor',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        sources: onboardingFactSourcesExtensionPoint,
      },
      async init({ config, logger, sources }) {
        const source = harborSourceFromConfig(config);
        if (!source) {
          logger.info(
            'Harbor fact source not configured (onboarding.sources.harbor): no image vulnerability measurement',
          );
          return;
        }
        sources.addFactSource(source);
        logger.info(`Harbor fact source registered: ${source.title}`);
      },
    });
  },
});
