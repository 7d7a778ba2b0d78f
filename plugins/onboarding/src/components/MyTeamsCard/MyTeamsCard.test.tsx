import { act, screen } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  entityPresentationApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import { TeamSummary } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { createInProcessOnboardingApi } from '../../__testUtils__/journeyApi';
import { testAppConfig } from '../../__testUtils__/renderWithEntity';
import { MyTeamsCard } from './MyTeamsCard';

const teamSummary = (
  groupRef: string,
  counts: TeamSummary['counts'],
  nextGateBlockers: TeamSummary['nextGateBlockers'],
): TeamSummary => ({
  groupRef,
  groupRefs: [groupRef],
  generatedAt: '2026-11-25T12:00:00.000Z',
  total: Object.values(counts).reduce((a, b) => a + b, 0),
  counts,
  verdicts: { GO: 0, 'NO-GO': 0, NONE: 0 },
  topFailing: [],
  nextGateBlockers,
  entities: [],
  entitiesTotal: 0,
  trend: [],
});

const summaries = {
  'group:default/equipe-plateforme': teamSummary(
    'group:default/equipe-plateforme',
    { 1: 0, 2: 1, 3: 2, 4: 0, 5: 0 },
    [
      {
        criterionId: 'S3-SONAR',
        title: 'Quality gate passes',
        step: 3,
        severity: 'blocking',
        count: 2,
      },
    ],
  ),
  'group:default/direction-numerique': teamSummary(
    'group:default/direction-numerique',
    { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 },
    [],
  ),
};

const catalogApi = catalogApiMock({
  entities: [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'equipe-plateforme', title: 'Équipe plateforme' },
      spec: {},
    },
  ],
});

async function renderCard(ownershipEntityRefs: string[], language = 'en') {
  const { api } = createInProcessOnboardingApi({ summaries });
  await act(async () => {
    renderInTestApp(<MyTeamsCard />, {
      config: testAppConfig(language as 'fr' | 'en'),
      apis: [
        [onboardingApiRef, api],
        [catalogApiRef, catalogApi],
        [
          entityPresentationApiRef,
          DefaultEntityPresentationApi.create({ catalogApi }),
        ],
        mockApis.identity({
          userEntityRef: 'user:default/guest',
          ownershipEntityRefs,
        }),
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
  });
}

describe('MyTeamsCard', () => {
  beforeEach(() => localStorage.clear());

  it("lists the user's groups with their steps and what blocks most, linking to the group tab", async () => {
    await renderCard([
      'user:default/guest',
      'group:default/equipe-plateforme',
      'group:default/direction-numerique',
    ]);
    expect(
      await screen.findByRole('link', { name: 'Équipe plateforme' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/group/equipe-plateforme/onboarding',
    );
    expect(
      screen.getByRole('link', { name: 'direction-numerique' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/group/direction-numerique/onboarding',
    );
    expect(
      await screen.findByText(
        'Entities evaluated: 3 — Step 1: 0 · Step 2: 1 · Step 3: 2 · Step 4: 0 · Step 5: 0',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Blocks most: Quality gate passes (2)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Nothing blocks their next gates.'),
    ).toBeInTheDocument();
    // The user's own ref is not a team.
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('says so when the user belongs to no group', async () => {
    await renderCard(['user:default/guest']);
    expect(
      await screen.findByText('You belong to no group of the catalog.'),
    ).toBeInTheDocument();
  });

  it('speaks French when the app does', async () => {
    await renderCard(['group:default/equipe-plateforme'], 'fr');
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Mes équipes' },
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Bloque le plus : Quality gate passes (2)'),
    ).toBeInTheDocument();
  }, 20_000);

  it('shows a failed team with a retry, and the others still', async () => {
    await renderCard([
      'group:default/unknown',
      'group:default/equipe-plateforme',
    ]);
    expect(
      await screen.findByText("This team's onboarding could not be loaded."),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(
      await screen.findByText('Blocks most: Quality gate passes (2)'),
    ).toBeInTheDocument();
  });
});
