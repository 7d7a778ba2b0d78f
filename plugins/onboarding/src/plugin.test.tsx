import { screen } from '@testing-library/react';
import {
  MockPermissionApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  OnboardingResourceDocument,
  STEPS,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  EntityOnboardingCard,
  EntityOnboardingContent,
  OnboardingMyTeamsCard,
  OnboardingResourceSearchResultListItem,
  onboardingPlugin,
} from './plugin';
import { onboardingApiRef } from './api';
import { rootRouteRef } from './routes';
import { exampleEntity } from './__testUtils__/exampleCatalog';
import { createInProcessOnboardingApi } from './__testUtils__/journeyApi';

describe('classic frontend system exports', () => {
  const entity = exampleEntity('component', 'api-dossiers');
  const { api } = createInProcessOnboardingApi({ entities: [entity] });
  const renderClassic = (
    element: JSX.Element,
    options: Parameters<typeof renderInTestApp>[1] = {},
  ) =>
    renderInTestApp(
      <TestApiProvider
        apis={[
          [onboardingApiRef, api],
          // Classic apps get it from @backstage/app-defaults.
          [permissionApiRef, new MockPermissionApi()],
        ]}
      >
        <EntityProvider entity={entity}>{element}</EntityProvider>
      </TestApiProvider>,
      options,
    );

  it('registers the onboarding API factory', () => {
    expect(onboardingPlugin.getId()).toBe('onboarding');
    const apiIds = [...onboardingPlugin.getApis()].map(
      factory => factory.api.id,
    );
    expect(apiIds).toEqual([onboardingApiRef.id]);
  });

  it('renders the entity card in a classic app', async () => {
    await renderClassic(<EntityOnboardingCard />);
    expect(await screen.findByText(STEPS[1].title.en)).toBeInTheDocument();
    expect(screen.getByText(/^NO-GO to leave step 2/)).toBeInTheDocument();
  });

  it("links the card's declared support case where a classic app mounts the page", async () => {
    await renderClassic(<EntityOnboardingCard />, {
      mountedRoutes: { '/onboarding': rootRouteRef },
    });
    expect(
      await screen.findByRole('link', {
        name: 'Declared support case 1: what it means',
      }),
    ).toHaveAttribute('href', '/onboarding/support/1');
  });

  it('renders the entity tab in a classic app', async () => {
    await renderClassic(<EntityOnboardingContent />);
    expect(
      await screen.findByRole('button', { name: 'Re-evaluate now' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Step 2: Prepare the cloud-native project/),
    ).toBeInTheDocument();
  });

  it('renders the My teams home card in a classic app', async () => {
    const { api: teamsApi } = createInProcessOnboardingApi({ summaries: {} });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [onboardingApiRef, teamsApi],
          [
            identityApiRef,
            {
              getBackstageIdentity: async () => ({
                type: 'user',
                userEntityRef: 'user:default/guest',
                ownershipEntityRefs: ['user:default/guest'],
              }),
            } as any,
          ],
        ]}
      >
        <OnboardingMyTeamsCard />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText('You belong to no group of the catalog.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My teams' })).toBeVisible();
  });

  it('renders a resource search result in a classic app', async () => {
    const resource: OnboardingResourceDocument = {
      title: 'Sécurité cloud vs sécurité on-premise',
      text: '',
      location: 'https://example.org/securite-cloud',
      step: 1,
      perimeter: 'all',
      kind: 'article',
      language: 'fr',
      stepTitle: { fr: 'Qualifier', en: 'Qualify the need' },
    };
    await renderInTestApp(
      <OnboardingResourceSearchResultListItem result={resource} />,
    );
    expect(
      await screen.findByRole('link', {
        name: /Sécurité cloud vs sécurité on-premise/,
      }),
    ).toHaveAttribute('href', 'https://example.org/securite-cloud');
  });
});
