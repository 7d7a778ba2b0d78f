import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  RESOURCES,
  STEPS,
  selectResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { createInProcessOnboardingApi } from '../../testing/journeyApi';
import { EntityOnboardingCard } from './EntityOnboardingCard';

function component(annotations: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'portail-usager', annotations },
    spec: {
      type: 'website',
      lifecycle: 'development',
      owner: 'group:equipe-usagers',
    },
  };
}

const appConfig = (language: 'fr' | 'en') => ({
  app: {
    extensions: [
      {
        'api:app/app-language': {
          config: {
            availableLanguages: ['fr', 'en'],
            defaultLanguage: language,
          },
        },
      },
    ],
  },
  onboarding: {
    console: { baseUrl: 'https://console.example.fr' },
    docs: { baseUrl: 'https://docs.example.fr' },
  },
});

async function renderCard(
  entity: Entity,
  options: { language?: 'fr' | 'en'; failures?: number } = {},
) {
  const { api, calls } = createInProcessOnboardingApi({
    failures: options.failures,
  });
  await renderInTestApp(
    <EntityProvider entity={entity}>
      <EntityOnboardingCard />
    </EntityProvider>,
    {
      config: appConfig(options.language ?? 'en'),
      apis: [[onboardingApiRef, api]],
    },
  );
  return { calls };
}

describe('EntityOnboardingCard', () => {
  // The app remembers the chosen language in local storage; each test starts from its own config.
  beforeEach(() => localStorage.clear());

  it('shows the declared step, its resources and the console link', async () => {
    const { calls } = await renderCard(
      component({
        'cloud-pi-native.fr/onboarding-step': '3',
        'cloud-pi-native.fr/console-project': 'dossier-usager',
      }),
    );
    expect(await screen.findByText(STEPS[2].title.en)).toBeInTheDocument();
    expect(screen.getByText('Declared step 3 of 5')).toBeInTheDocument();
    expect(
      screen.getByLabelText('Onboarding journey, step 3 of 5'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Maturity: ${STEPS[2].maturity.en}`),
    ).toBeInTheDocument();

    const expected = selectResources(RESOURCES, 3);
    for (const resource of expected) {
      expect(screen.getAllByText(resource.title).length).toBeGreaterThan(0);
    }
    // A resource of another step is not listed.
    const otherStep = RESOURCES.find(
      r => r.step === 1 && !expected.some(e => e.title === r.title),
    )!;
    expect(screen.queryByText(otherStep.title)).not.toBeInTheDocument();

    expect(
      screen.getByRole('link', {
        name: /Open the project in the Cloud Pi Native console/,
      }),
    ).toHaveAttribute(
      'href',
      'https://console.example.fr/projects/dossier-usager',
    );
    expect(
      screen.getByRole('link', { name: /Cloud Pi Native documentation/ }),
    ).toHaveAttribute('href', 'https://docs.example.fr/');
    expect(calls).toEqual(['en']);
  });

  it('hides the console link and says which annotation adds it', async () => {
    await renderCard(component({ 'cloud-pi-native.fr/onboarding-step': '1' }));
    expect(await screen.findByText(STEPS[0].title.en)).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /console/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /Add the cloud-pi-native.fr\/console-project annotation/,
      ),
    ).toBeInTheDocument();
  });

  it('states that step 5 has no go/no-go statement', async () => {
    await renderCard(component({ 'cloud-pi-native.fr/onboarding-step': '5' }));
    expect(await screen.findByText(STEPS[4].gapNote!.en)).toBeInTheDocument();
  });

  it('tells how to declare a step when the annotation is missing', async () => {
    const { calls } = await renderCard(component());
    expect(
      await screen.findByText('No onboarding step declared'),
    ).toBeInTheDocument();
    // The snippet is syntax-highlighted, so its text spans several elements.
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        'cloud-pi-native.fr/onboarding-step: "1"',
      ),
    );
    expect(calls).toEqual([]);
  });

  it('reports a malformed step value with what was found', async () => {
    await renderCard(
      component({ 'cloud-pi-native.fr/onboarding-step': 'trois' }),
    );
    expect(
      await screen.findByText(/Invalid onboarding step/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/holds "trois": expected a whole number from 1 to 5/),
    ).toBeInTheDocument();
  });

  it('shows a backend error and recovers on retry', async () => {
    const { calls } = await renderCard(
      component({ 'cloud-pi-native.fr/onboarding-step': '2' }),
      { failures: 1 },
    );
    expect(
      await screen.findByText('The onboarding journey could not be loaded'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(STEPS[1].title.en)).toBeInTheDocument();
    expect(calls).toHaveLength(2);
  });

  it('speaks French when the app does', async () => {
    const { calls } = await renderCard(
      component({ 'cloud-pi-native.fr/onboarding-step': '4' }),
      { language: 'fr' },
    );
    // French messages and the French journey load lazily once the language is known.
    expect(
      await screen.findByText(STEPS[3].title.fr, {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('Étape déclarée : 4 sur 5')).toBeInTheDocument(),
    );
    expect(
      screen.getByText(`Maturité : ${STEPS[3].maturity.fr}`),
    ).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(within(list).getAllByText('Tous').length).toBeGreaterThan(0);
    expect(calls).toContain('fr');
  }, 20_000);
});
