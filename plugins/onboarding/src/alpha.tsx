import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { OnboardingClient, onboardingApiRef } from './api';
import { onboardingTranslationRef } from './translation';

/** The client of the onboarding backend. */
export const onboardingApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: onboardingApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new OnboardingClient({ discoveryApi, fetchApi }),
    }),
});

/** The onboarding card on the overview of components, systems and APIs. */
export const entityOnboardingCard = EntityCardBlueprint.make({
  name: 'overview',
  params: {
    filter: { kind: { $in: ['component', 'system', 'api'] } },
    loader: async () =>
      import('./components/EntityOnboardingCard').then(m => (
        <m.EntityOnboardingCard />
      )),
  },
});

/** The onboarding tab of components, systems and APIs: every criterion, history, re-evaluation. */
export const entityOnboardingContent = EntityContentBlueprint.make({
  name: 'criteria',
  params: {
    path: '/onboarding',
    title: onboardingTranslationRef('entityContent.tabTitle'),
    filter: { kind: { $in: ['component', 'system', 'api'] } },
    loader: async () =>
      import('./components/EntityOnboardingContent').then(m => (
        <m.EntityOnboardingContent />
      )),
  },
});

/**
 * The onboarding plugin for apps on Backstage's new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'onboarding',
  info: { packageJson: () => import('../package.json') },
  extensions: [onboardingApi, entityOnboardingCard, entityOnboardingContent],
});

export { onboardingTranslationRef };
