import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DEFAULT_CRITERIA } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { DatabaseEvaluationStore } from '../database';
import { ownedComponent } from '../__testUtils__/entities';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { OnboardingService } from './OnboardingService';
import { DEFAULT_KINDS } from './settings';

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
      const service = new OnboardingService({
        catalog,
        auth: mockServices.auth(),
        permissions: mockServices.permissions(),
        store,
        criteria: { criteria: [...DEFAULT_CRITERIA], version: 'v1' },
        settings: {
          links: { docsBaseUrl: 'https://docs.example.fr' },
          kinds: DEFAULT_KINDS,
          schedule: { frequency: { minutes: 30 }, timeout: { minutes: 5 } },
          pageSize: 3,
          retentionDays: 30,
          templateFactsTtlMs: 0,
        },
        logger: mockServices.logger.mock(),
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
