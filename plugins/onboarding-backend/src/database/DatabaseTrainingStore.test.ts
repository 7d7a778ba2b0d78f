import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { DatabaseEvaluationStore } from './DatabaseEvaluationStore';
import { DatabaseTrainingStore } from './DatabaseTrainingStore';

/** SQLite always; a PostgreSQL version only when its connection string is set. */
const databases = TestDatabases.create({ ids: testDatabaseIds() });

async function storeOn(databaseId: Parameters<typeof databases.init>[0]) {
  const knex = await databases.init(databaseId);
  // The evaluation store runs the plugin's migrations, the training table's included.
  await DatabaseEvaluationStore.create({
    database: { getClient: async () => knex },
  });
  return new DatabaseTrainingStore(knex);
}

const at = (iso: string) => new Date(iso);

describe.each(databases.eachSupportedId())(
  'DatabaseTrainingStore on %p',
  id => {
    it('shares, replaces and unshares a path, by lower-case user ref', async () => {
      const store = await storeOn(id);
      await store.share(
        'user:default/Camille',
        { perimeter: 'technical', consulted: ['1:https://a'] },
        at('2026-12-13T10:00:00Z'),
      );
      await store.share(
        'user:default/camille',
        { perimeter: 'governance', consulted: ['1:https://a', '2:https://b'] },
        at('2026-12-14T10:00:00Z'),
      );
      expect(await store.get('user:default/CAMILLE')).toEqual({
        userRef: 'user:default/camille',
        perimeter: 'governance',
        consulted: ['1:https://a', '2:https://b'],
        updatedAt: '2026-12-14T10:00:00.000Z',
      });
      expect(await store.unshare('user:default/camille')).toBe(true);
      expect(await store.unshare('user:default/camille')).toBe(false);
      expect(await store.get('user:default/camille')).toBeUndefined();
    });

    it('lists the shared paths among the users asked for only', async () => {
      const store = await storeOn(id);
      for (const name of ['a', 'b', 'c']) {
        await store.share(
          `user:default/${name}`,
          { perimeter: 'technical', consulted: [] },
          at('2026-12-13T10:00:00Z'),
        );
      }
      const shared = await store.listShared([
        'user:default/C',
        'user:default/a',
        'user:default/nobody',
        'user:default/a',
      ]);
      expect(shared.map(s => s.userRef)).toEqual([
        'user:default/a',
        'user:default/c',
      ]);
      expect(await store.listShared([])).toEqual([]);
    });
  },
);
