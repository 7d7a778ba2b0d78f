import { Entity } from '@backstage/catalog-model';

/** The evidence that passes gate 1 of the default criteria (with a group owner). */
export const STEP_ONE_EVIDENCE: Record<string, string> = {
  'cloud-pi-native.fr/sponsor': 'user:default/a',
  'cloud-pi-native.fr/request-type': 'new-project',
  'cloud-pi-native.fr/funding': 'budget',
  'cloud-pi-native.fr/prequalification':
    'https://www.demarches-simplifiees.fr/dossiers/1',
};

/** A service component owned by a group, as the catalog serves it (with its ownedBy relation). */
export function ownedComponent(
  name: string,
  owner = 'team',
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: {
      type: 'service',
      lifecycle: 'experimental',
      owner: `group:default/${owner}`,
    },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
  };
}
