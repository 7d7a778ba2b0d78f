import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  entityPresentationApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import { Entity } from '@backstage/catalog-model';
import { TeamSummary } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { createInProcessOnboardingApi } from '../../__testUtils__/journeyApi';
import { testAppConfig } from '../../__testUtils__/renderWithEntity';
import { TeamMaturity } from './TeamMaturity';

const summary: TeamSummary = {
  groupRef: 'group:default/direction-numerique',
  groupRefs: [
    'group:default/direction-numerique',
    'group:default/equipe-usagers',
  ],
  generatedAt: '2026-11-25T12:00:00.000Z',
  total: 3,
  counts: { 1: 1, 2: 0, 3: 1, 4: 0, 5: 1 },
  verdicts: { GO: 0, 'NO-GO': 2, NONE: 1 },
  topFailing: [
    {
      criterionId: 'S1-PREQUAL',
      title: 'Prequalification is done',
      step: 1,
      severity: 'blocking',
      count: 2,
    },
    {
      criterionId: 'S4-SLO',
      title: 'Service levels are defined',
      step: 4,
      severity: 'blocking',
      count: 3,
    },
  ],
  nextGateBlockers: [
    {
      criterionId: 'S1-PREQUAL',
      title: 'Prequalification is done',
      step: 1,
      severity: 'blocking',
      count: 1,
    },
  ],
  entitiesTotal: 3,
  entities: [
    {
      entityRef: 'component:default/portail-usager',
      kind: 'component',
      ownerRef: 'group:default/equipe-usagers',
      step: 3,
      verdict: 'NO-GO',
      blockingCount: 1,
      evaluatedAt: '2026-11-25T10:00:00.000Z',
    },
    {
      entityRef: 'component:default/simulateur-droits',
      kind: 'component',
      ownerRef: 'group:default/equipe-usagers',
      step: 1,
      verdict: 'NO-GO',
      blockingCount: 5,
      evaluatedAt: '2026-11-25T10:00:00.000Z',
    },
    {
      entityRef: 'component:default/service-authentification',
      kind: 'component',
      ownerRef: 'group:default/direction-numerique',
      step: 5,
      verdict: 'NONE',
      blockingCount: 0,
      evaluatedAt: '2026-11-25T10:00:00.000Z',
    },
  ],
  trend: [
    {
      weekStart: '2026-11-16',
      counts: { 1: 2, 2: 0, 3: 1, 4: 0, 5: 0 },
      criteriaChanged: false,
    },
    {
      weekStart: '2026-11-23',
      counts: { 1: 1, 2: 0, 3: 1, 4: 0, 5: 1 },
      criteriaChanged: true,
    },
  ],
};

/** The catalog as the app's entity presentation reads it: titles where entities have one. */
const catalogEntity = (kind: string, name: string, title?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: {},
});
const catalogApi = catalogApiMock({
  entities: [
    catalogEntity('Group', 'direction-numerique', 'Direction du numérique'),
    catalogEntity('Group', 'equipe-usagers', 'Équipe usagers'),
    catalogEntity('Component', 'portail-usager', 'Portail usager'),
    catalogEntity('Component', 'simulateur-droits', 'Simulateur de droits'),
    // No title: the catalog shows its name.
    catalogEntity('Component', 'service-authentification'),
  ],
});

