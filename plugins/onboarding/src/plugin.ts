import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createCardExtension } from '@backstage/plugin-home-react';
import { createSearchResultListItemExtension } from '@backstage/plugin-search-react';
import { ONBOARDING_RESOURCE_DOCUMENT_TYPE } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { OnboardingClient, onboardingApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * The onboarding plugin for apps on Backstage's classic frontend system.
 * Apps on the new frontend system use the default export of `/alpha` instead.
 *
 * @public
 */
export const onboardingPlugin = createPlugin({
  id: 'onboarding',
  routes: { root: rootRouteRef },
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

/**
 * Tab for a Group's page: the onboarding maturity of the team and its sub-teams.
 *
 * @public
 */
export const GroupOnboardingContent = onboardingPlugin.provide(
  createComponentExtension({
    name: 'GroupOnboardingContent',
    component: {
      lazy: () =>
        import('./components/GroupOnboardingContent').then(
          m => m.GroupOnboardingContent,
        ),
    },
  }),
);

/**
 * Card for a Template's page: its score and the criteria it does not meet.
 *
 * @public
 */
export const TemplateScoreCard = onboardingPlugin.provide(
  createComponentExtension({
    name: 'TemplateScoreCard',
    component: {
      lazy: () =>
        import('./components/TemplateScoreCard').then(m => m.TemplateScoreCard),
    },
  }),
);

/**
 * The onboarding page: team maturity (with an owner filter) and template scores.
 *
 * @public
 */
export const OnboardingPage = onboardingPlugin.provide(
  createRoutableExtension({
    name: 'OnboardingPage',
    mountPoint: rootRouteRef,
    component: () =>
      import('./components/OnboardingPage').then(m => m.OnboardingPage),
  }),
);

// --- Catalog filters (issue 11 §2) ---
/**
 * The catalog list's onboarding filters, "Onboarding step" and "Next gate verdict", for
 * the filters of the catalog index page (`<CatalogIndexPage filters={...} />`). One
 * request to the onboarding backend per page view.
 *
 * @public
 */
export const EntityOnboardingPicker = onboardingPlugin.provide(
  createComponentExtension({
    name: 'EntityOnboardingPicker',
    component: {
      lazy: () =>
        import('./components/EntityOnboardingPicker').then(
          m => m.EntityOnboardingPicker,
        ),
    },
  }),
);
// --- end of catalog filters ---
// --- i11 home: home page card and search results ---

/**
 * Home page card "My teams" (classic home plugin): for each group of the signed-in
 * user, entities per step and what blocks most, linking to the group's onboarding tab.
 *
 * @public
 */
export const OnboardingMyTeamsCard = onboardingPlugin.provide(
  createCardExtension({
    name: 'OnboardingMyTeamsCard',
    description:
      "Cloud Pi Native onboarding of the signed-in user's teams: entities per step and what blocks most",
    components: () =>
      import('./components/MyTeamsCard').then(m => ({
        Content: m.MyTeamsCard,
      })),
  }),
);

/**
 * Search result item of the journey's recommended resources (document type
 * `onboarding-resource`), for the classic search page's result list.
 *
 * @public
 */
export const OnboardingResourceSearchResultListItem = onboardingPlugin.provide(
  createSearchResultListItemExtension({
    name: 'OnboardingResourceSearchResultListItem',
    component: () =>
      import('./components/ResourceSearchResultListItem').then(
        m => m.ResourceSearchResultListItem,
      ),
    predicate: result => result.type === ONBOARDING_RESOURCE_DOCUMENT_TYPE,
  }),
);

// --- end i11 home ---
