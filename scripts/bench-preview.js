#!/usr/bin/env node
/*
 * Criteria impact preview benchmark (POST /criteria/preview's work, without HTTP): N
 * entities (default 10 000) in Backstage's in-memory catalog mock, SonarQube facts stored
 * for each through the real DatabaseFactStore on SQLite (in memory) and, with --postgres
 * URL, on PostgreSQL; then a proposed criteria set (one criterion added, one disabled, one
 * made advisory) previewed R times (default 5): catalog read in pages, facts read a page at
 * once, both sets evaluated, impact tallied and serialized. Prints p50/max. The catalog
 * pages are served from an array (the plugin's own cost); --catalog-mock uses Backstage's
 * catalog mock instead, which alone takes seconds for 10 000 entities.
 *
 *   node scripts/bench-preview.js [--entities 10000] [--rounds 5] [--page-size 200] [--catalog-mock] [--postgres postgresql://…]
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
const ROUNDS = Number(flag('--rounds', 5));
const PAGE_SIZE = Number(flag('--page-size', 200));
const POSTGRES = flag('--postgres', undefined);
const CATALOG_MOCK = args.includes('--catalog-mock');

const common = require(path.join(
  ROOT,
  'plugins/onboarding-common/src/index.ts',
));
const backend = file =>
  require(path.join(ROOT, 'plugins/onboarding-backend/src', file));
const { DatabaseEvaluationStore } = backend('database/index.ts');
const { DatabaseFactStore } = backend('facts/DatabaseFactStore.ts');
const { EntityEvaluator } = backend('service/EntityEvaluator.ts');
const { CriteriaPreview } = backend('service/CriteriaPreview.ts');
const { resolveCriteriaSet } = backend('service/criteriaConfig.ts');
const { readSettings } = backend('service/settings.ts');
const {
  catalogServiceMock,
} = require('@backstage/plugin-catalog-node/testUtils');
const {
  mockServices,
  mockCredentials,
} = require('@backstage/backend-test-utils');
const { ConfigReader } = require('@backstage/config');
const knexFactory = require('knex');

const TEAMS = ['team-a', 'team-b', 'team-c', 'team-d', 'team-e'];
const now = new Date('2026-11-25T12:00:00Z');

function entity(i) {
  const owner = `group:default/${TEAMS[i % TEAMS.length]}`;
  const annotations = {};
  // Varied evidence: entities spread over the steps.
  const plan = common.ENTITY_CRITERIA.filter(c => c.step <= 1 + (i % 5));
  for (const c of plan)
    Object.assign(annotations, c.remediation.annotations ?? {});
  annotations['sonarqube.org/project-key'] = `svc-${i}`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: `svc-${i}`, namespace: 'default', annotations },
    spec: {
      type: 'service',
      lifecycle: i % 3 ? 'development' : 'production',
      owner,
    },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}

/** The scheduled SonarQube source as the evaluator sees it: only its stored facts are read. */
const sonarqube = {
  id: 'sonarqube',
  title: 'SonarQube',
  provides: [{ name: 'sonarqube/qualityGate' }, { name: 'sonarqube/coverage' }],
  appliesTo: e =>
    Boolean(e.metadata.annotations?.['sonarqube.org/project-key']),
  gather: async () => {
    throw new Error('not gathered during a preview');
  },
};

const PROPOSED = [
  {
    id: 'NEW-HOMOLOGATION',
    step: 2,
    severity: 'blocking',
    title: { fr: 'Homologation', en: 'Accreditation' },
    appliesTo: { lifecycles: ['production'] },
    rule: { fact: 'annotation:example.gouv.fr/homologation', exists: true },
  },
  { id: common.ENTITY_CRITERIA[0].id, disabled: true },
  { id: 'S3-SONAR-COVERAGE', severity: 'advisory' },
];

/**
 * The catalog's pages served from an array: the figures are then the plugin's own cost.
 * Backstage's catalog mock (--catalog-mock) spends seconds per 10 000 entities on its own.
 */
function arrayCatalog(entities) {
  return {
    async queryEntities(request) {
      const start = request.cursor ? Number(request.cursor) : 0;
      const end = Math.min(entities.length, start + request.limit);
      return {
        items: entities.slice(start, end),
        totalItems: entities.length,
        pageInfo: end < entities.length ? { nextCursor: String(end) } : {},
      };
    },
  };
}

function percentile(sorted, p) {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

async function run(label, knex) {
  // The evaluation store runs the migrations (the facts table included).
  const store = await DatabaseEvaluationStore.create({
    database: mockServices.database({ knex }),
  });
  const factStore = new DatabaseFactStore(knex);
  const entities = Array.from({ length: ENTITIES }, (_, i) => entity(i));
  const started = Date.now();
  for (let i = 0; i < ENTITIES; i++) {
    await factStore.recordGathered(`component:default/svc-${i}`, 'sonarqube', {
      facts: {
        'sonarqube/qualityGate': i % 4 ? 'OK' : 'ERROR',
        'sonarqube/coverage': (i * 7) % 100,
      },
      unavailable: {},
      missing: {},
      gatheredAt: new Date(now.getTime() - 3600_000),
    });
  }
  console.log(
    `  ${label}: stored facts of ${ENTITIES} entities in ${(
      (Date.now() - started) /
      1000
    ).toFixed(1)} s`,
  );
  const settings = readSettings(
    new ConfigReader({
      onboarding: {
        docs: { baseUrl: 'https://docs.example.fr' },
        evaluation: { pageSize: PAGE_SIZE },
      },
    }),
  );
  const sources = new Set(['sonarqube']);
  const evaluator = new EntityEvaluator({
    store,
    criteria: resolveCriteriaSet(undefined, undefined, sources),
    settings,
    logger: mockServices.rootLogger({ level: 'error' }),
    sources: {
      inline: [],
      scheduled: [sonarqube],
      factStore,
      factsTtlMsOf: () => 86400_000,
    },
    now: () => now,
  });
  const preview = new CriteriaPreview({
    catalog: CATALOG_MOCK
      ? catalogServiceMock({ entities })
      : arrayCatalog(entities),
    permissions: mockServices.permissions(),
    evaluator,
    settings,
    resolve: configured => resolveCriteriaSet(configured, undefined, sources),
  });
  const credentials = mockCredentials.user();
  const first = await preview.preview(PROPOSED, credentials); // warm-up
  if (first.evaluated !== ENTITIES)
    throw new Error(`expected ${ENTITIES} entities, got ${first.evaluated}`);
  console.log(
    `  ${label}: ${first.changed} of ${
      first.evaluated
    } entities change; steps now ${JSON.stringify(
      first.steps.current,
    )}, proposed ${JSON.stringify(first.steps.proposed)}`,
  );
  const times = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = process.hrtime.bigint();
    const impact = await preview.preview(PROPOSED, credentials);
    JSON.stringify(impact); // the route serializes it too
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const max = times[times.length - 1];
  console.log(
    `  ${label}: preview of ${ENTITIES} entities over ${ROUNDS} rounds: p50 ${percentile(
      times,
      50,
    ).toFixed(0)} ms, max ${max.toFixed(0)} ms — target < 2000 ms: ${
      max < 2000 ? 'HOLDS' : 'MISSED'
    }`,
  );
  await knex.destroy();
}

async function main() {
  console.log(
    `Criteria impact preview benchmark: ${ENTITIES} entities, pages of ${PAGE_SIZE}, ${ROUNDS} rounds`,
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

main().catch(error => {
  console.error(error);
  process.exit(1);
});
