/**
 * Cloud Pi Native onboarding for Backstage: where each catalog entity stands on the
 * five-step journey, and what to read next.
 *
 * @packageDocumentation
 */
export {
  onboardingPlugin,
  EntityOnboardingCard,
  EntityOnboardingContent,
  GroupOnboardingContent,
  OnboardingPage,
  TemplateScoreCard,
  EntityOnboardingPicker,
  OnboardingMyTeamsCard,
  OnboardingResourceSearchResultListItem,
} from './plugin';
export {
  EntityOnboardingStepFilter,
  EntityOnboardingVerdictFilter,
  ONBOARDING_STEP_FILTER,
  ONBOARDING_VERDICT_FILTER,
} from './components/EntityOnboardingPicker';
export type { OnboardingEntityFilters } from './components/EntityOnboardingPicker';
export { rootRouteRef } from './routes';
export { onboardingApiRef, OnboardingClient } from './api';
export type { OnboardingApi } from './api';
export { onboardingTranslationRef } from './translation';
