#!/usr/bin/env node
/*
 * Memory of the production build under load: one instance of the host build
 * (scripts/build-production.sh) with NODE_ENV=production on PostgreSQL, the example
 * catalog, GET /api/onboarding/entities/... on its components.
 *
 *   node scripts/bench-memory.js [--duration 60] [--connections 50] [--idle 20]
 *                                [--node-options "--no-node-snapshot"]
 *
 * PostgreSQL, build folder and token as scripts/check-production.js (PRODUCTION_CHECK_POSTGRES
 * or BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING; PRODUCTION_DIST). Port:
 * PRODUCTION_BENCH_PORT (default 7023). Prints the RSS of the backend process once idle
 * (after one evaluation pass and --idle seconds), its peak during the load, its value at
 * the end of the load and 10 s later, with the route's latency, against the target
 * (under 300 MB under load). The backend runs with the image's NODE_OPTIONS (heap cap
 * included); --node-options replaces them ('': Node's defaults, the figures before the
 * cap). Exits 0 even when the target is missed.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { say, sleep } = require('./lib/output');
const { rssKb } = require('./lib/processes');
const { startRssSampler, runLoad } = require('./lib/load');
const {
  startLocalOidcProvider,
  PRODUCTION_NODE_OPTIONS,
  postgresUrl,
  distDir,
  runIdentity,
  startInstance,
  get,
  waitFor,
  waitReady,
  dropDatabases,
} = require('./lib/productionInstance');

const TARGET_MB = 300;

function parseArgs(argv) {
  const options = {
    duration: 60,
    connections: 50,
    idle: 20,
    nodeOptions: PRODUCTION_NODE_OPTIONS,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--duration') options.duration = Number(value);
    else if (flag === '--connections') options.connections = Number(value);
    else if (flag === '--idle') options.idle = Number(value);
    else if (flag === '--node-options') options.nodeOptions = value;
    else throw new Error(`Unknown argument ${flag}`);
    i++;
  }
  return options;
}

const mb = kb => `${(kb / 1024).toFixed(0)} MB`;

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const postgres = postgresUrl();
  if (!postgres) {
    console.log(
      'No PostgreSQL server configured: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING',
    );
    return 1;
  }
  const dir = distDir();
  const port = Number(process.env.PRODUCTION_BENCH_PORT ?? 7023);
  const { prefix, token } = runIdentity('prodbench');
  const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'production-bench-'));
  const stopOidc = await startLocalOidcProvider();
  const instance = startInstance({
    name: 'bench',
    dir,
    port,
    postgres,
    prefix,
    token,
    logFile: path.join(logs, 'bench.log'),
    nodeOptions: options.nodeOptions,
  });
  try {
    await waitReady(instance, 180_000);
    const components = await waitFor(
      'the catalog to hold the example components',
      [instance],
      async () => {
        const { status, body } = await get(
          instance,
          '/api/catalog/entities/by-query?filter=kind=component&limit=500&fields=metadata.name,metadata.namespace',
          { token },
        );
        const items = status === 200 ? body.items : [];
        return items.some(e => e.metadata.name === 'portail-usager')
          ? items
          : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 2000 },
    );
    const paths = components.map(
      e =>
        `/api/onboarding/entities/${
          e.metadata.namespace ?? 'default'
        }/component/${e.metadata.name}`,
    );
    say(`${paths.length} components in the catalog`);
    // One scheduled pass, as in production, before measuring.
    const trigger = await get(
      instance,
      '/api/onboarding/.backstage/scheduler/v1/tasks/onboarding-evaluate-catalog/trigger',
      { token, method: 'POST' },
    );
    say(`Triggered the evaluation pass (HTTP ${trigger.status})`);
    await waitFor(
      'the evaluation pass',
      [instance],
      async () =>
        /Evaluated \d+ entities/.test(instance.log()) ? true : undefined,
      { timeoutMs: 120_000 },
    );
    await sleep(options.idle * 1000);
    const idleKb = rssKb(instance.pid);
    say(`RSS idle: ${mb(idleKb)}`);

    const sampler = startRssSampler(instance.pid);
    const figures = await runLoad(
      { port },
      {
        title: `GET /api/onboarding/entities/... (${paths.length} components), ${options.connections} connections, ${options.duration} s`,
        token,
        paths,
        duration: options.duration,
        connections: options.connections,
      },
    );
    const endKb = rssKb(instance.pid);
    sampler.stop();
    await sleep(10_000);
    const afterKb = rssKb(instance.pid);

    console.log('');
    console.log(`  NODE_OPTIONS       ${options.nodeOptions || '(none)'}`);
    console.log(`  RSS idle           ${mb(idleKb)}`);
    console.log(
      `  RSS peak (load)    ${mb(
        sampler.peakListenerKb,
      )}   target < ${TARGET_MB} MB: ${
        sampler.peakListenerKb / 1024 < TARGET_MB ? 'met' : 'MISSED'
      }`,
    );
    console.log(`  RSS end of load    ${mb(endKb)}`);
    console.log(`  RSS 10 s later     ${mb(afterKb)}`);
    console.log(
      `  throughput         ${figures.rps.toFixed(0)} req/s, p95 ${
        figures.p95
      } ms, non-2xx ${figures.non2xx}`,
    );
    return 0;
  } finally {
    stopOidc();
    await instance.stop();
    await dropDatabases(postgres, prefix);
    fs.rmSync(logs, { recursive: true, force: true });
  }
}

main().then(
  code => process.exit(code),
  error => {
    console.error(error);
    process.exit(1);
  },
);
