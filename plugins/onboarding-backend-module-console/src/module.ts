import { createFactSourceModule } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { consoleSourceFromConfig } from './config';
import { TOOL } from './ConsoleFactSource';

/**
 * Adds the Cloud Pi Native console as a fact source of the onboarding backend, when
 * `onboarding.sources.console` is configured.
 *
 * @public
 */
export const onboardingModuleConsole = createFactSourceModule({
  moduleId: 'console',
  tool: TOOL,
  fromConfig: consoleSourceFromConfig,
  whenAbsent: 'not registered',
});
