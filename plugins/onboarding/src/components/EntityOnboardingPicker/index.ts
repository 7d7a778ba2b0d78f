export { EntityOnboardingPicker } from './EntityOnboardingPicker';
export type { OnboardingEntityFilters } from './EntityOnboardingPicker';
export {
  EntityOnboardingStepFilter,
  EntityOnboardingVerdictFilter,
  ONBOARDING_STEP_FILTER,
  ONBOARDING_VERDICT_FILTER,
} from './onboardingFilters';
