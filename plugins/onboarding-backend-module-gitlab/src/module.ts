import { createFactSourceModule } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { gitlabSourceFromConfig } from './config';
import { TOOL } from './GitlabFactSource';

/**
 * Adds GitLab as a fact source of the onboarding backend, when
 * `onboarding.sources.gitlab` is configured.
 *
 * @public
 */
export const onboardingModuleGitlab = createFactSourceModule({
  moduleId: 'gitlab',
  tool: TOOL,
  fromConfig: gitlabSourceFromConfig,
  whenAbsent: 'not registered',
});
