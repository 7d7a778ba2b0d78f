/*
 * What the store benchmarks share: their command-line options, percentiles, and a run on
 * the real DatabaseEvaluationStore over SQLite in memory, then PostgreSQL when asked.
 */
'use strict';

const path = require('path');

// The benchmarks run the plugins' TypeScript sources directly.
require('@backstage/cli/config/nodeTransform.cjs');

const ROOT = path.resolve(__dirname, '../..');
const knexFactory = require('knex');
const { mockServices } = require('@backstage/backend-test-utils');
const { DatabaseEvaluationStore } = require(path.join(
  ROOT,
  'plugins/onboarding-backend/src/database/index.ts',
));

/** `--entities N --rounds R --postgres URL` from the command line, with these defaults. */
function benchOptions(defaults) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  return {
    entities: Number(flag('--entities', defaults.entities)),
    rounds: Number(flag('--rounds', defaults.rounds)),
    postgres: flag('--postgres', undefined),
  };
}

/** The p-th percentile of sorted numbers. */
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function runOn(label, knex, run) {
  try {
    const store = await DatabaseEvaluationStore.create({
      database: mockServices.database({ knex }),
    });
    await run(label, store);
  } finally {
    await knex.destroy();
  }
}

/**
 * Calls run(label, store) with a fresh store on SQLite in memory, then, given a
 * PostgreSQL URL, on a database of its own, dropped afterwards.
 */
async function onEachDatabase(postgres, run) {
  await runOn(
    'SQLite',
    knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    }),
    run,
  );
  if (!postgres) return;
  const admin = knexFactory({ client: 'pg', connection: postgres });
  const name = `onboarding_bench_${Date.now()}`;
  await admin.raw(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(postgres);
    url.pathname = `/${name}`;
    await runOn(
      'PostgreSQL',
      knexFactory({ client: 'pg', connection: url.toString() }),
      run,
    );
  } finally {
    await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.destroy();
  }
}

module.exports = { ROOT, benchOptions, percentile, onEachDatabase };
