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
import { SonarQubeFactSource } from './SonarQubeFactSource';

/** Builds the source from `onboarding.sources.sonarqube`; undefined when that block is absent. */
export function sonarQubeSourceFromConfig(
  root: Config,
): SonarQubeFactSource | undefined {
  const source = readToolSourceConfig(root, 'sonarqube');
  if (!source) return undefined;
  const token = requiredString(source.config, source.path, 'token');
  const authMethod = source.config.getOptionalString('authMethod') ?? 'bearer';
  if (authMethod !== 'bearer' && authMethod !== 'basic') {
    throw new ToolSourceConfigError(
      `${
        source.path
      }.authMethod: expected bearer or basic, found ${JSON.stringify(
        authMethod,
      )}`,
    );
  }
  const authorization =
    authMethod === 'bearer'
      ? `Bearer ${token}`
      : // Before SonarQube 10.0: the token as login, with an empty password.
        `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
  const client = new ToolClient({
    tool: 'SonarQube',
    baseUrl: source.baseUrl,
    headers: { authorization },
    // Only when set: an undefined option would override ToolClient's default.
    ...(source.timeoutMs !== undefined && { timeoutMs: source.timeoutMs }),
  });
  return new SonarQubeFactSource(
    client,
    toolSourceTitle('SonarQube', source),
    source.simulated,
  );
}

/** Adds the SonarQube fact source to the onboarding backend when it is configured. */
export const onboardingModuleSonarQube = createBackendModule({
  pluginId: 'onboarding',
  moduleId: 'sonarqube',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        sources: onboardingFactSourcesExtensionPoint,
      },
      async init({ config, logger, sources }) {
        const source = sonarQubeSourceFromConfig(config);
        if (!source) {
          logger.info(
            'SonarQube fact source not configured (onboarding.sources.sonarqube): SonarQube criteria stay on declared annotations',
          );
          return;
        }
        sources.addFactSource(source);
        logger.info(`SonarQube fact source registered: ${source.title}`);
      },
    });
  },
});
