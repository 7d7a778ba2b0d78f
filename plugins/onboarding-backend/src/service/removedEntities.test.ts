import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import onboardingPlugin from '..';
import { ownedComponent } from '../__testUtils__/entities';
import { CONDITIONAL_CATALOG_READ } from '../__testUtils__/permissions';
import { quietOnboardingConfig } from '../__testUtils__/testConfig';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

const RESTRICTED = 'user:default/restricted';

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

/** Catalog reads: everything for most users, filtered entity by entity for RESTRICTED. */
const permissionsFactory = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () =>
    ({
      authorize: async (requests: unknown[]) =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      authorizeConditional: async (
        requests: unknown[],
        options: { credentials: { principal: { userEntityRef?: string } } },
      ) =>
        requests.map(() =>
          options.credentials.principal.userEntityRef === RESTRICTED
            ? CONDITIONAL_CATALOG_READ
            : { result: AuthorizeResult.ALLOW },
        ),
    } as any),
});

/**
 * A backend on the shared database whose scheduled catalog pass runs at start-up (the
 * mock scheduler runs it and waits for it), over this catalog.
 */
function startWithCatalog(
  knex: Knex,
  entities: Entity[],
  catalogFails = false,
) {
  const catalog = catalogServiceMock.factory({ entities });
  const failing = createServiceFactory({
    service: catalog.service,
    deps: {},
    factory: () => {
      const mock = catalogServiceMock({ entities });
      const query = mock.queryEntities.bind(mock);
      let pages = 0;
      // The second page fails: the pass stops part way.
      mock.queryEntities = async (req, options) => {
        pages += 1;
        if (pages === 2) throw new Error('catalog unavailable');
        return query(req, options);
      };
      return mock;
    },
  });
  return startTestBackend({
    features: [
      onboardingPlugin,
      catalogFails ? failing : catalog,
      permissionsFactory,
      mockServices.database.factory({ knex }),
      mockServices.scheduler.factory({
        includeInitialDelayedTasksOnStartup: true,
      }),
      quietOnboardingConfig({ evaluation: { pageSize: 2 } }),
    ],
  });
}

async function totals(server: Parameters<typeof request>[0]) {
  const get = async (user?: string) => {
    const res = await request(server)
      .get('/api/onboarding/groups/default/team/summary?lang=en')
      .set('Authorization', mockCredentials.user.header(user));
    expect(res.status).toBe(200);
    return {
      total: res.body.total,
      topCount: res.body.topFailing[0]?.count ?? 0,
      entities: res.body.entities.map(
        (e: { entityRef: string }) => e.entityRef,
      ),
    };
  };
  return { all: await get(), restricted: await get(RESTRICTED) };
}

describe('entities that left the catalog', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });
  const services = ['a', 'b', 'c', 'd'].map(name => ownedComponent(name));

  it.each(databases.eachSupportedId())(
    'are removed by the next complete scheduled pass, so every caller counts the same, on %p',
    async id => {
      const knex = await databases.init(id);
      const first = await startWithCatalog(knex, [team, ...services]);
      expect((await totals(first.server)).all.total).toBe(4);
      await first.stop();

      // d is deleted from the catalog, c renamed to c2. A pass that fails part way
      // removes nothing.
      const after = [team, ...services.slice(0, 2), ownedComponent('c2')];
      const failed = await startWithCatalog(knex, after, true);
      expect((await totals(failed.server)).all.total).toBe(4);
      await failed.stop();

      const complete = await startWithCatalog(knex, after);
      const { all, restricted } = await totals(complete.server);
      expect(all.total).toBe(3);
      expect(all.entities).toEqual([
        'component:default/a',
        'component:default/b',
        'component:default/c2',
      ]);
      expect(restricted).toEqual(all);
      expect(all.topCount).toBe(3);
      // Their history stays, marked as removed.
      const history = await knex('onboarding_evaluations')
        .whereIn('entity_ref', ['component:default/c', 'component:default/d'])
        .select('entity_ref', 'removed_at');
      expect(history).toHaveLength(2);
      expect(history.every(row => row.removed_at !== null)).toBe(true);
      expect(
        await knex('onboarding_evaluations')
          .where({ entity_ref: 'component:default/a' })
          .whereNotNull('removed_at'),
      ).toEqual([]);
      await complete.stop();
      await knex.destroy();
    },
  );
});
