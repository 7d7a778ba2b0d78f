import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { exampleEntity } from '../../__testUtils__/exampleCatalog';
import {
  CONFIGURED_SOURCES,
  GATHERED_AT,
} from '../../__testUtils__/factSources';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { EntityOnboardingContent } from './EntityOnboardingContent';

const tab = <EntityOnboardingContent />;

const history = [
  {
    id: 3,
    evaluatedAt: '2026-10-01T08:00:00Z',
    step: 3 as const,
    verdict: 'NO-GO' as const,
    blockingCount: 1,
  },
  {
    id: 2,
    evaluatedAt: '2026-07-01T08:00:00Z',
    step: 2 as const,
    verdict: 'NO-GO' as const,
    blockingCount: 2,
  },
  {
    id: 1,
    evaluatedAt: '2026-03-01T08:00:00Z',
    step: 1 as const,
    verdict: 'NO-GO' as const,
    blockingCount: 4,
  },
];

const criterionItem = (title: string) =>
  screen.getByText(title).closest('li') as HTMLElement;

const stepSection = (name: RegExp) =>
  within(screen.getByRole('region', { name }));

const whenIn = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));

const when = (iso: string) => whenIn(iso, 'en');

const DECLARED_GATE =
  'This gate rests on declarations: no platform tool measures it here.';

