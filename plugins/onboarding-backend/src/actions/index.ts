export { registerOnboardingActions } from './registerOnboardingActions';
export type { OnboardingStatus, OnboardingBlocker } from './onboardingStatus';
