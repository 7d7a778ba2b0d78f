import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DatabaseEvaluationStore } from '../database';
import { ownedComponent } from '../__testUtils__/entities';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { testOnboardingJobs } from '../__testUtils__/testService';

jest.setTimeout(60_000);

describe('CatalogEvaluationPass', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it.each(databases.eachSupportedId())(
    'evaluates the catalog page by page and stores changes only, on %p',
    async id => {
      const knex = await databases.init(id);
      const store = await DatabaseEvaluationStore.create({
        database: mockServices.database({ knex }),
      });
      const entities = [
        ...Array.from({ length: 7 }, (_, i) =>
          ownedComponent(`svc-${i}`, 'team', {
            'cloud-pi-native.fr/sponsor': 'user:default/a',
          }),
        ),
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Group',
          metadata: { name: 'team', namespace: 'default' },
          spec: {},
        },
      ];
      const catalog = catalogServiceMock({ entities });
      const queried: number[] = [];
      const query = catalog.queryEntities.bind(catalog);
      catalog.queryEntities = async (request, options) => {
        const page = await query(request, options);
        queried.push(page.items.length);
        return page;
      };
      let now = new Date('2026-11-25T10:00:00Z');
      const service = testOnboardingJobs({
        catalog,
        store,
        pageSize: 3,
        now: () => now,
      });

      const first = await service.catalogPass.run();
      expect(first).toMatchObject({
        evaluated: 7,
        changed: 7,
        failed: 0,
        pages: 3,
      });
      expect(Math.max(...queried)).toBeLessThanOrEqual(3);

      now = new Date('2026-11-25T10:30:00Z');
      const second = await service.catalogPass.run();
      expect(second).toMatchObject({ evaluated: 7, changed: 0 });
      expect(await store.getHistory('component:default/svc-0')).toHaveLength(1);

      const latest = await store.listLatest({
        ownerRefs: ['group:default/team'],
      });
      expect(latest).toHaveLength(7);
      expect(
        latest.every(row => row.step === 1 && row.verdict === 'NO-GO'),
      ).toBe(true);
      await knex.destroy();
    },
  );
});

describe('CatalogEvaluationPass removals', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it.each(databases.eachSupportedId())(
    'keeps entities still in the catalog whose evaluation failed, removes the others, on %p',
    async id => {
      const knex = await databases.init(id);
      const store = await DatabaseEvaluationStore.create({
        database: mockServices.database({ knex }),
      });
      const logger = mockServices.logger.mock();
      const service = (names: string[], failing?: string) =>
        testOnboardingJobs({
          catalog: catalogServiceMock({
            entities: names.map(name => ownedComponent(name)),
          }),
          store,
          pageSize: 2,
          logger,
          inlineSources: [
            {
              id: 'flaky',
              title: 'Flaky',
              provides: [],
              appliesTo: entity => entity.metadata.name === failing,
              gather: async () => {
                throw new Error('source down');
              },
            },
          ],
        });

      await service(['a', 'b', 'c']).catalogPass.run();
      const second = await service(['a', 'b'], 'b').catalogPass.run();
      expect(second).toMatchObject({ evaluated: 1, failed: 1, removed: 1 });
      expect(
        (await store.listLatestForOwners(['group:default/team'])).map(
          r => r.entityRef,
        ),
      ).toEqual(['component:default/a', 'component:default/b']);
      expect(await store.getHistory('component:default/c')).toHaveLength(1);
      await knex.destroy();
    },
  );
});
