import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { OnboardingClient, onboardingApiRef } from './api';

/**
 * The onboarding plugin for apps on Backstage's classic frontend system.
 * Apps on the new frontend system use the default export of `/alpha` instead.
 *
 * @public
 */
export const onboardingPlugin = createPlugin({
  id: 'onboarding',
  apis: [
    createApiFactory({
      api: onboardingApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new OnboardingClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * Card for an entity's overview page: its step on the Cloud Pi Native journey,
 * the step's resources and links to the console and the docs.
 *
 * @public
 */
export const EntityOnboardingCard = onboardingPlugin.provide(
  createComponentExtension({
    name: 'EntityOnboardingCard',
    component: {
      lazy: () =>
        import('./components/EntityOnboardingCard').then(
          m => m.EntityOnboardingCard,
        ),
    },
  }),
);

/**
 * Tab for an entity's page: every criterion with its evidence, the step history,
 * re-evaluation, and the annotations still missing.
 *
 * @public
 */
export const EntityOnboardingContent = onboardingPlugin.provide(
  createComponentExtension({
    name: 'EntityOnboardingContent',
    component: {
      lazy: () =>
        import('./components/EntityOnboardingContent').then(
          m => m.EntityOnboardingContent,
        ),
    },
  }),
);
