export { EntityOnboardingContent } from './EntityOnboardingContent';
