import { Config } from '@backstage/config';
import {
  createFactSourceModule,
  readToolSourceConfig,
  SourceConfigError,
  sourceToolClient,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { SonarQubeFactSource } from './SonarQubeFactSource';

const TOOL = 'SonarQube';

/** Builds the source from `onboarding.sources.sonarqube`; undefined when that block is absent. */
export function sonarQubeSourceFromConfig(
  root: Config,
): SonarQubeFactSource | undefined {
  const source = readToolSourceConfig(root, 'sonarqube', {
    tool: TOOL,
    secrets: ['token'],
  });
  if (!source) return undefined;
  const { token } = source.secrets;
  const authMethod = source.config.getOptionalString('authMethod') ?? 'bearer';
  if (authMethod !== 'bearer' && authMethod !== 'basic') {
    throw new SourceConfigError(
      source.path,
      'authMethod',
      `expected bearer or basic, found ${JSON.stringify(authMethod)}`,
    );
  }
  const authorization =
    authMethod === 'bearer'
      ? `Bearer ${token}`
      : // Before SonarQube 10.0: the token as login, with an empty password.
        `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
  const client = sourceToolClient(TOOL, source, { authorization });
  return new SonarQubeFactSource(client, source.title, source.simulated);
}

/** Adds the SonarQube fact source to the onboarding backend when it is configured. */
export const onboardingModuleSonarQube = createFactSourceModule({
  moduleId: 'sonarqube',
  tool: TOOL,
  fromConfig: sonarQubeSourceFromConfig,
  whenAbsent: 'SonarQube criteria stay on declared annotations',
});
