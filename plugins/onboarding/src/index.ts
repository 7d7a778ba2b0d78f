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
  OnboardingMyTeamsCard,
  OnboardingResourceSearchResultListItem,
} from './plugin';
export { rootRouteRef } from './routes';
export { onboardingApiRef, OnboardingClient } from './api';
export type { OnboardingApi } from './api';
export { onboardingTranslationRef } from './translation';
