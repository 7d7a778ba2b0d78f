import { TestDatabases } from '@backstage/backend-test-utils';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import knexFactory from 'knex';
import { NotificationLog } from './NotificationLog';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: testDatabaseIds() });
const directory = resolvePackagePath(
  '@cloud-pi-native/backstage-plugin-onboarding-backend',
  'migrations',
);

describe.each(databases.eachSupportedId())('NotificationLog (%s)', id => {
  async function logs() {
    const knex = await databases.init(id);
    await knex.migrate.latest({ directory });
    return { knex, log: new NotificationLog(knex) };
  }
  const claim = {
    entityRef: 'Component:default/Portail',
    event: 'gate-passed' as const,
    changeKey: 'a'.repeat(64),
    at: new Date('2026-11-27T10:00:00Z'),
  };

  it('grants a claim once, case-insensitively, and other changes apart', async () => {
    const { log } = await logs();
    expect(await log.claim(claim)).toBe(true);
    expect(
      await log.claim({ ...claim, entityRef: 'component:default/portail' }),
    ).toBe(false);
    expect(await log.claim({ ...claim, event: 'fell-back' })).toBe(true);
    expect(await log.claim({ ...claim, changeKey: 'b'.repeat(64) })).toBe(true);
  });

  it('grants one of many simultaneous claims, from two pools', async () => {
    const { knex, log } = await logs();
    // On PostgreSQL a second pool on the same database, as a second instance has
    // (an in-memory SQLite database lives in its one connection).
    const second =
      knex.client.dialect === 'postgresql'
        ? knexFactory(knex.client.config)
        : undefined;
    const other = new NotificationLog(second ?? knex);
    try {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? other : log).claim(claim),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    } finally {
      await second?.destroy();
    }
  });

  it('forgets claims older than the cutoff only', async () => {
    const { log } = await logs();
    await log.claim(claim);
    await log.claim({
      ...claim,
      changeKey: 'b'.repeat(64),
      at: new Date('2026-11-28T10:00:00Z'),
    });
    expect(await log.deleteOlderThan(new Date('2026-11-28T00:00:00Z'))).toBe(1);
    expect(await log.claim(claim)).toBe(true);
  });
});
