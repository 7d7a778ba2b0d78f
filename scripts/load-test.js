#!/usr/bin/env node
/*
 * Load test of the onboarding backend inside the real portal backend (packages/backend).
 *
 *   node scripts/load-test.js [--entities 10000] [--duration 60] [--connections 50]
 *                             [--postgres postgresql://user:pass@localhost:5432] [--port 7007]
 *                             [--ingest-timeout 1200] [--keep]
 *
 * 1. Writes a synthetic catalog (N Components over 5 owner groups and the 5 onboarding
 *    steps, with cloud-pi-native.fr/... annotations, the 5 groups and a `guest` user) to a
 *    temporary YAML file, and a temporary app-config that points the catalog at it, puts
 *    the databases in a temporary SQLite directory (or, with --postgres, in fresh
 *    PostgreSQL databases named with a unique prefix, dropped at the end) and schedules
 *    the onboarding evaluation soon after start.
 * 2. Starts the backend the way `backstage-cli package start` does (node with the CLI's
 *    TypeScript transform on packages/backend/src/index, NODE_ENV=development), but
 *    without its file watcher, so that edits elsewhere in the tree do not restart it
 *    in the middle of a measure. Its output goes to a log file in the temporary directory.
 * 3. Waits (bounded) until the catalog holds the N components and the onboarding
 *    evaluation has stored them (it triggers the scheduled task once ingestion is done).
 * 4. Drives GET /api/onboarding/entities/default/component/<random entity> with autocannon
 *    (C connections, S seconds, 127.0.0.1 only), then GET
 *    /api/onboarding/groups/default/<random group>/summary if that route answers 200,
 *    sampling the backend's RSS every second, and prints the figures and the targets.
 *
 * With --routes (`yarn bench:routes`), step 4 is replaced by a side-by-side comparison on
 * the same backend: the catalog's own GET /api/catalog/entities/by-name/... and the
 * onboarding entity route (which reads the entity through it) for the same entities,
 * alternated in rounds so that both see the same machine load; prints requests per second
 * of each, and the ratio against the target (onboarding >= 0.8x the catalog's route).
 *
 * Exits 0 even when a target is missed; 1 if the backend never becomes ready or crashes
 * (or on an unexpected error); 130 on SIGINT. The backend's process group is always killed.
 */
'use strict';

const os = require('node:os');
const { say } = require('./lib/output');
const {
  GROUPS,
  mulberry32,
  entityName,
  syntheticCatalog,
} = require('./lib/syntheticCatalog');
const { descendantsOf, rssKb } = require('./lib/processes');
const {
  state,
  cleanup,
  logTail,
  http,
  assertBackendAlive,
  BackendError,
  poll,
  guestToken,
  startBackendWith,
  waitForCatalog,
  taskStates,
  triggerTask,
  endedSince,
} = require('./lib/backend');
const { startRssSampler, runLoad, ms } = require('./lib/load');
const TASK_ID = 'onboarding-evaluate-catalog';
const TARGETS = {
  entityP95Ms: 20,
  summaryP95Ms: 100,
  rssMb: 300,
};

// ---------------------------------------------------------------------------------------
// Arguments

function usage() {
  return [
    'Usage: node scripts/load-test.js [options]',
    '  --entities N          components in the synthetic catalog (default 10000)',
    '  --duration S          seconds of load per phase (default 60)',
    '  --connections C       concurrent connections (default 50)',
    '  --postgres URL        use PostgreSQL (fresh databases, dropped at the end) instead of SQLite',
    '  --port P              backend port on 127.0.0.1 (default 7007)',
    '  --ingest-timeout S    give up waiting for the catalog after S seconds (default 1200)',
    '  --ready-timeout S     give up waiting for the backend to start after S seconds (default 300)',
    '  --keep                keep the temporary directory (catalog, config, backend log)',
    '  --routes              compare the onboarding entity route with the catalog by-name route',
    '                        (defaults then: 1000 entities, 10 connections, 10 s per round, 3 rounds)',
    '  --rounds R            alternating rounds per route with --routes (default 3)',
  ].join('\n');
}

class UsageError extends Error {}

