import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DatabaseEvaluationStore } from '../database';
import { testOnboardingJobs } from '../__testUtils__/testService';

jest.setTimeout(60_000);

describe('TeamSummaries cache', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('drops expired summaries and keeps at most 200', async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseEvaluationStore.create({
      database: mockServices.database({ knex }),
    });
    const group = (name: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name, namespace: 'default' },
      spec: {},
    });
    const service = testOnboardingJobs({
      catalog: catalogServiceMock({ entities: [group('a'), group('b')] }),
      store,
    });
    let clock = 1_000_000;
    const now = jest.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      for (const name of ['a', 'b'])
        for (const language of ['fr', 'en'] as const)
          for (let weeks = 1; weeks <= 52; weeks++)
            await service.teams.getGroupSummary(
              `group:default/${name}`,
              mockCredentials.user(),
              language,
              { weeks },
            );
      expect(service.teams.cachedSummaryCount).toBe(200);

      clock += 61_000;
      await service.teams.getGroupSummary(
        'group:default/a',
        mockCredentials.user(),
        'en',
        { weeks: 12 },
      );
      expect(service.teams.cachedSummaryCount).toBe(1);
    } finally {
      now.mockRestore();
      await knex.destroy();
    }
  });
});
