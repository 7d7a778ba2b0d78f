import { mockServices } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';

/**
 * Config for request tests: the scheduled catalog pass is pushed out of the way (a day
 * away, first run in an hour), so only the requests under test evaluate anything.
 */
export function quietOnboardingConfig(onboarding: JsonObject = {}) {
  return mockServices.rootConfig.factory({
    data: {
      onboarding: {
        schedule: {
          frequency: { hours: 24 },
          timeout: { minutes: 5 },
          initialDelay: { hours: 1 },
        },
        ...onboarding,
      },
    },
  });
}