async function renderTeam(
  language: 'fr' | 'en' = 'en',
  team: TeamSummary = summary,
) {
  const { api } = createInProcessOnboardingApi({
    summaries: { [summary.groupRef]: team },
  });
  // Inside act, awaited: the summary and the first page arrive within it.
  let rendered: ReturnType<typeof renderInTestApp> | undefined;
  await act(async () => {
    rendered = renderInTestApp(
      <TeamMaturity
        group={{
          kind: 'group',
          namespace: 'default',
          name: 'direction-numerique',
        }}
      />,
      {
        config: testAppConfig(language),
        apis: [
          [onboardingApiRef, api],
          [catalogApiRef, catalogApi],
          [
            entityPresentationApiRef,
            DefaultEntityPresentationApi.create({ catalogApi }),
          ],
        ],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
  });
  return rendered!;
}

describe('TeamMaturity', () => {
  beforeEach(() => localStorage.clear());

  it('shows the distribution, the trend, what holds the team and every entity', async () => {
    await renderTeam();
    expect(
      await screen.findByText('Entities evaluated: 3'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Entities per step: Step 1: 1, Step 2: 0, Step 3: 1, Step 4: 0, Step 5: 1',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Entities per step over the last 2 weeks',
      }),
    ).toBeInTheDocument();
    // First what holds each entity at its next gate; every step's criteria on demand.
    expect(
      screen.getByText(
        'Prequalification is done (S1-PREQUAL, gate 1): entities held: 1',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/S4-SLO/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'All steps' }));
    expect(
      screen.getByText(
        'Prequalification is done (S1-PREQUAL, step 1): entities: 2',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Service levels are defined (S4-SLO, step 4): entities: 3',
      ),
    ).toBeInTheDocument();
  });

  it('names the team and its entities by their titles, linking like the catalog', async () => {
    await renderTeam();
    expect(
      await screen.findByRole('link', { name: 'Portail usager' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/portail-usager/onboarding',
    );
    expect(
      screen.getByRole('heading', {
        name: 'Onboarding maturity — Direction du numérique',
      }),
    ).toBeInTheDocument();
    // Owners link to their catalog page; no raw ref is left on screen.
    expect(
      screen.getAllByRole('link', { name: 'Équipe usagers' })[0],
    ).toHaveAttribute('href', '/catalog/default/group/equipe-usagers');
    expect(
      screen.getByRole('link', { name: 'service-authentification' }),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(
      /(component|group):default\//,
    );
  });

  it('says when nothing holds the team at its next gates', async () => {
    await renderTeam('en', { ...summary, nextGateBlockers: [] });
    expect(
      await screen.findByText(
        'Nothing holds the team: every next gate is open.',
      ),
    ).toBeInTheDocument();
  });

  it('sorts the table by step, through the backend', async () => {
    await renderTeam();
    await screen.findByText('Portail usager');
    // The header row, then the entities.
    const firstRow = () => screen.getAllByRole('row')[1];
    await userEvent.click(screen.getAllByRole('button', { name: 'Step' })[0]);
    await waitFor(() =>
      expect(
        within(firstRow()).getByText('Simulateur de droits'),
      ).toBeInTheDocument(),
    );
    await userEvent.click(screen.getAllByRole('button', { name: 'Step' })[0]);
    await waitFor(() =>
      expect(
        within(firstRow()).getByText('service-authentification'),
      ).toBeInTheDocument(),
    );
  });

  // axe's nested-interactive: a draggable header wrapped each sort button in a drag handle.
  it('puts no sort button inside another interactive element', async () => {
    await renderTeam();
    await screen.findByText('Portail usager');
    const headers = screen.getAllByRole('columnheader');
    const sortButtons = headers.flatMap(h =>
      within(h).queryAllByRole('button'),
    );
    expect(sortButtons.length).toBeGreaterThanOrEqual(7);
    for (const button of sortButtons) {
      let parent = button.parentElement;
      while (parent && parent.getAttribute('role') !== 'columnheader') {
        expect(parent.getAttribute('role')).not.toBe('button');
        expect(parent.hasAttribute('tabindex')).toBe(false);
        parent = parent.parentElement;
      }
    }
  });

  it('filters the table with its search box', async () => {
    await renderTeam();
    await screen.findByText('Entities evaluated: 3');
    await userEvent.type(
      screen.getByPlaceholderText(/Filter|Search/i),
      'simulateur',
    );
    // The table's search is debounced.
    await waitFor(() =>
      expect(screen.queryByText('Portail usager')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Simulateur de droits')).toBeInTheDocument();
  });

  it('exports the table as CSV', async () => {
    const created: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:csv';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    await renderTeam();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Export CSV' }),
    );
    expect(click).toHaveBeenCalled();
    const text = await created[0].text();
    expect(text.split('\r\n')[0]).toBe(
      'entity_ref,kind,owner_ref,step,next_gate,blocking_criteria,evaluated_at',
    );
    expect(text).toContain(
      'component:default/simulateur-droits,component,group:default/equipe-usagers,1,NO-GO,5,',
    );
  });

  it('marks the weeks in which the criteria changed, in words too', async () => {
    await renderTeam();
    await screen.findByText('Entities evaluated: 3');
    const marker = screen.getByTestId('criteria-change-2026-11-23');
    expect(within(marker).getByText('Criteria changed')).toBeInTheDocument();
    expect(
      screen.queryByTestId('criteria-change-2026-11-16'),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'The criteria changed in the week of 2026-11-23: counts before and after are not measured against the same criteria.',
      ),
    ).toBeInTheDocument();
  });

  it('asks the backend for each page of a large team, and exports every page', async () => {
    const many = Array.from({ length: 1205 }, (_, i) => ({
      ...summary.entities[0],
      entityRef: `component:default/svc-${String(i).padStart(4, '0')}`,
    }));
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        created.push(blob);
        return 'blob:csv';
      },
      revokeObjectURL: jest.fn(),
    });
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    await renderTeam('en', { ...summary, total: many.length, entities: many });
    expect(await screen.findByText('svc-0019')).toBeInTheDocument();
    expect(screen.queryByText('svc-0020')).not.toBeInTheDocument();
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Next Page' })[0],
    );
    expect(await screen.findByText('svc-0020')).toBeInTheDocument();
    expect(screen.queryByText('svc-0019')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const lines = (await created[0].text()).trim().split('\r\n');
    expect(lines).toHaveLength(1 + many.length);
    expect(lines[many.length]).toMatch(/^component:default\/svc-1204,/);
  });

  it('speaks French when the app does', async () => {
    await renderTeam('fr');
    expect(
      await screen.findByText('Entités évaluées : 3', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(screen.getByText("Ce qui retient l'équipe")).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Prochaines portes' }),
    ).toBeInTheDocument();
    // Every column header in French, the kind's too.
    expect(
      screen.getAllByRole('columnheader').map(h => h.textContent?.trim()),
    ).toEqual(
      expect.arrayContaining([
        'Entité',
        'Type',
        'Propriétaire',
        'Étape',
        'Prochaine porte',
        'Blocages',
        'Évaluée le',
      ]),
    );
    expect(screen.getByText('Critères modifiés')).toBeInTheDocument();
  }, 20_000);
});
