import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
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

/** The onboarding tab of Group pages: the maturity of the team and its sub-teams. */
export const groupOnboardingContent = EntityContentBlueprint.make({
  name: 'team',
  params: {
    path: '/onboarding',
    title: onboardingTranslationRef('entityContent.tabTitle'),
    filter: { kind: 'group' },
    loader: async () =>
      import('./components/GroupOnboardingContent').then(m => (
        <m.GroupOnboardingContent />
      )),
  },
});

/** The score card of Template pages. */
export const templateScoreCard = EntityCardBlueprint.make({
  name: 'template-score',
  params: {
    filter: { kind: 'template' },
    loader: async () =>
      import('./components/TemplateScoreCard').then(m => (
        <m.TemplateScoreCard />
      )),
  },
});

/** Where the onboarding page is mounted. */
export const onboardingPageRouteRef = createRouteRef();

/** The onboarding page: team maturity and template scores. */
export const onboardingPage = PageBlueprint.make({
  params: {
    path: '/onboarding',
    routeRef: onboardingPageRouteRef,
    title: onboardingTranslationRef('nav.title'),
    icon: <TrendingUpIcon fontSize="inherit" />,
    loader: () =>
      import('./components/OnboardingPage').then(m => <m.OnboardingPage />),
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
  title: 'Onboarding',
  routes: { root: onboardingPageRouteRef },
  extensions: [
    onboardingApi,
    entityOnboardingCard,
    entityOnboardingContent,
    groupOnboardingContent,
    templateScoreCard,
    onboardingPage,
  ],
});

export { onboardingTranslationRef };
