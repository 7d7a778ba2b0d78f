import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** Entity refs checked per catalog request when the caller may not see everything. */
const VISIBILITY_BATCH = 1000;

/**
 * How the caller may read the catalog: `all` outright (no entity to check), `none`
 * (nothing to show), or `some`, decided entity by entity by the catalog.
 */
export type CatalogReadScope = 'all' | 'some' | 'none';

/** One conditional decision of the catalog read permission, for the caller. */
export async function catalogReadScope(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
): Promise<CatalogReadScope> {
  const [decision] = await permissions.authorizeConditional(
    [{ permission: catalogEntityReadPermission }],
    { credentials },
  );
  if (decision.result === AuthorizeResult.ALLOW) return 'all';
  if (decision.result === AuthorizeResult.DENY) return 'none';
  return 'some';
}

/**
 * The refs among these that the caller may read, asked of the catalog with the caller's
 * credentials in batches (one request per thousand refs, never one per entity).
 */
export async function visibleAmong(
  catalog: CatalogService,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  const visible = new Set<string>();
  for (let i = 0; i < refs.length; i += VISIBILITY_BATCH) {
    const batch = refs.slice(i, i + VISIBILITY_BATCH);
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: batch,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    items.forEach((item, index) => item && visible.add(batch[index]));
  }
  return visible;
}

/** Reads the entity with the caller's credentials: what the catalog hides is not found. */
export async function readVisibleEntity(
  catalog: CatalogService,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<Entity> {
  const entity = await catalog.getEntityByRef(entityRef, { credentials });
  if (!entity) {
    throw new NotFoundError(`No entity ${entityRef} in the catalog`);
  }
  return entity;
}
