import { act } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { ObjectiveProgress } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../api';
import { createInProcessOnboardingApi } from './journeyApi';
import { testAppConfig } from './renderWithEntity';
import { Objectives } from '../components/Objectives';

export const late: ObjectiveProgress = {
  objective: {
    id: 'etape-3',
    origin: 'config',
    title: 'Everyone at step 3',
    groupRef: 'group:default/equipe-usagers',
    target: { step: 3 },
    dueDate: '2026-10-31',
  },
  groupRefs: ['group:default/equipe-usagers'],
  generatedAt: '2026-11-25T12:00:00.000Z',
  total: 4,
  meeting: 3,
  notMeeting: [{ entityRef: 'component:default/simulateur-droits', step: 1 }],
  overdue: true,
  trend: [],
  projection: { kind: 'projected', date: '2027-01-11' },
};

export async function renderObjectives(options: {
  allowed: boolean;
  language?: 'fr' | 'en';
}) {
  const { api } = createInProcessOnboardingApi({ objectives: [late] });
  await act(async () => {
    renderInTestApp(<Objectives groupRef="group:default/equipe-usagers" />, {
      config: testAppConfig(options.language ?? 'en'),
      apis: [
        [onboardingApiRef, api],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: options.allowed
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
          }),
        ],
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
  });
  return api;
}
