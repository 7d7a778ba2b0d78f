import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { readdirSync } from 'node:fs';

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
    'removed_at',
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
  onboarding_latest_results: [
    'entity_ref',
    'criterion_id',
    'step',
    'severity',
    'state',
  ],
  onboarding_unmet_counts: [
    'owner_ref',
    'kind',
    'criterion_id',
    'unmet_count',
    'next_gate_count',
  ],
};
const TABLES = Object.keys(COLUMNS) as Array<keyof typeof COLUMNS>;
/** Tables whose columns are checked by their own migration test. */
const FACTS_COLUMNS = [
  'entity_ref',
  'source',
  'facts',
  'unavailable',
  'missing',
  'fingerprint',
  'gathered_at',
  'error',
  'failing_since',
];

/** Migrations in the order they run, to stop at a given step. */
const MIGRATIONS = [
  '20261125_init.js',
  '20261126_latest_results.js',
  '20261127_backfill_latest_results.js',
  '20261128_removed_entities.js',
  '20261129_unmet_counts.js',
  '20261130_trend_index.js',
  '20261201_facts.js',
  '20261202_notifications.js',
  '20261203_unmet_counts_next_gate.js',
  '20261210_gate_reviews.js',
  '20261211_objectives.js',
  '20261212_forms.js',
  '20261213_training_progress.js',
];

/** Runs the migrations up to and including `last`. */
async function migrateThrough(knex: Knex, last: string) {
  for (const name of MIGRATIONS.slice(0, MIGRATIONS.indexOf(last) + 1)) {
    await knex.migrate.up({ directory, name });
  }
}

const evaluatedAt = new Date('2026-11-25T08:00:00Z');