describe('EntityOnboardingContent', () => {
  beforeEach(() => localStorage.clear());

  it('shows every step with its gate and every criterion with state, evidence, fix and source', async () => {
    await renderWithEntity(tab, exampleEntity('component', 'portail-usager'));
    expect(
      await screen.findByText(/^Step 1: Qualify the need/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Step 5: Reach the best standards/),
    ).toBeInTheDocument();
    expect(screen.getByText('Gate of step 1: GO')).toBeInTheDocument();
    expect(screen.getByText('Gate of step 3: NO-GO')).toBeInTheDocument();
    expect(screen.getByText('No gate at this step')).toBeInTheDocument();

    const sonar = within(criterionItem('SonarQube analysis is wired'));
    expect(sonar.getByText('Met')).toBeInTheDocument();
    expect(
      sonar.getByText(
        /^Evidence seen: annotation:sonarqube.org\/project-key = "dossier-usager-portail-usager-3f9a"/,
      ),
    ).toBeInTheDocument();
    expect(
      sonar.getByText(/^Source: cloud-pi-native\/gitlab-ci-catalog/),
    ).toBeInTheDocument();

    const probes = within(criterionItem('Health probes are exposed'));
    expect(probes.getByText('Not met')).toBeInTheDocument();
    expect(probes.getByText('S3-PROBES · Blocking')).toBeInTheDocument();
    expect(
      probes.getByText(/^To do: Give the path of the health endpoint/),
    ).toBeInTheDocument();
    const logs = within(criterionItem('Logs are structured'));
    expect(logs.getByRole('link', { name: /How to fix/ })).toHaveAttribute(
      'href',
      'https://cloud-pi-native.fr/guide/logs/loki',
    );
    // Inside a sentence, a link is told apart by more than its colour (WCAG 1.4.1).
    expect(logs.getByRole('link', { name: /How to fix/ })).toHaveClass(
      'MuiLink-underlineAlways',
    );
  });

  it('says when the evidence was evaluated, in the language of the app', async () => {
    await renderWithEntity(tab, exampleEntity('component', 'portail-usager'), {
      language: 'fr',
      factSources: [
        { source: 'sonarqube', gatheredAt: '2026-11-24T09:00:00Z' },
      ],
    });
    const inFrench = (iso: string) => whenIn(iso, 'fr');
    expect(
      await screen.findByText(
        `Éléments évalués à chaque visite, sur l'entité telle que le catalogue la sert ; ce résultat tient depuis le ${inFrench(
          '2026-11-25T12:00:00Z',
        )}.`,
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `sonarqube : faits recueillis le ${inFrench('2026-11-24T09:00:00Z')}.`,
      ),
    ).toBeInTheDocument();
  }, 20_000);

  it('filters criteria by state and by severity', async () => {
    await renderWithEntity(
      tab,
      exampleEntity('component', 'gestion-habilitations'),
    );
    await screen.findByText(/^Step 1: Qualify the need/);
    await userEvent.click(screen.getByLabelText('State'));
    await userEvent.click(
      within(screen.getByRole('listbox')).getByText('Malformed'),
    );
    expect(
      await screen.findByText('The project plan is written'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('A sponsor backs the initiative'),
    ).not.toBeInTheDocument();
    expect(screen.getAllByText('Malformed').length).toBeGreaterThan(1);

    await userEvent.click(screen.getByLabelText('State'));
    await userEvent.click(within(screen.getByRole('listbox')).getByText('Any'));
    await userEvent.click(screen.getByLabelText('Severity'));
    await userEvent.click(
      within(screen.getByRole('listbox')).getByText('Advisory'),
    );
    expect(
      await screen.findByText('The eligibility case is known'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('A sponsor backs the initiative'),
    ).not.toBeInTheDocument();
  });

  it('renders evidence as text, never as markup', async () => {
    const base = exampleEntity('component', 'portail-usager');
    const hostile: Entity = {
      ...base,
      metadata: {
        ...base.metadata,
        annotations: {
          ...base.metadata.annotations,
          'cloud-pi-native.fr/health-path': '<img src=x onerror=alert(1)>',
        },
      },
    };
    await renderWithEntity(tab, hostile);
    const probes = within(
      await waitFor(() => criterionItem('Health probes are exposed')),
    );
    expect(probes.getByText('Malformed')).toBeInTheDocument();
    expect(
      probes.getAllByText(/<img src=x onerror=alert\(1\)>/).length,
    ).toBeGreaterThan(0);
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('draws the step history and lists each change', async () => {
    await renderWithEntity(tab, exampleEntity('component', 'portail-usager'), {
      history,
    });
    expect(
      await screen.findByRole('img', {
        name: /^Evidenced step from 2026-03-01 to /,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2026-10-01: step 3, blockers: 1'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2026-03-01: step 1, blockers: 4'),
    ).toBeInTheDocument();
  });

  it('says when there is no history yet', async () => {
    await renderWithEntity(tab, exampleEntity('component', 'portail-usager'));
    expect(await screen.findByText(/^No history yet/)).toBeInTheDocument();
  });

  it('re-evaluates on demand and says what came out', async () => {
    const { calls } = await renderWithEntity(
      tab,
      exampleEntity('component', 'referentiel-communes'),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Re-evaluate now' }),
    );
    expect(
      await screen.findByText('Evaluated again: the entity stands at step 4.'),
    ).toBeInTheDocument();
    expect(calls).toContain('refresh:en');
    expect(calls.filter(c => c === 'history')).toHaveLength(2);
  });

  it('reports a failed re-evaluation and keeps showing the last result', async () => {
    await renderWithEntity(
      tab,
      exampleEntity('component', 'referentiel-communes'),
      { failing: ['refresh:en'] },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Re-evaluate now' }),
    );
    expect(
      await screen.findByText(
        /^The re-evaluation failed: Request failed with 503/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Gate of step 4: NO-GO')).toBeInTheDocument();
  });

  it('offers the missing annotations as a snippet to paste', async () => {
    await renderWithEntity(tab, exampleEntity('component', 'api-dossiers'));
    await screen.findByText('Copy the missing annotations');
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        'cloud-pi-native.fr/architecture-doc: "https://wiki.example.gouv.fr/mon-projet/architecture"',
      ),
    );
    const text = document.body.textContent ?? '';
    expect(text).toContain('cloud-pi-native.fr/access-request: "2026-02-01"');
    // Exempted and met criteria ask for nothing.
    expect(text).not.toContain('cloud-pi-native.fr/skills:');
    expect(text).not.toContain('cloud-pi-native.fr/sponsor:');
    // A line longer than the box scrolls: keyboard users reach it (WCAG 2.1.1).
    const snippet = screen.getByLabelText('catalog-info.yaml fragment');
    expect(snippet.tagName).toBe('PRE');
    expect(snippet).toHaveAttribute('tabindex', '0');
    expect(snippet.textContent).toContain('cloud-pi-native.fr/access-request');
    expect(
      screen.getByRole('button', { name: 'Copy the fragment' }),
    ).toBeInTheDocument();
  });

  it('speaks French when the app does', async () => {
    await renderWithEntity(tab, exampleEntity('component', 'portail-usager'), {
      language: 'fr',
    });
    expect(
      await screen.findByText(
        /^Étape 3 : Lancer un MVP/,
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Réévaluer maintenant' }),
    ).toBeInTheDocument();
    expect(screen.getByText("Porte de l'étape 3 : NO-GO")).toBeInTheDocument();
    expect(
      screen.getByText('Copier les annotations manquantes'),
    ).toBeInTheDocument();
    expect(
      within(criterionItem('Les sondes de santé sont exposées')).getByText(
        'Déclaré (annotation)',
      ),
    ).toBeInTheDocument();
    expect(
      stepSection(/^Étape 3 :/).getByText(
        'Cette porte repose sur des déclarations : aucun outil de la plateforme ne la mesure ici.',
      ),
    ).toBeInTheDocument();
  }, 20_000);

  it('says which gates rest on declarations, on those gates only', async () => {
    // No fact source is configured: gates 3 and 4 could be measured, but are not.
    await renderWithEntity(tab, exampleEntity('component', 'portail-usager'));
    await screen.findByText(/^Step 1: Qualify the need/);
    expect(
      stepSection(/^Step 3:/).getByText(DECLARED_GATE),
    ).toBeInTheDocument();
    expect(
      stepSection(/^Step 4:/).getByText(DECLARED_GATE),
    ).toBeInTheDocument();
    // No tool measures gates 1 and 2 anywhere: nothing to say there.
    expect(stepSection(/^Step 1:/).queryByText(DECLARED_GATE)).toBeNull();
    expect(stepSection(/^Step 2:/).queryByText(DECLARED_GATE)).toBeNull();
  });

  it('says of every criterion whether a tool measured it or it is declared', async () => {
    await renderWithEntity(tab, exampleEntity('component', 'portail-usager'), {
      sources: CONFIGURED_SOURCES,
      facts: {
        'component:default/portail-usager': {
          facts: { 'sonarqube/qualityGate': 'OK', 'sonarqube/coverage': 62 },
          // A key covers the facts below it: every Harbor fact is unavailable.
          unavailableFacts: {
            harbor: 'Harbor answered 503 Service Unavailable',
          },
        },
      },
      factSources: [
        { source: 'sonarqube', gatheredAt: GATHERED_AT },
        {
          source: 'harbor',
          gatheredAt: GATHERED_AT,
          unavailable: { harbor: 'Harbor answered 503 Service Unavailable' },
        },
      ],
    });
    const gate = within(
      await waitFor(() => criterionItem('The SonarQube quality gate is green')),
    );
    expect(gate.getByText('Met')).toBeInTheDocument();
    expect(
      await gate.findByText(
        `Measured by SonarQube — SIMULATOR, gathered on ${when(GATHERED_AT)}`,
      ),
    ).toBeInTheDocument();
    // A source that could not answer: the criterion is unknown, and says why.
    const harbor = within(
      criterionItem('Scanned images have no critical vulnerability'),
    );
    expect(harbor.getByText('Unknown')).toBeInTheDocument();
    expect(
      harbor.getByText(
        `Measured by Harbor, which could not answer on ${when(
          GATHERED_AT,
        )}: unknown until it does`,
      ),
    ).toBeInTheDocument();
    expect(
      harbor.getByText(/unavailable: Harbor answered 503 Service Unavailable$/),
    ).toBeInTheDocument();
    expect(
      within(criterionItem('A sponsor backs the initiative')).getByText(
        'Declared (annotation)',
      ),
    ).toBeInTheDocument();
    // Configured sources measure gates 3 and 4.
    expect(screen.queryByText(DECLARED_GATE)).toBeNull();
  });

  it('disables re-evaluation, saying why, when the permission policy does not allow it', async () => {
    // usePermission caches decisions per entity for the test file's life: an entity of
    // its own keeps this refusal from reaching the other tests.
    const { calls } = await renderWithEntity(
      tab,
      exampleEntity('component', 'suivi-demandes'),
      { allowed: false },
    );
    const button = await screen.findByRole('button', {
      name: 'Re-evaluate now',
    });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription(
      /^You may not re-evaluate this entity: the permission policy/,
    );
    await userEvent.click(button).catch(() => undefined);
    expect(calls).not.toContain('refresh:en');
  });

  it('says clearly when the backend refuses the re-evaluation anyway (403)', async () => {
    await renderWithEntity(
      tab,
      exampleEntity('component', 'referentiel-communes'),
      {
        throwing: {
          'refresh:en': new NotAllowedError('not allowed to refresh'),
        },
      },
    );
    const button = await screen.findByRole('button', {
      name: 'Re-evaluate now',
    });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    expect(
      await screen.findByText(
        'The re-evaluation was refused: you are not allowed to re-evaluate this entity.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Gate of step 4: NO-GO')).toBeInTheDocument();
  });
});
