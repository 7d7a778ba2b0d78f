import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  CatalogFilterBlueprint,
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import MenuBookIcon from '@material-ui/icons/MenuBook';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { ONBOARDING_RESOURCE_DOCUMENT_TYPE } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { OnboardingClient, onboardingApiRef } from './api';
import { onboardingTranslationRef } from './translation';
import { onboardingPageRouteRef } from './routes';

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

// --- Catalog filters (issue 11 §2) ---
/** The catalog list's onboarding filters (step, next gate verdict), among the catalog page's filters. */
export const catalogOnboardingFilter = CatalogFilterBlueprint.make({
  name: 'onboarding',
  params: {
    loader: async () =>
      import('./components/EntityOnboardingPicker').then(m => (
        <m.EntityOnboardingPicker />
      )),
  },
});
// --- end of catalog filters ---

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

// --- i11 home: home page card and search results ---

/** "My teams" on the home page: the signed-in user's groups, their steps and what blocks most. */
export const myTeamsHomeWidget = HomePageWidgetBlueprint.make({
  name: 'my-teams',
  params: {
    name: 'OnboardingMyTeams',
    // The card shows its title itself, in the user's language.
    description:
      "Cloud Pi Native onboarding of the signed-in user's teams: entities per step and what blocks most",
    components: () =>
      import('./components/MyTeamsCard').then(m => ({
        Content: m.MyTeamsCard,
      })),
  },
});

/** The journey's recommended resources in search results (indexed by the search module). */
export const resourceSearchResultListItem = SearchResultListItemBlueprint.make({
  name: 'resource',
  params: {
    predicate: result => result.type === ONBOARDING_RESOURCE_DOCUMENT_TYPE,
    component: () =>
      import('./components/ResourceSearchResultListItem').then(
        m => m.ResourceSearchResultListItem,
      ),
  },
});

/** A result type on the search page for the journey's recommended resources. */
export const resourceSearchResultType = SearchFilterResultTypeBlueprint.make({
  name: 'resource',
  params: {
    value: ONBOARDING_RESOURCE_DOCUMENT_TYPE,
    name: 'Cloud Pi Native',
    icon: <MenuBookIcon />,
  },
});

// --- end i11 home ---

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
    catalogOnboardingFilter,
    myTeamsHomeWidget,
    resourceSearchResultListItem,
    resourceSearchResultType,
  ],
});

export { onboardingTranslationRef };
export { onboardingPageRouteRef };
