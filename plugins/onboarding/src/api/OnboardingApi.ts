import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  JourneyView,
  Language,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** Client of the onboarding backend. */
export interface OnboardingApi {
  /** The whole journey (steps, perimeters, resources) with its texts in one language. */
  getJourney(language: Language): Promise<JourneyView>;
}

/** Reference to the {@link OnboardingApi}. */
export const onboardingApiRef = createApiRef<OnboardingApi>().with({
  id: 'plugin.onboarding.api',
  pluginId: 'onboarding',
});
