import {
  Language,
  viewJourney,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { OnboardingApi } from '../api';

/**
 * An OnboardingApi answering in-process with the same journey the backend serves
 * (the common package's `viewJourney`), for component tests and the dev harness.
 * `failures` makes the first calls fail, to exercise error and retry states.
 */
export function createInProcessOnboardingApi(
  options: { failures?: number } = {},
) {
  let failuresLeft = options.failures ?? 0;
  const calls: Language[] = [];
  const api: OnboardingApi = {
    async getJourney(language) {
      calls.push(language);
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('Request failed with 503 Service Unavailable');
      }
      return viewJourney(language);
    },
  };
  return { api, calls };
}
