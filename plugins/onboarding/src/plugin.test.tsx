import { screen } from '@testing-library/react';
import {
  MockPermissionApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { STEPS } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import {
  EntityOnboardingCard,
  EntityOnboardingContent,
  onboardingPlugin,
} from './plugin';
import { onboardingApiRef } from './api';
import { exampleEntity } from './__testUtils__/exampleCatalog';
import { createInProcessOnboardingApi } from './__testUtils__/journeyApi';

describe('classic frontend system exports', () => {
  const entity = exampleEntity('component', 'api-dossiers');
  const { api } = createInProcessOnboardingApi({ entities: [entity] });
  const renderClassic = (element: JSX.Element) =>
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

  it('renders the entity tab in a classic app', async () => {
    await renderClassic(<EntityOnboardingContent />);
    expect(
      await screen.findByRole('button', { name: 'Re-evaluate now' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Step 2: Prepare the cloud-native project/),
    ).toBeInTheDocument();
  });
});
