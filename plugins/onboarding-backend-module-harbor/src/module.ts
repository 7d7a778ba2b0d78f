import { Config } from '@backstage/config';
import {
  createFactSourceModule,
  readToolSourceConfig,
  SourceConfigError,
  sourceToolClient,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { HarborFactSource } from './HarborFactSource';

const TOOL = 'Harbor';

/** Builds the source from `onboarding.sources.harbor`; undefined when that block is absent. */
export function harborSourceFromConfig(
  root: Config,
): HarborFactSource | undefined {
  const source = readToolSourceConfig(root, 'harbor', {
    tool: TOOL,
    secrets: ['username', 'password'],
  });
  if (!source) return undefined;
  const { username, password } = source.secrets;
  if (username.includes(':')) {
    throw new SourceConfigError(
      source.path,
      'username',
      "must not contain ':' (Basic authentication separates it from the password)",
    );
  }
  const maxRepositories =
    source.config.getOptionalNumber('maxRepositories') ?? 500;
  if (!Number.isInteger(maxRepositories) || maxRepositories < 1) {
    throw new SourceConfigError(
      source.path,
      'maxRepositories',
      `expected a positive whole number, found ${maxRepositories}`,
    );
  }
  const client = sourceToolClient(TOOL, source, {
    authorization: `Basic ${Buffer.from(`${username}:${password}`).toString(
      'base64',
    )}`,
  });
  return new HarborFactSource(
    client,
    source.title,
    source.simulated,
    maxRepositories,
  );
}

/** Adds the Harbor fact source to the onboarding backend when it is configured. */
export const onboardingModuleHarbor = createFactSourceModule({
  moduleId: 'harbor',
  tool: TOOL,
  fromConfig: harborSourceFromConfig,
  whenAbsent: 'no image vulnerability measurement',
});
