/**
 * GitLab as a fact source of the onboarding backend.
 *
 * @packageDocumentation
 */
export { onboardingModuleGitlab as default } from './module';
export { GitlabFactSource, GITLAB_FACTS } from './GitlabFactSource';
export { readGitlabSourceConfig } from './config';
export type { GitlabSourceOptions } from './config';