function parseArgs(argv) {
  const options = {
    entities: 10000,
    duration: 60,
    connections: 50,
    postgres: undefined,
    port: 7007,
    ingestTimeout: 1200,
    readyTimeout: 300,
    keep: false,
    routes: false,
    rounds: 3,
  };
  const given = new Set();
  const integer = (name, value, min, max) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new UsageError(
        `--${name} expects a whole number from ${min} to ${max}, got ${value}`,
      );
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? arg.split(/=(.*)/s)
      : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      i += 1;
      if (i >= argv.length) throw new UsageError(`${flag} expects a value`);
      return argv[i];
    };
    given.add(flag);
    switch (flag) {
      case '--routes':
        options.routes = true;
        break;
      case '--rounds':
        options.rounds = integer('rounds', value(), 1, 100);
        break;
      case '--entities':
        options.entities = integer('entities', value(), 1, 1000000);
        break;
      case '--duration':
        options.duration = integer('duration', value(), 1, 3600);
        break;
      case '--connections':
        options.connections = integer('connections', value(), 1, 10000);
        break;
      case '--postgres':
        options.postgres = value();
        break;
      case '--port':
        options.port = integer('port', value(), 1, 65535);
        break;
      case '--ingest-timeout':
        options.ingestTimeout = integer('ingest-timeout', value(), 10, 86400);
        break;
      case '--ready-timeout':
        options.readyTimeout = integer('ready-timeout', value(), 10, 3600);
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--help':
      case '-h':
        console.log(usage());
        process.exit(0);
        break;
      default:
        throw new UsageError(`Unknown option ${arg}\n${usage()}`);
    }
  }
  if (options.routes) {
    // A route comparison needs a catalog, not a large one, and moderate concurrency.
    if (!given.has('--entities')) options.entities = 1000;
    if (!given.has('--connections')) options.connections = 10;
    if (!given.has('--duration')) options.duration = 10;
  }
  return options;
}

// ---------------------------------------------------------------------------------------
// Output

async function compareRoutes(options, token) {
  const names = Array.from({ length: options.entities }, (_, i) =>
    entityName(i),
  );
  const routes = {
    catalog: names.map(
      n => `/api/catalog/entities/by-name/component/default/${n}`,
    ),
    onboarding: names.map(
      n => `/api/onboarding/entities/default/component/${n}`,
    ),
  };
  say('Warm-up: 5 s per route, not measured');
  for (const paths of Object.values(routes)) {
    await runLoad(options, {
      title: 'warm-up',
      token,
      paths,
      duration: 5,
      connections: options.connections,
      quiet: true,
    });
  }
  const totals = { catalog: [], onboarding: [] };
  for (let round = 1; round <= options.rounds; round++) {
    for (const [route, paths] of Object.entries(routes)) {
      const f = await runLoad(options, {
        title: `${route} route, round ${round}`,
        token,
        paths,
        duration: options.duration,
        connections: options.connections,
        quiet: true,
      });
      assertBackendAlive();
      totals[route].push(f);
      say(
        `Round ${round}, ${route.padEnd(10)} ${f.rps.toFixed(
          0,
        )} req/s, p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, non-2xx ${
          f.non2xx
        }, errors ${f.errors}`,
      );
    }
  }
  // Requests over the time measured, all rounds of a route together.
  const rate = list =>
    list.reduce((sum, f) => sum + f.requests, 0) /
    list.reduce((sum, f) => sum + (f.rps > 0 ? f.requests / f.rps : 0), 0);
  const catalogRps = rate(totals.catalog);
  const onboardingRps = rate(totals.onboarding);
  const ratio = onboardingRps / catalogRps;
  const failures = Object.values(totals)
    .flat()
    .reduce((sum, f) => sum + f.non2xx + f.errors, 0);
  console.log('');
  console.log(
    `  Same backend, same ${options.entities} entities, ${options.connections} connections, ${options.rounds} x ${options.duration} s per route`,
  );
  console.log(
    `  catalog GET /entities/by-name/...      ${catalogRps.toFixed(0)} req/s`,
  );
  console.log(
    `  onboarding GET /entities/...           ${onboardingRps.toFixed(
      0,
    )} req/s`,
  );
  console.log(
    `  ratio onboarding / catalog             ${ratio.toFixed(
      2,
    )}  (target >= 0.80: ${ratio >= 0.8 ? 'HOLDS' : 'MISSED'})`,
  );
  console.log(`  non-2xx and errors                     ${failures}`);
  console.log('');
}

