import {
  PermissionsService,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** A conditional catalog read decision: the catalog decides entity by entity. */
export const CONDITIONAL_CATALOG_READ = {
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'catalog',
  resourceType: 'catalog-entity',
  conditions: {
    rule: 'IS_ENTITY_OWNER',
    resourceType: 'catalog-entity',
    params: { claims: [] },
  },
};

/**
 * A permission policy that allows every plain decision and answers the catalog read
 * decision with this result; CONDITIONAL leaves each entity to the catalog, as an
 * ownership rule would. Used by the tests and by the catalog filter benchmark.
 */
export function catalogReadPermissions(
  result: AuthorizeResult,
): PermissionsService {
  return {
    authorize: async (requests: unknown[]) =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async (requests: unknown[]) =>
      requests.map(() =>
        result === AuthorizeResult.CONDITIONAL
          ? CONDITIONAL_CATALOG_READ
          : { result },
      ),
  } as unknown as PermissionsService;
}

/** The same policy as the backend's permissions service. */
export const catalogReadPermissionsFactory = (result: AuthorizeResult) =>
  createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => catalogReadPermissions(result),
  });
