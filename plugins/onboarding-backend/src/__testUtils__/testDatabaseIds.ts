import { TestDatabaseId } from '@backstage/backend-test-utils';

const POSTGRES_IDS: TestDatabaseId[] = [
  'POSTGRES_18',
  'POSTGRES_17',
  'POSTGRES_16',
  'POSTGRES_15',
  'POSTGRES_14',
  'POSTGRES_13',
];

/**
 * The databases the store tests run on: SQLite always, and each PostgreSQL version whose
 * server is given through BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING (.ci/run
 * starts one). Listing a PostgreSQL id without it would make TestDatabases look for Docker.
 */
export function testDatabaseIds(): TestDatabaseId[] {
  return [
    'SQLITE_3',
    ...POSTGRES_IDS.filter(
      id =>
        process.env[
          `BACKSTAGE_TEST_DATABASE_${id.replace('_', '')}_CONNECTION_STRING`
        ],
    ),
  ];
}
