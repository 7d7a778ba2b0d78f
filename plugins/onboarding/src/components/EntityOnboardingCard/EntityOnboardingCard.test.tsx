import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { storageApiRef } from '@backstage/frontend-plugin-api';
import {
  STEPS,
  RESOURCES,
  selectResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { exampleEntity } from '../../__testUtils__/exampleCatalog';
import {
  CONFIGURED_SOURCES,
  GATHERED_AT,
} from '../../__testUtils__/factSources';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { EntityOnboardingCard } from './EntityOnboardingCard';

const card = <EntityOnboardingCard />;

const when = (iso: string, language = 'en') =>
  new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));

const criterionItem = (title: string) =>
  within(screen.getByText(title).closest('li') as HTMLElement);

/** Only SonarQube configured (simulated); it finds portail-usager's quality gate red. */
const sonarOnly = {
  sources: { items: [CONFIGURED_SOURCES.items[0]], notConfigured: [] },
  facts: {
    'component:default/portail-usager': {
      facts: { 'sonarqube/qualityGate': 'ERROR', 'sonarqube/coverage': 85 },
    },
  },
  factSources: [{ source: 'sonarqube', gatheredAt: GATHERED_AT }],
};

describe('EntityOnboardingCard', () => {
  // The app remembers language and perimeter in local storage; each test starts afresh.
  beforeEach(() => localStorage.clear());

  it('shows the evidenced step, the NO-GO verdict in words and each blocker with its fix', async () => {
    await renderWithEntity(card, exampleEntity('component', 'portail-usager'));
    expect(await screen.findByText(STEPS[2].title.en)).toBeInTheDocument();
    expect(
      screen.getByText('Step 3 of 5, according to the evidence'),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('Onboarding journey, step 3 of 5'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('NO-GO to leave step 3: blocking criteria not met: 1.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Health probes are exposed')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Missing: the annotation cloud-pi-native.fr\/health-path is not set/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/To do: Give the path of the health endpoint/),
    ).toBeInTheDocument();
  });

  it('links to the console project, its services tab and the docs of the step', async () => {
    await renderWithEntity(card, exampleEntity('component', 'portail-usager'));
    expect(
      await screen.findByRole('link', {
        name: /Open the project in the Cloud Pi Native console/,
      }),
    ).toHaveAttribute(
      'href',
      'https://console.example.fr/projects/dossier-usager',
    );
    expect(
      screen.getByRole('link', { name: /Services in the console/ }),
    ).toHaveAttribute(
      'href',
      'https://console.example.fr/projects/dossier-usager?tab=services',
    );
    expect(
      screen.getByRole('link', { name: /Docs for step 3/ }),
    ).toHaveAttribute('href', 'https://cloud-pi-native.fr/guide/get-started');
  });

  it('hides the console buttons with a hint when the entity names no console project', async () => {
    await renderWithEntity(
      card,
      exampleEntity('component', 'prise-rdv-prefecture'),
    );
    expect(await screen.findByText(STEPS[0].title.en)).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /console/i }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /Add the cloud-pi-native.fr\/console-project annotation/,
      ),
    ).toBeInTheDocument();
  });

  it('warns when the declared step is ahead of the evidence', async () => {
    await renderWithEntity(
      card,
      exampleEntity('component', 'archivage-documents'),
    );
    expect(
      await screen.findByText(
        /The entity declares step 5, but its evidence only supports step 2\./,
      ),
    ).toBeInTheDocument();
  });

  it('lists active exemptions with their expiry', async () => {
    await renderWithEntity(card, exampleEntity('component', 'api-dossiers'));
    expect(
      await screen.findByText(
        /S2-SKILLS \(The mandatory skills are covered\): exempted until 2027-03-31 \(GitOps training/,
      ),
    ).toBeInTheDocument();
  });

  it('says GO when every gate is passed', async () => {
    await renderWithEntity(
      card,
      exampleEntity('component', 'service-authentification'),
    );
    expect(
      await screen.findByText(/^GO: every gate is passed/),
    ).toBeInTheDocument();
    expect(screen.queryByText('What blocks the gate')).not.toBeInTheDocument();
  });

  it('tells how to declare a step when the annotation is missing', async () => {
    await renderWithEntity(
      card,
      exampleEntity('component', 'batch-historique'),
    );
    expect(
      await screen.findByText(
        /No step declared: add the cloud-pi-native.fr\/onboarding-step annotation/,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        'cloud-pi-native.fr/onboarding-step: "1"',
      ),
    );
  });

  it('reports a malformed step value with what was found', async () => {
    await renderWithEntity(
      card,
      exampleEntity('component', 'moteur-notifications'),
    );
    expect(
      await screen.findByText(/Invalid onboarding step/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/holds "trois": expected a whole number from 1 to 5/),
    ).toBeInTheDocument();
  });

  // Issue 11: Backstage's WarningPanel put an English "Error: " before the French title.
  it('reports a malformed step in a panel entirely in French', async () => {
    await renderWithEntity(
      card,
      exampleEntity('component', 'moteur-notifications'),
      { language: 'fr' },
    );
    const title = await screen.findByText(
      "Étape d'embarquement invalide",
      {},
      { timeout: 4000 },
    );
    const panel = title.closest('[role="alert"]') as HTMLElement;
    expect(panel.textContent).toBe(
      'Étape d\'embarquement invalideL\'annotation cloud-pi-native.fr/onboarding-step vaut "trois" : un nombre entier de 1 à 5 est attendu.',
    );
  }, 20_000);

  it('says when the evidence was evaluated and what each fact source gathered', async () => {
    await renderWithEntity(card, exampleEntity('component', 'portail-usager'), {
      factSources: [
        {
          source: 'sonarqube',
          gatheredAt: '2026-11-25T11:30:00Z',
          unavailable: { 'sonarqube/coverage': 'timed out' },
        },
        { source: 'template-skeleton' },
      ],
    });
    expect(
      await screen.findByText(
        `Evidence evaluated on every visit, from the entity as the catalog serves it; this result holds since ${when(
          '2026-11-25T12:00:00Z',
        )}.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `sonarqube: facts gathered on ${when(
          '2026-11-25T11:30:00Z',
        )}. Could not provide: sonarqube/coverage (timed out).`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('template-skeleton: no facts gathered.'),
    ).toBeInTheDocument();
  });

  it('shows a not-found state when the backend does not know the entity', async () => {
    await renderWithEntity(card, exampleEntity('component', 'portail-usager'), {
      known: false,
    });
    expect(await screen.findByText('Not evaluated')).toBeInTheDocument();
  });

  it('shows a backend error and recovers on retry', async () => {
    const { calls } = await renderWithEntity(
      card,
      exampleEntity('component', 'api-dossiers'),
      { failures: 1 },
    );
    expect(
      await screen.findByText('The onboarding evaluation could not be loaded'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(STEPS[1].title.en)).toBeInTheDocument();
    expect(calls.filter(c => c.startsWith('report'))).toHaveLength(2);
  });

  it('filters resources by perimeter and remembers the choice', async () => {
    const entity = exampleEntity('component', 'api-dossiers');
    const governanceOnly = selectResources(RESOURCES, 2, 'governance').filter(
      r => r.perimeter === 'governance',
    );
    const technicalOnly = selectResources(RESOURCES, 2, 'technical').filter(
      r => r.perimeter === 'technical',
    );
    const first = await renderWithEntity(card, entity);
    expect(await screen.findByText(technicalOnly[0].title)).toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('Show resources for'));
    await userEvent.click(
      within(screen.getByRole('listbox')).getByText(
        'Governance, decision makers',
      ),
    );
    expect(
      await screen.findByText(governanceOnly[0].title),
    ).toBeInTheDocument();
    expect(screen.queryByText(technicalOnly[0].title)).not.toBeInTheDocument();
    // The choice is kept in Backstage's StorageApi…
    const stored = first.apis
      .get(storageApiRef)
      ?.forBucket('onboarding')
      .snapshot('perimeter');
    expect(stored?.value).toBe('governance');
    first.unmount();

    // …and a later visit starts from it.
    await renderWithEntity(card, entity, {
      storage: { onboarding: { perimeter: 'governance' } },
    });
    expect(
      await screen.findByText(governanceOnly[0].title),
    ).toBeInTheDocument();
    expect(screen.queryByText(technicalOnly[0].title)).not.toBeInTheDocument();
  });

  it('speaks French when the app does', async () => {
    const { calls } = await renderWithEntity(
      card,
      exampleEntity('component', 'referentiel-communes'),
      { language: 'fr' },
    );
    expect(
      await screen.findByText(STEPS[3].title.fr, {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.getByText("Étape 4 sur 5, d'après les preuves"),
      ).toBeInTheDocument(),
    );
    expect(
      screen.getByText(
        "NO-GO pour sortir de l'étape 4 : critères bloquants non remplis : 1.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Les alertes ont un destinataire'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Absent : l'annotation cloud-pi-native.fr\/alert-contact/,
      ),
    ).toBeInTheDocument();
    expect(calls).toContain('report:fr');
  }, 20_000);

  it('says of each blocker which tool measured it and when, or that it is declared', async () => {
    await renderWithEntity(
      card,
      exampleEntity('component', 'portail-usager'),
      sonarOnly,
    );
    const gate = await waitFor(() =>
      criterionItem('The SonarQube quality gate is green'),
    );
    expect(gate.getByText('Not met')).toBeInTheDocument();
    expect(
      await gate.findByText(
        `Measured by SonarQube — SIMULATOR, gathered on ${when(GATHERED_AT)}`,
      ),
    ).toBeInTheDocument();
    expect(
      criterionItem('Health probes are exposed').getByText(
        'Declared (annotation)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('NO-GO to leave step 3: blocking criteria not met: 2.'),
    ).toBeInTheDocument();
    // SonarQube measures gate 3 here: it does not rest on declarations.
    expect(screen.queryByTestId('gate-on-declarations')).toBeNull();
  });

  it('names the tool by its id when the sources cannot be loaded', async () => {
    await renderWithEntity(card, exampleEntity('component', 'portail-usager'), {
      ...sonarOnly,
      failing: ['sources'],
    });
    expect(
      await screen.findByText(
        `Measured by sonarqube, gathered on ${when(GATHERED_AT)}`,
      ),
    ).toBeInTheDocument();
  });

  it('says next to the verdict when the next gate rests on declarations', async () => {
    // No fact source is configured: gates 3 and 4 can only be judged on declarations.
    await renderWithEntity(card, exampleEntity('component', 'portail-usager'));
    expect(
      await screen.findByText(
        'This gate rests on declarations: no platform tool measures it here.',
      ),
    ).toBeInTheDocument();
    expect(
      criterionItem('Health probes are exposed').getByText(
        'Declared (annotation)',
      ),
    ).toBeInTheDocument();
  });

  it('does not say so of a gate that no tool could measure anyway', async () => {
    // Its next gate is step 2's, which only declarations can judge.
    await renderWithEntity(card, exampleEntity('component', 'api-dossiers'));
    expect(
      await screen.findByText(/^NO-GO to leave step 2/),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('gate-on-declarations')).toBeNull();
  });
});
