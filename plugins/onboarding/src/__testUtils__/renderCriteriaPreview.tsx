import { act } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Entity } from '@backstage/catalog-model';
import { onboardingApiRef } from '../api';
import { CriteriaPreview } from '../components/CriteriaPreview';
import { createInProcessOnboardingApi } from './journeyApi';
import { testAppConfig } from './renderWithEntity';

const component = (
  name: string,
  owner: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', annotations },
  spec: { type: 'service', lifecycle: 'experimental', owner },
});

// Passes gate 1 of the default criteria.
const STEP_ONE = {
  'cloud-pi-native.fr/sponsor': 'user:default/a',
  'cloud-pi-native.fr/request-type': 'new-project',
  'cloud-pi-native.fr/funding': 'budget',
  'cloud-pi-native.fr/prequalification':
    'https://www.demarches-simplifiees.fr/dossiers/1',
};

export const STRICTER = `- id: NEW-HOMOLOGATION
  step: 1
  severity: blocking
  title: Homologation
  rule: { fact: "annotation:example.gouv.fr/homologation", exists: true }
`;

/** The preview panel over two entities: one passes gate 1, the other nothing; returns the API calls. */
export async function renderCriteriaPreview(options: {
  allowed: boolean;
  language?: 'fr' | 'en';
}) {
  const { api, calls } = createInProcessOnboardingApi({
    entities: [
      component('portail', 'group:default/equipe-usagers', STEP_ONE),
      component('batch', 'group:default/equipe-data'),
    ],
  });
  await act(async () => {
    renderInTestApp(<CriteriaPreview />, {
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
    });
  });
  return calls;
}