// ---------------------------------------------------------------------------------------
// Main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  state.keep = options.keep;
  say(
    `Load test: ${options.entities} entities, ${
      options.connections
    } connections, ${options.duration} s per phase, ${
      options.postgres ? 'PostgreSQL' : 'SQLite'
    }, port ${options.port}`,
  );

  say(
    `Host: ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );

  const { token: firstToken, listenerPid } = await startBackendWith(options, {
    catalog: {
      text: syntheticCatalog(options.entities),
      description: `${options.entities} components, ${GROUPS.length} groups and a guest user`,
    },
  });
  let token = firstToken;
  const ingestSeconds = await waitForCatalog(options, options.entities);

  // Onboarding evaluation of the whole catalog: trigger the scheduled task now that the
  // catalog is complete (a pass started earlier saw only part of it), and wait for its end.
  const auth = () => ({ authorization: `Bearer ${token}` });
  const evaluationStart = Date.now();
  try {
    const previousEnd = (await taskStates(options, token)).get(
      TASK_ID,
    )?.lastRunEndedAt;
    // Retried while a pass over a partial catalog runs.
    const triggeredAt = await triggerTask(options, token, TASK_ID);
    say('Triggered the onboarding evaluation of the whole catalog');
    await poll(
      'the onboarding evaluation to end',
      async () => {
        const s = (await taskStates(options, token)).get(TASK_ID);
        return s?.lastRunEndedAt !== previousEnd && endedSince(s, triggeredAt)
          ? s
          : undefined;
      },
      { timeoutMs: 30 * 60 * 1000, intervalMs: 2000 },
    );
    say(
      `Onboarding evaluation done in ${(
        (Date.now() - evaluationStart) /
        1000
      ).toFixed(0)} s`,
    );
  } catch (error) {
    if (error instanceof BackendError) throw error;
    say(
      `Could not trigger the evaluation (${error.message}); relying on its schedule`,
    );
  }
  // Stored results, checked through the history (which never evaluates on demand).
  const sample = [options.entities - 1, 0, Math.floor(options.entities / 2)];
  const sampleRandom = mulberry32(7);
  for (let i = 0; i < 17 && sample.length < options.entities; i++) {
    sample.push(Math.floor(sampleRandom() * options.entities));
  }
  await poll(
    'the onboarding evaluation to be stored',
    async () => {
      for (const i of sample) {
        const { status, body } = await http(
          options,
          `/api/onboarding/entities/default/component/${entityName(
            i,
          )}/history?limit=1`,
          { headers: auth() },
        );
        if (status !== 200 || !(body?.items?.length > 0)) return undefined;
      }
      return true;
    },
    { timeoutMs: 5 * 60 * 1000, intervalMs: 5000 },
  );
  say(
    `Evaluations stored (checked ${
      new Set(sample).size
    } entities, including the last one)`,
  );

  token = await guestToken(options);
  const summaryProbe = await http(
    options,
    `/api/onboarding/groups/default/${GROUPS[0]}/summary`,
    {
      headers: auth(),
    },
  );
  const summaryAvailable = summaryProbe.status === 200;
  say(
    summaryAvailable
      ? 'The group summary route answers 200: it will be measured too'
      : `The group summary route is not available yet (HTTP ${summaryProbe.status})`,
  );

  if (options.routes) {
    await compareRoutes(options, token);
    return;
  }

  // Phases.
  const entityPaths = Array.from(
    { length: options.entities },
    (_, i) => `/api/onboarding/entities/default/component/${entityName(i)}`,
  );
  const summaryPaths = GROUPS.map(
    g => `/api/onboarding/groups/default/${g}/summary`,
  );
  const idleRssKb = descendantsOf(listenerPid).reduce(
    (sum, pid) => sum + rssKb(pid),
    0,
  );
  say(`Backend RSS before load: ${(idleRssKb / 1024).toFixed(0)} MB`);

  say('Warm-up: 5 s, 10 connections, not measured');
  await runLoad(options, {
    title: 'warm-up',
    token,
    paths: entityPaths,
    duration: 5,
    connections: 10,
    quiet: true,
  });
  assertBackendAlive();

  say(
    'Baseline: 1 connection, 5 s (unloaded latency of the entity route, for reference)',
  );
  await runLoad(options, {
    title: 'Entity report, baseline: 1 connection, 5 s',
    token,
    paths: entityPaths,
    duration: 5,
    connections: 1,
  });
  assertBackendAlive();

  const sampler = startRssSampler(listenerPid);
  let entity;
  let summary;
  try {
    say(
      `Phase 1: GET /api/onboarding/entities/default/component/<random of ${options.entities}>`,
    );
    entity = await runLoad(options, {
      title: `Entity report: ${options.connections} connections, ${options.duration} s`,
      token,
      paths: entityPaths,
      duration: options.duration,
      connections: options.connections,
    });
    assertBackendAlive();
    if (summaryAvailable) {
      token = await guestToken(options);
      say(
        `Phase 2: GET /api/onboarding/groups/default/<random of ${GROUPS.length}>/summary`,
      );
      summary = await runLoad(options, {
        title: `Group summary: ${options.connections} connections, ${options.duration} s`,
        token,
        paths: summaryPaths,
        duration: options.duration,
        connections: options.connections,
      });
      assertBackendAlive();
    } else {
      say('Phase 2 skipped: the group summary route is not available yet');
    }
  } finally {
    sampler.stop();
  }
  say(
    `Host load average after the load: ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')} (${os.cpus().length} CPUs, shared with the load generator)`,
  );
  const peakMb = sampler.peakTotalKb / 1024;
  say(
    `Peak RSS during load: ${peakMb.toFixed(
      0,
    )} MB (backend process ${listenerPid}: ${(
      sampler.peakListenerKb / 1024
    ).toFixed(0)} MB; ${sampler.samples} samples, 1/s)`,
  );

  // Targets.
  const errorCount = [entity, summary]
    .filter(Boolean)
    .reduce((sum, f) => sum + f.errors + f.non2xx, 0);
  const rows = [
    [
      '0 errors (transport errors, timeouts, non-2xx)',
      `${errorCount}`,
      errorCount === 0,
    ],
    [
      `entity p95 < ${TARGETS.entityP95Ms} ms`,
      ms(entity.p95),
      entity.p95 < TARGETS.entityP95Ms,
    ],
    summary
      ? [
          `summary p95 < ${TARGETS.summaryP95Ms} ms`,
          ms(summary.p95),
          summary.p95 < TARGETS.summaryP95Ms,
        ]
      : [
          `summary p95 < ${TARGETS.summaryP95Ms} ms`,
          'not available',
          undefined,
        ],
    [
      `RSS < ${TARGETS.rssMb} MB (peak)`,
      `${peakMb.toFixed(0)} MB`,
      peakMb < TARGETS.rssMb,
    ],
  ];
  const width = Math.max(...rows.map(r => r[0].length));
  console.log('');
  console.log(
    `  Targets (${options.entities} entities, ${
      options.connections
    } connections, ${options.duration} s, ${
      options.postgres ? 'PostgreSQL' : 'SQLite'
    }; ingestion ${ingestSeconds.toFixed(0)} s)`,
  );
  console.log(`  ${'Target'.padEnd(width)}  ${'Measured'.padEnd(14)}  Result`);
  for (const [target, measured, holds] of rows) {
    const verdict =
      holds === undefined ? 'NOT MEASURED' : holds ? 'HOLDS' : 'MISSED';
    console.log(
      `  ${target.padEnd(width)}  ${measured.padEnd(14)}  ${verdict}`,
    );
  }
  console.log('');
}

main()
  .then(async () => {
    await cleanup();
    process.exit(0);
  })
  .catch(async error => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(
      `\nLoad test failed: ${
        error instanceof BackendError ? error.message : error.stack
      }`,
    );
    if (
      state.logFile &&
      !(error instanceof BackendError && state.backendExit)
    ) {
      console.error(`Last lines of the backend log:\n${logTail(20)}`);
    }
    await cleanup();
    process.exit(1);
  });
