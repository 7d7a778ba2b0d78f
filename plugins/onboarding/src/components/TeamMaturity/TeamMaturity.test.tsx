import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
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
        apis: [[onboardingApiRef, api]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
  });
  return rendered!;
}

describe('TeamMaturity', () => {
  beforeEach(() => localStorage.clear());

  it('shows the distribution, the trend, the top failing criteria and every entity', async () => {
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
    expect(
      screen.getByText(
        'Prequalification is done (S1-PREQUAL, step 1): entities: 2',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'component:default/portail-usager' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/portail-usager/onboarding',
    );
  });

  it('sorts the table by step, through the backend', async () => {
    await renderTeam();
    await screen.findByText('component:default/portail-usager');
    // The header row, then the entities.
    const firstRow = () => screen.getAllByRole('row')[1];
    await userEvent.click(screen.getAllByRole('button', { name: 'Step' })[0]);
    await waitFor(() =>
      expect(
        within(firstRow()).getByText('component:default/simulateur-droits'),
      ).toBeInTheDocument(),
    );
    await userEvent.click(screen.getAllByRole('button', { name: 'Step' })[0]);
    await waitFor(() =>
      expect(
        within(firstRow()).getByText(
          'component:default/service-authentification',
        ),
      ).toBeInTheDocument(),
    );
  });

  // axe's nested-interactive: a draggable header wrapped each sort button in a drag handle.
  it('puts no sort button inside another interactive element', async () => {
    await renderTeam();
    await screen.findByText('component:default/portail-usager');
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
      expect(
        screen.queryByText('component:default/portail-usager'),
      ).not.toBeInTheDocument(),
    );
    expect(
      screen.getByText('component:default/simulateur-droits'),
    ).toBeInTheDocument();
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
    expect(
      await screen.findByText('component:default/svc-0019'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('component:default/svc-0020'),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Next Page' })[0],
    );
    expect(
      await screen.findByText('component:default/svc-0020'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('component:default/svc-0019'),
    ).not.toBeInTheDocument();

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
    expect(
      screen.getByText('Critères le plus souvent non remplis'),
    ).toBeInTheDocument();
    expect(screen.getByText('Critères modifiés')).toBeInTheDocument();
  }, 20_000);
});
