#!/usr/bin/env node
/*
 * Catalog filter benchmark: N entities (default 10 000) with stored latest results spread
 * over the steps and verdicts (real DatabaseEvaluationStore, SQLite in memory, or
 * PostgreSQL with --postgres URL), then GET /catalog-filter's work through CatalogFilter
 * timed R times (default 30): unfiltered (what the catalog page asks) and one step, for a
 * caller who reads the whole catalog (one permission decision, one store query) and for
 * one whose reads are conditional (the catalog, Backstage's in-memory mock holding the N
 * entities, asked in batches of 1000). Prints p50/p95/max, the catalog calls and the size
 * of the JSON answer.
 *
 *   node scripts/bench-catalog-filter.js [--entities 10000] [--rounds 30] [--postgres postgresql://…]
 */
const path = require('path');

require('@backstage/cli/config/nodeTransform.cjs');

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const ENTITIES = Number(flag('--entities', 10000));
const ROUNDS = Number(flag('--rounds', 30));
const POSTGRES = flag('--postgres', undefined);

const { DatabaseEvaluationStore } = require(path.join(
  ROOT,
  'plugins/onboarding-backend/src/database/index.ts',
));
const { CatalogFilter } = require(path.join(
  ROOT,
  'plugins/onboarding-backend/src/service/CatalogFilter.ts',
));
const {
  catalogServiceMock,
} = require('@backstage/plugin-catalog-node/testUtils');
const {
  mockServices,
  mockCredentials,
} = require('@backstage/backend-test-utils');
const { AuthorizeResult } = require('@backstage/plugin-permission-common');
const knexFactory = require('knex');

const now = new Date('2026-11-25T12:00:00Z');

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** A permission policy answering the catalog read decision with this result. */
const permissionsWith = result => ({
  authorize: async requests =>
    requests.map(() => ({ result: AuthorizeResult.ALLOW })),
  authorizeConditional: async requests =>
    requests.map(() =>
      result === AuthorizeResult.CONDITIONAL
        ? {
            result,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              rule: 'IS_ENTITY_OWNER',
              resourceType: 'catalog-entity',
              params: { claims: [] },
            },
          }
        : { result },
    ),
});

async function run(label, knex) {
  const store = await DatabaseEvaluationStore.create({
    database: mockServices.database({ knex }),
  });
  const started = Date.now();
  const entities = [];
  for (let i = 0; i < ENTITIES; i++) {
    const step = 1 + (i % 5);
    const name = `svc-${String(i).padStart(5, '0')}`;
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, namespace: 'default' },
      spec: { owner: 'group:default/team' },
    });
    await store.saveEvaluation({
      entityRef: `component:default/${name}`,
      kind: 'Component',
      ownerRef: 'group:default/team',
      evaluation: {
        step,
        ...(step < 5
          ? {
              nextGate: {
                step,
                verdict: i % 7 ? 'NO-GO' : 'GO',
                blockers: [],
              },
            }
          : {}),
        gates: [],
        results: [],
      },
      criteriaVersion: 'bench',
      evaluatedAt: now,
    });
  }
  console.log(
    `  ${label}: stored ${ENTITIES} results in ${(
      (Date.now() - started) /
      1000
    ).toFixed(1)} s`,
  );
  const catalog = catalogServiceMock({ entities });
  let catalogCalls = 0;
  const getEntitiesByRefs = catalog.getEntitiesByRefs.bind(catalog);
  catalog.getEntitiesByRefs = async (...a) => {
    catalogCalls += 1;
    return getEntitiesByRefs(...a);
  };
  const credentials = mockCredentials.user();
  for (const [who, result] of [
    ['reads all', AuthorizeResult.ALLOW],
    ['conditional', AuthorizeResult.CONDITIONAL],
  ]) {
    const filter = new CatalogFilter({
      catalog,
      permissions: permissionsWith(result),
      store,
    });
    for (const [what, query] of [
      ['unfiltered', {}],
      ['step=3', { steps: [3] }],
    ]) {
      await filter.getCatalogFilter(query, credentials); // warm-up
      catalogCalls = 0;
      const times = [];
      let bytes = 0;
      let total = 0;
      for (let r = 0; r < ROUNDS; r++) {
        const t = process.hrtime.bigint();
        const answer = await filter.getCatalogFilter(query, credentials);
        bytes = JSON.stringify(answer).length; // the route serializes it too
        total = answer.total;
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.sort((a, b) => a - b);
      console.log(
        `  ${label}, ${who}, ${what}: ${total} refs, ${(bytes / 1024).toFixed(
          0,
        )} KiB; p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(
          times,
          95,
        ).toFixed(1)} ms, max ${times[times.length - 1].toFixed(
          1,
        )} ms; catalog calls per request: ${catalogCalls / ROUNDS}`,
      );
    }
  }
  await knex.destroy();
}

async function main() {
  console.log(
    `Catalog filter benchmark: ${ENTITIES} entities, ${ROUNDS} rounds`,
  );
  await run(
    'SQLite',
    knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    }),
  );
  if (POSTGRES) {
    const admin = knexFactory({ client: 'pg', connection: POSTGRES });
    const name = `onboarding_bench_${Date.now()}`;
    await admin.raw(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(POSTGRES);
      url.pathname = `/${name}`;
      await run(
        'PostgreSQL',
        knexFactory({ client: 'pg', connection: url.toString() }),
      );
    } finally {
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    }
  }
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