/** An evaluation row and the latest row pointing at it, as 20261125 stored them. */
async function seedLatest(
  knex: Knex,
  name: string,
  results: Array<{
    criterionId: string;
    step: number;
    severity: string;
    state: string;
  }>,
) {
  const entityRef = `component:default/${name}`;
  const [{ id }] = await knex('onboarding_evaluations').insert(
    {
      entity_ref: entityRef,
      evaluated_at: evaluatedAt,
      step: 1,
      declared_step: null,
      verdict: 'NO-GO',
      blocking_count: 1,
      fingerprint: name.padEnd(64, 'f'),
      criteria_version: 'v1',
      result: JSON.stringify({ step: 1, gates: [], results }),
    },
    ['id'],
  );
  await knex('onboarding_latest').insert({
    entity_ref: entityRef,
    evaluation_id: id,
    owner_ref: 'group:default/team',
    kind: 'component',
    step: 1,
    verdict: 'NO-GO',
    blocking_count: 1,
    fingerprint: name.padEnd(64, 'f'),
    evaluated_at: evaluatedAt,
    checked_at: evaluatedAt,
  });
  return id as number;
}

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

  it('lists every migration of the directory, in order', () => {
    expect(readdirSync(directory).filter(f => f.endsWith('.js'))).toEqual(
      MIGRATIONS,
    );
  });

  it('backfills the unmet criteria of evaluations stored before 20261126, and only once', async () => {
    const knex = await databases.init(databaseId);
    await migrateThrough(knex, '20261126_latest_results.js');
    const fail = (criterionId: string, state = 'fail') => ({
      criterionId,
      step: 1,
      severity: 'blocking',
      state,
    });
    await seedLatest(knex, 'a', [
      fail('S1-PREQUAL'),
      fail('S1-SPONSOR', 'unknown'),
      fail('S1-FUNDING', 'pass'),
    ]);
    await seedLatest(knex, 'b', [fail('S1-PREQUAL', 'invalid')]);
    await seedLatest(knex, 'c', []);
    expect(await knex('onboarding_latest_results')).toEqual([]);

    await knex.migrate.up({ directory });

    const rows = () =>
      knex('onboarding_latest_results')
        .orderBy(['entity_ref', 'criterion_id'])
        .select('entity_ref', 'criterion_id', 'step', 'severity', 'state');
    const expected = [
      {
        entity_ref: 'component:default/a',
        criterion_id: 'S1-PREQUAL',
        step: 1,
        severity: 'blocking',
        state: 'fail',
      },
      {
        entity_ref: 'component:default/a',
        criterion_id: 'S1-SPONSOR',
        step: 1,
        severity: 'blocking',
        state: 'unknown',
      },
      {
        entity_ref: 'component:default/b',
        criterion_id: 'S1-PREQUAL',
        step: 1,
        severity: 'blocking',
        state: 'invalid',
      },
    ];
    expect(await rows()).toEqual(expected);
    // The data it started from is untouched.
    expect(await knex('onboarding_latest').count({ n: '*' })).toEqual([
      { n: knex.client.dialect === 'postgresql' ? '3' : 3 },
    ]);

    // Run again (idempotent): nothing doubles, nothing fails.
    await knex.migrate.down({ directory });
    await knex.migrate.up({ directory });
    expect(await rows()).toEqual(expected);
  });

  it('adds the removal mark to the history, keeping what it holds', async () => {
    const knex = await databases.init(databaseId);
    await migrateThrough(knex, '20261127_backfill_latest_results.js');
    const id = await seedLatest(knex, 'a', []);

    await knex.migrate.up({ directory, name: '20261128_removed_entities.js' });

    const [row] = await knex('onboarding_evaluations').where({ id });
    expect(row).toMatchObject({
      entity_ref: 'component:default/a',
      criteria_version: 'v1',
      removed_at: null,
    });
    expect(await knex('onboarding_latest').select('entity_ref')).toEqual([
      { entity_ref: 'component:default/a' },
    ]);

    await knex.migrate.down({
      directory,
      name: '20261128_removed_entities.js',
    });
    expect(
      Object.keys(await knex('onboarding_evaluations').columnInfo()),
    ).not.toContain('removed_at');
    expect(await knex('onboarding_evaluations').where({ id })).toHaveLength(1);
  });

  it('counts the unmet criteria already stored per owner and kind', async () => {
    const knex = await databases.init(databaseId);
    await migrateThrough(knex, '20261128_removed_entities.js');
    const fail = (criterionId: string) => ({
      criterionId,
      step: 1,
      severity: 'blocking',
      state: 'fail',
    });
    await seedLatest(knex, 'a', [fail('S1-PREQUAL'), fail('S1-SPONSOR')]);
    await seedLatest(knex, 'b', [fail('S1-PREQUAL')]);
    await knex('onboarding_latest_results').insert([
      {
        entity_ref: 'component:default/a',
        criterion_id: 'S1-PREQUAL',
        step: 1,
        severity: 'blocking',
        state: 'fail',
      },
      {
        entity_ref: 'component:default/a',
        criterion_id: 'S1-SPONSOR',
        step: 1,
        severity: 'blocking',
        state: 'fail',
      },
      {
        entity_ref: 'component:default/b',
        criterion_id: 'S1-PREQUAL',
        step: 1,
        severity: 'blocking',
        state: 'fail',
      },
    ]);

    await knex.migrate.up({ directory, name: '20261129_unmet_counts.js' });

    const counts = await knex('onboarding_unmet_counts')
      .orderBy('criterion_id')
      .select('owner_ref', 'kind', 'criterion_id', 'unmet_count');
    expect(counts).toEqual([
      {
        owner_ref: 'group:default/team',
        kind: 'component',
        criterion_id: 'S1-PREQUAL',
        unmet_count: 2,
      },
      {
        owner_ref: 'group:default/team',
        kind: 'component',
        criterion_id: 'S1-SPONSOR',
        unmet_count: 1,
      },
    ]);
  });

  it('counts, of the unmet criteria already counted, those holding their entity at its next gate', async () => {
    const knex = await databases.init(databaseId);
    await migrateThrough(knex, '20261128_removed_entities.js');
    const unmet = (criterionId: string, step: number, severity: string) => ({
      entity_ref: 'component:default/a',
      criterion_id: criterionId,
      step,
      severity,
      state: 'fail',
    });
    // a stands at step 1 (seedLatest): its step-1 blocking criterion holds it; a
    // step-2 one and an advisory one do not.
    await seedLatest(knex, 'a', []);
    await knex('onboarding_latest_results').insert([
      unmet('S1-PREQUAL', 1, 'blocking'),
      unmet('S1-ADVICE', 1, 'advisory'),
      unmet('S2-PLAN', 2, 'blocking'),
    ]);
    await migrateThrough(knex, '20261203_unmet_counts_next_gate.js');

    const counts = await knex('onboarding_unmet_counts')
      .orderBy('criterion_id')
      .select('criterion_id', 'unmet_count', 'next_gate_count');
    expect(counts).toEqual([
      { criterion_id: 'S1-ADVICE', unmet_count: 1, next_gate_count: 0 },
      { criterion_id: 'S1-PREQUAL', unmet_count: 1, next_gate_count: 1 },
      { criterion_id: 'S2-PLAN', unmet_count: 1, next_gate_count: 0 },
    ]);
    await knex.migrate.down({ directory });
    expect(
      await knex.schema.hasColumn('onboarding_unmet_counts', 'next_gate_count'),
    ).toBe(false);
  });

  it('adds the fact table, keeping the evaluations, and removes it on the way down', async () => {
    const knex = await databases.init(databaseId);
    await migrateThrough(knex, '20261130_trend_index.js');
    const id = await seedLatest(knex, 'a', []);

    await knex.migrate.up({ directory, name: '20261201_facts.js' });
    expect(
      Object.keys(await knex('onboarding_facts').columnInfo()).sort(),
    ).toEqual([...FACTS_COLUMNS].sort());
    await knex('onboarding_facts').insert({
      entity_ref: 'component:default/a',
      source: 'sonarqube',
      facts: '{}',
      unavailable: '{}',
      missing: '{}',
      fingerprint: 'f',
      gathered_at: evaluatedAt,
    });
    expect(await knex('onboarding_evaluations').where({ id })).toHaveLength(1);

    await knex.migrate.down({ directory, name: '20261201_facts.js' });
    expect(await knex.schema.hasTable('onboarding_facts')).toBe(false);
    expect(await knex('onboarding_evaluations').where({ id })).toHaveLength(1);
  });

  it('adds the table of notifications sent, one row per entity, event and change', async () => {
    const knex = await databases.init(databaseId);
    await migrateThrough(knex, '20261201_facts.js');
    const id = await seedLatest(knex, 'a', []);

    await knex.migrate.up({ directory, name: '20261202_notifications.js' });
    expect(
      Object.keys(await knex('onboarding_notifications').columnInfo()).sort(),
    ).toEqual(['change_key', 'entity_ref', 'event', 'sent_at']);
    const row = {
      entity_ref: 'component:default/a',
      event: 'gate-passed',
      change_key: 'k'.repeat(64),
      sent_at: evaluatedAt,
    };
    await knex('onboarding_notifications').insert(row);
    // The same change again is refused; another change of the same entity is not.
    // (Read as text: better-sqlite3's errors are not Errors of the test's realm.)
    const duplicate = await knex('onboarding_notifications')
      .insert(row)
      .then(
        () => 'inserted',
        (error: unknown) => String(error),
      );
    expect(duplicate).toMatch(/unique constraint|duplicate key/i);
    await knex('onboarding_notifications').insert({
      ...row,
      event: 'fell-back',
    });
    expect(await knex('onboarding_notifications')).toHaveLength(2);

    await knex.migrate.down({ directory, name: '20261202_notifications.js' });
    expect(await knex.schema.hasTable('onboarding_notifications')).toBe(false);
    expect(await knex('onboarding_evaluations').where({ id })).toHaveLength(1);
  });

  it('adds the gate review table, keeping the evaluations, and removes it on the way down', async () => {
    const knex = await databases.init(databaseId);
    await migrateThrough(knex, '20261201_facts.js');
    const id = await seedLatest(knex, 'a', []);

    await knex.migrate.up({ directory, name: '20261210_gate_reviews.js' });
    await knex('onboarding_gate_reviews').insert({
      entity_ref: 'component:default/a',
      gate: 2,
      decision: 'GO',
      reservations: '[]',
      decided_on: '2026-12-10',
      reviewers: '["Alice"]',
      recorded_by: 'user:default/alice',
      recorded_at: evaluatedAt,
    });
    const [row] = await knex('onboarding_gate_reviews').select('id', 'gate');
    expect(Number(row.id)).toBeGreaterThan(0);
    expect(row.gate).toBe(2);

    await knex.migrate.down({ directory, name: '20261210_gate_reviews.js' });
    expect(await knex.schema.hasTable('onboarding_gate_reviews')).toBe(false);
    expect(await knex('onboarding_evaluations').where({ id })).toHaveLength(1);
  });
});
