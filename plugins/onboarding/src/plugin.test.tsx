import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { STEPS } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EntityOnboardingCard, onboardingPlugin } from './plugin';
import { onboardingApiRef } from './api';
import { createInProcessOnboardingApi } from './testing/journeyApi';

describe('classic frontend system exports', () => {
  it('registers the onboarding API factory', () => {
    expect(onboardingPlugin.getId()).toBe('onboarding');
    const apiIds = [...onboardingPlugin.getApis()].map(
      factory => factory.api.id,
    );
    expect(apiIds).toEqual([onboardingApiRef.id]);
  });

  it('renders the entity card in a classic app', async () => {
    const { api } = createInProcessOnboardingApi();
    await renderInTestApp(
      <TestApiProvider apis={[[onboardingApiRef, api]]}>
        <EntityProvider
          entity={{
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: {
              name: 'svc',
              annotations: { 'cloud-pi-native.fr/onboarding-step': '2' },
            },
          }}
        >
          <EntityOnboardingCard />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(await screen.findByText(STEPS[1].title.en)).toBeInTheDocument();
  });
});
