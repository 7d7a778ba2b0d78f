import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { resolvePackagePath } from '@backstage/backend-plugin-api';

jest.setTimeout(60_000);

/**
 * SQLite always; a PostgreSQL version only when its connection string is set.
 * TestDatabases alone would start a Docker container for it when CI is set.
 */
const databases = TestDatabases.create({ ids: testDatabaseIds() });

const directory = resolvePackagePath(
  '@cloud-pi-native/backstage-plugin-onboarding-backend',
  'migrations',
);

const COLUMNS = {
  onboarding_evaluations: [
    'id',
    'entity_ref',
    'evaluated_at',
    'step',
    'declared_step',
    'verdict',
    'blocking_count',
    'fingerprint',
    'criteria_version',
    'result',
  ],
  onboarding_latest: [
    'entity_ref',
    'evaluation_id',
    'owner_ref',
    'kind',
    'step',
    'verdict',
    'blocking_count',
    'fingerprint',
    'evaluated_at',
    'checked_at',
  ],
};
const TABLES = Object.keys(COLUMNS) as Array<keyof typeof COLUMNS>;

describe.each(databases.eachSupportedId())('migrations (%s)', databaseId => {
  it('creates the tables, rolls them back and creates them again', async () => {
    const knex = await databases.init(databaseId);

    await knex.migrate.latest({ directory });
    for (const table of TABLES) {
      const columns = Object.keys(await knex(table).columnInfo());
      expect(columns.sort()).toEqual([...COLUMNS[table]].sort());
    }

    await knex.migrate.rollback({ directory }, true);
    for (const table of TABLES) {
      expect(await knex.schema.hasTable(table)).toBe(false);
    }

    await knex.migrate.latest({ directory });
    for (const table of TABLES) {
      expect(await knex.schema.hasTable(table)).toBe(true);
    }
  });

  it('cascades the deletion of an evaluation to the latest row', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory });
    // SQLite enforces foreign keys only when asked to, per connection.
    if (knex.client.dialect === 'sqlite3') {
      await knex.raw('PRAGMA foreign_keys = ON');
    }
    const evaluatedAt = new Date('2026-11-25T08:00:00Z');
    const [{ id }] = await knex('onboarding_evaluations').insert(
      {
        entity_ref: 'component:default/portail',
        evaluated_at: evaluatedAt,
        step: 1,
        declared_step: null,
        verdict: 'NO-GO',
        blocking_count: 2,
        fingerprint: 'f'.repeat(64),
        criteria_version: 'v1',
        result: '{}',
      },
      ['id'],
    );
    await knex('onboarding_latest').insert({
      entity_ref: 'component:default/portail',
      evaluation_id: id,
      owner_ref: null,
      kind: 'component',
      step: 1,
      verdict: 'NO-GO',
      blocking_count: 2,
      fingerprint: 'f'.repeat(64),
      evaluated_at: evaluatedAt,
      checked_at: evaluatedAt,
    });

    await knex('onboarding_evaluations').where({ id }).delete();

    expect(await knex('onboarding_latest').select('entity_ref')).toEqual([]);
  });
});
