import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DEFAULT_CRITERIA } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { DatabaseEvaluationStore } from '../database';
import { ownedComponent } from '../__testUtils__/entities';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { OnboardingService } from './OnboardingService';
import { readSettings } from './settings';
import { EntityEvaluator } from './EntityEvaluator';
import { ConfigReader } from '@backstage/config';

jest.setTimeout(60_000);

describe('OnboardingService.evaluateCatalog', () => {
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
      const criteria = {
        criteria: [...DEFAULT_CRITERIA],
        version: 'v1',
        gatesOnDeclarations: [],
      };
      const settings = readSettings(
        new ConfigReader({
          onboarding: {
            docs: { baseUrl: 'https://docs.example.fr' },
            evaluation: { pageSize: 3 },
            retention: { days: 30 },
            templates: { factsTtl: 0 },
          },
        }),
      );
      const logger = mockServices.logger.mock();
      const service = new OnboardingService({
        catalog,
        auth: mockServices.auth(),
        permissions: mockServices.permissions(),
        evaluator: new EntityEvaluator({
          store,
          criteria,
          settings,
          logger,
          sources: { inline: [], scheduled: [], factsTtlMs: 0 },
          now: () => now,
        }),
        store,
        criteria,
        settings,
        logger,
        now: () => now,
      });

      const first = await service.evaluateCatalog();
      expect(first).toMatchObject({
        evaluated: 7,
        changed: 7,
        failed: 0,
        pages: 3,
      });
      expect(Math.max(...queried)).toBeLessThanOrEqual(3);

      now = new Date('2026-11-25T10:30:00Z');
      const second = await service.evaluateCatalog();
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
