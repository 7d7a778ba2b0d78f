import { Entity } from '@backstage/catalog-model';
import { LinkTargets, resolveRemediationLink } from '../links';

/**
 * Console tabs (`console:<tab>`) are the only remediation links that depend on the entity
 * (its console project); the others resolve the same for every entity.
 */
export function dependsOnEntity(link: string): boolean {
  return link.startsWith('console:');
}

// Links that do not depend on the entity never read it.
const ANY_ENTITY: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'any' },
};

/**
 * A remediation link as the criteria document gives it: absolute when it resolves the
 * same for every entity, as configured (`console:<tab>`) when the report must resolve it.
 */
export function describeRemediationLink(
  link: string,
  targets: LinkTargets,
): string | undefined {
  return dependsOnEntity(link)
    ? link
    : resolveRemediationLink(link, ANY_ENTITY, targets);
}
