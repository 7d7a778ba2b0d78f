export { GroupOnboardingContent } from './GroupOnboardingContent';
