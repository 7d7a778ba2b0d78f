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
const {
  ROOT,
  benchOptions,
  percentile,
  onEachDatabase,
} = require('./lib/benchStore');

const {
  entities: ENTITIES,
  rounds: ROUNDS,
  postgres: POSTGRES,
} = benchOptions({ entities: 10000, rounds: 30 });

const { CatalogFilter } = require(path.join(
  ROOT,
  'plugins/onboarding-backend/src/service/CatalogFilter.ts',
));
const { catalogReadPermissions } = require(path.join(
  ROOT,
  'plugins/onboarding-backend/src/__testUtils__/permissions.ts',
));
const {
  catalogServiceMock,
} = require('@backstage/plugin-catalog-node/testUtils');
const { mockCredentials } = require('@backstage/backend-test-utils');
const { AuthorizeResult } = require('@backstage/plugin-permission-common');

const now = new Date('2026-11-25T12:00:00Z');

async function run(label, store) {
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
      permissions: catalogReadPermissions(result),
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
}

async function main() {
  console.log(
    `Catalog filter benchmark: ${ENTITIES} entities, ${ROUNDS} rounds`,
  );
  await onEachDatabase(POSTGRES, run);
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
