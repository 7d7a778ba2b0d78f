#!/usr/bin/env node
/*
 * Fact gathering at scale, and off the request path.
 *
 *   node scripts/bench-sources.js [--entities 10000] [--latency 50] [--concurrency C]
 *                                 [--duration 20] [--connections 10] [--port 7007]
 *                                 [--postgres URL] [--ingest-timeout 1200] [--keep]
 *
 * 1. Starts the platform simulator (lib/sourcesSimulator.js, a child process) with data for
 *    N synthetic components, answering every call after --latency ms; the components carry
 *    every annotation the 6 sources read (console, GitLab, SonarQube, Harbor, Kyverno, Argo CD).
 * 2. Starts the real backend (lib/backend.js, as load-test.js does) with the 6 source modules
 *    pointed at the simulator, the default gathering settings (or --concurrency) and the
 *    30-minute cadence, and waits for the catalog to hold the N components.
 * 3. Triggers the 6 gathering tasks at once, as their common cadence starts them, and meanwhile
 *    drives GET /api/onboarding/entities/default/component/<random> with autocannon.
 * 4. Once every pass ended, drives the same route again, idle, and counts the tool calls it
 *    caused (none expected: evaluations read stored facts).
 * Prints per source: pass time, entities/s, calls, calls in flight; whether the longest pass
 * fits in the cadence (HOLDS/MISSED, projected to 10 000 entities when fewer ran, with the
 * concurrency the cadence needs); and the route's p50/p95 during the gathering and idle.
 *
 * Exits 0 even when a target is missed; 1 if the backend or the simulator fails; 130 on SIGINT.
 */
'use strict';

const { fork } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { say, sleep } = require('./lib/output');
const {
  GROUPS,
  entityName,
  syntheticCatalog,
} = require('./lib/syntheticCatalog');
const {
  ROOT,
  state,
  cleanup,
  logTail,
  assertBackendAlive,
  BackendError,
  startBackendWith,
  waitForCatalog,
  taskStates,
  triggerTask,
  endedSince,
} = require('./lib/backend');
const { runLoad, ms } = require('./lib/load');
const { sourceAnnotations } = require('./lib/sourcesSimulator');

// The backend's own settings reader: the defaults live there only.
require('@backstage/cli/config/nodeTransform.cjs');
const { ConfigReader } = require('@backstage/config');
const YAML = require('yaml');
const { readSettings } = require(path.join(
  ROOT,
  'plugins/onboarding-backend/src/service/settings.ts',
));

const SOURCES = [
  'console',
  'gitlab',
  'sonarqube',
  'harbor',
  'kyverno',
  'argocd',
];
const TARGET_ENTITIES = 10000;

class UsageError extends Error {}

function parseArgs(argv) {
  const options = {
    entities: TARGET_ENTITIES,
    latency: 50,
    concurrency: undefined,
    duration: 20,
    connections: 10,
    port: 7007,
    postgres: undefined,
    ingestTimeout: 1200,
    readyTimeout: 300,
    keep: false,
  };
  const integer = (name, value, min, max) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new UsageError(
        `--${name} expects a whole number from ${min} to ${max}, got ${value}`,
      );
    }
    return n;
  };
  const ranges = {
    entities: [1, 1000000],
    latency: [0, 60000],
    concurrency: [1, 64],
    duration: [1, 3600],
    connections: [1, 1000],
    port: [1, 65535],
    'ingest-timeout': [10, 86400],
    'ready-timeout': [10, 3600],
  };
  const camel = name => name.replace(/-(.)/g, (_, c) => c.toUpperCase());
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=')
      ? argv[i].split(/=(.*)/s)
      : [argv[i], undefined];
    const name = flag.replace(/^--/, '');
    const value = () => {
      if (inline !== undefined) return inline;
      i += 1;
      if (i >= argv.length) throw new UsageError(`${flag} expects a value`);
      return argv[i];
    };
    if (name in ranges) {
      options[camel(name)] = integer(name, value(), ...ranges[name]);
    } else if (flag === '--postgres') {
      options.postgres = value();
    } else if (flag === '--keep') {
      options.keep = true;
    } else if (flag === '--help' || flag === '-h') {
      console.log(
        'Usage: node scripts/bench-sources.js [--entities 10000] [--latency 50] [--concurrency C] [--duration 20] [--connections 10] [--port 7007] [--postgres URL] [--ingest-timeout 1200] [--keep]\n(see the comment at the top of the script)',
      );
      process.exit(0);
    } else {
      throw new UsageError(`Unknown option ${argv[i]} (see --help)`);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------
// Simulator

/** Starts the simulator child; resolves once it listens, with a way to ask its counters. */
function startSimulator(entities, latencyMs) {
  const transform = require.resolve(
    '@backstage/cli-node/config/nodeTransform.cjs',
    { paths: [ROOT] },
  );
  const child = fork(
    path.join(__dirname, 'lib', 'sourcesSimulator.js'),
    [String(entities), String(latencyMs)],
    { execArgv: ['--require', transform], stdio: 'inherit' },
  );
  const waiting = new Map();
  let nextId = 0;
  state.stopOthers.push(async () => {
    if (child.exitCode === null && child.connected) child.disconnect();
    await sleep(200);
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.once('exit', code =>
      reject(new BackendError(`The simulator exited (code ${code})`)),
    );
    // The CLI's transform sends messages of its own ('watch'): only ours are read.
    child.on('message', message => {
      if (message?.type === 'stats') {
        waiting.get(message.id)?.(message.tools);
        waiting.delete(message.id);
      } else if (message?.type === 'ready') {
        resolve({
          url: message.url,
          /** Calls, peak in flight and in-flight ms per tool since the start. */
          stats: (resetPeaks = false) =>
            new Promise(done => {
              const id = nextId++;
              waiting.set(id, done);
              child.send({ type: 'stats', id, resetPeaks });
            }),
        });
      }
    });
  });
}

// ---------------------------------------------------------------------------------------
// Gathering

/** The backend's summary line of a pass (FactGatherer.runPass). */
const PASS_LINE =
  /Fact source ([a-z0-9-]+): (\d+) entities in (\d+) ms, (\d+) changed, (\d+) failed, (\d+) not asked \(breaker open\), (\d+) removed/;

/** The pass summaries the backend logged after byte `from` of its log, by source. */
function passLines(from = 0) {
  const text = fs
    .readFileSync(state.logFile)
    .subarray(from)
    .toString('utf8')
    .replace(/\x1b\[[0-9;]*m/g, '');
  const passes = new Map();
  for (const line of text.split('\n')) {
    const m = PASS_LINE.exec(line);
    if (m) {
      passes.set(m[1], {
        entities: Number(m[2]),
        durationMs: Number(m[3]),
        changed: Number(m[4]),
        failed: Number(m[5]),
        refused: Number(m[6]),
      });
    }
  }
  return passes;
}

const seconds = value => `${(value / 1000).toFixed(1)} s`;
const minutes = value => `${(value / 60000).toFixed(1)} min`;

/** The table of one round of passes, and whether the longest fits in the cadence. */
function printPasses(
  title,
  { before, after, passes },
  { options, settings, cadenceMs },
) {
  console.log('');
  console.log(
    `  ${title}: ${options.entities} entities, simulator ${options.latency} ms per call, concurrency ${settings.concurrency}`,
  );
  const header = [
    'Source'.padEnd(10),
    'Entities'.padStart(8),
    'Pass'.padStart(9),
    'Entities/s'.padStart(10),
    'Calls'.padStart(8),
    'Calls/entity'.padStart(12),
    'Peak calls in flight'.padStart(21),
    'Mean in flight'.padStart(14),
    'Changed'.padStart(7),
    'Failed'.padStart(6),
  ];
  console.log(`  ${header.join('  ')}`);
  let longest;
  for (const id of SOURCES) {
    const pass = passes.get(id);
    const t0 = before[id] ?? { calls: 0, inFlightMs: 0 };
    const t1 = after[id] ?? { calls: 0, peak: 0, inFlightMs: 0 };
    const calls = t1.calls - t0.calls;
    if (!pass) {
      console.log(
        `  ${id.padEnd(10)}  no pass summary in the log (did not end)`,
      );
      longest = { id, durationMs: Infinity, calls };
      continue;
    }
    if (!longest || pass.durationMs > longest.durationMs)
      longest = { id, ...pass, calls };
    const row = [
      id.padEnd(10),
      String(pass.entities).padStart(8),
      seconds(pass.durationMs).padStart(9),
      (pass.entities / (pass.durationMs / 1000)).toFixed(1).padStart(10),
      String(calls).padStart(8),
      (calls / Math.max(pass.entities, 1)).toFixed(1).padStart(12),
      String(t1.peak).padStart(21),
      ((t1.inFlightMs - t0.inFlightMs) / pass.durationMs)
        .toFixed(1)
        .padStart(14),
      String(pass.changed).padStart(7),
      String(pass.failed + pass.refused).padStart(6),
    ];
    console.log(`  ${row.join('  ')}`);
  }
  const scale = Math.max(TARGET_ENTITIES, options.entities) / options.entities;
  const projected = longest.durationMs * scale;
  console.log(
    `  Longest pass: ${longest.id}, ${seconds(longest.durationMs)}${
      scale > 1
        ? `; projected to ${TARGET_ENTITIES} entities: ${minutes(projected)}`
        : ''
    } (the 6 passes run side by side)`,
  );
  console.log(
    `  Target: every source's pass within one ${minutes(
      cadenceMs,
    )} cadence at ${TARGET_ENTITIES} entities: ${
      projected <= cadenceMs ? 'HOLDS' : 'MISSED'
    } (${((projected / cadenceMs) * 100).toFixed(
      0,
    )}% of the cadence; of the task timeout, 25 min: ${(
      (projected / (25 * 60000)) *
      100
    ).toFixed(0)}%)`,
  );
  // A worker spends pass × concurrency / entities per entity; at most calls × latency of it
  // waiting on the tool (less: some calls run side by side). The rest is the backend's work.
  const perEntityMs =
    (longest.durationMs * settings.concurrency) / longest.entities;
  const toolMs = (longest.calls / longest.entities) * options.latency;
  const needed = Math.ceil((settings.concurrency * projected) / cadenceMs);
  console.log(
    `  ${longest.id}: ${perEntityMs.toFixed(
      0,
    )} ms per entity per worker, of which at most ${toolMs.toFixed(
      0,
    )} ms waiting on the tool: ${
      toolMs >= perEntityMs / 2
        ? `bound by the tool's latency; concurrency the cadence needs: ${needed} (configured ${settings.concurrency})`
        : "bound by the backend's own work (CPU, storage), not by tool latency: more concurrency would not shorten it"
    }`,
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  state.keep = options.keep;
  say(
    `Fact gathering: ${options.entities} entities x ${
      SOURCES.length
    } sources, simulator latency ${options.latency} ms per call, ${
      options.postgres ? 'PostgreSQL' : 'SQLite'
    }, port ${options.port}`,
  );
  say(
    `Host: ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );

  const simulator = await startSimulator(options.entities, options.latency);
  say(`Simulator on ${simulator.url} (latency ${options.latency} ms per call)`);

  // A scheduler worker waits out its task's initial delay before it runs anything, even a
  // trigger: the first passes run at once on a catalog still empty (next one 30 min later),
  // and the script triggers the measured ones once the catalog is complete. No evaluation
  // pass: the entity route evaluates on request from the stored facts.
  const soon = { seconds: 1 };
  const later = { hours: 6 };
  const onboarding = {
    schedule: {
      frequency: { hours: 12 },
      timeout: { minutes: 30 },
      initialDelay: later,
    },
    facts: {
      schedule: {
        frequency: { minutes: 30 },
        timeout: { minutes: 25 },
        initialDelay: soon,
      },
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    },
    sources: Object.fromEntries(
      SOURCES.map(id => [
        id,
        { baseUrl: `${simulator.url}/${id}`, simulated: true },
      ]),
    ),
  };
  const settings = readSettings(
    ConfigReader.fromConfigs([
      {
        context: 'app-config.yaml',
        data: YAML.parse(
          fs.readFileSync(path.join(ROOT, 'app-config.yaml'), 'utf8'),
        ),
      },
      { context: 'bench-sources', data: { onboarding } },
    ]),
  ).facts;
  const cadenceMs = 30 * 60 * 1000;
  say(
    `Gathering settings: concurrency ${
      settings.concurrency
    } entities per source${
      options.concurrency ? ' (--concurrency)' : ' (the default)'
    }, cadence ${minutes(cadenceMs)}, task timeout 25 min, ${seconds(
      settings.attemptTimeoutMs,
    )} per entity`,
  );

  const { token } = await startBackendWith(options, {
    catalog: {
      text: syntheticCatalog(options.entities, { annotate: sourceAnnotations }),
      description: `${options.entities} components (with every source's annotations), ${GROUPS.length} groups and a guest user`,
    },
    onboarding,
    label: 'bench-sources',
  });
  await waitForCatalog(options, options.entities);

  const entityPaths = Array.from(
    { length: options.entities },
    (_, i) => `/api/onboarding/entities/default/component/${entityName(i)}`,
  );
  const load = (title, quiet = false) =>
    runLoad(options, {
      title,
      token,
      paths: entityPaths,
      duration: options.duration,
      connections: options.connections,
      quiet,
    });
  say('Warm-up: the entity route, not measured');
  await load('warm-up', true);
  assertBackendAlive();

  /**
   * Triggers the 6 passes at once, as their common cadence starts them, runs `meanwhile`
   * and waits until every pass ended; returns what each source did and the tool calls.
   */
  const taskIds = SOURCES.map(id => `onboarding-facts-${id}`);
  async function gatheringPasses(meanwhile) {
    const logOffset = fs.statSync(state.logFile).size;
    const before = await simulator.stats(true);
    const triggeredAt = Date.now();
    for (const taskId of taskIds) await triggerTask(options, token, taskId);
    say(`Triggered the ${SOURCES.length} gathering passes`);
    const result = { meanwhile: await meanwhile?.() };
    let states = await taskStates(options, token);
    if (meanwhile) {
      const over = taskIds.filter(id =>
        endedSince(states.get(id), triggeredAt),
      );
      if (over.length > 0)
        say(
          `Passes already over by the end of that measure: ${over.length} of ${SOURCES.length} (use more entities or a shorter --duration)`,
        );
    }
    const deadline = triggeredAt + cadenceMs + 5 * 60 * 1000;
    let lastPrint = Date.now();
    while (taskIds.some(id => !endedSince(states.get(id), triggeredAt))) {
      assertBackendAlive();
      if (Date.now() > deadline) {
        say('Gave up waiting for the passes: 35 minutes after the trigger');
        break;
      }
      if (Date.now() - lastPrint >= 30000) {
        const done = [...passLines(logOffset).keys()];
        say(`Passes done: ${done.join(', ') || 'none yet'}`);
        lastPrint = Date.now();
      }
      await sleep(2000);
      states = await taskStates(options, token);
    }
    return {
      ...result,
      before,
      after: await simulator.stats(),
      passes: passLines(logOffset),
    };
  }

  say("First passes: every entity's facts are new, so each is evaluated again");
  const first = await gatheringPasses(async () => {
    say(
      `Entity route during the passes: ${options.connections} connections, ${options.duration} s`,
    );
    const figures = await load('Entity report while the 6 sources gather');
    assertBackendAlive();
    return figures;
  });
  say(
    'Next passes: the same facts again, as on every cadence when nothing changed',
  );
  const next = await gatheringPasses();

  say(
    `Entity route idle (no pass running): ${options.connections} connections, ${options.duration} s`,
  );
  const idleBefore = await simulator.stats();
  const idle = await load('Entity report, no pass running');
  const idleAfter = await simulator.stats();
  assertBackendAlive();
  const callsOf = stats =>
    Object.values(stats).reduce((sum, t) => sum + t.calls, 0);
  const routeCalls = callsOf(idleAfter) - callsOf(idleBefore);

  const context = { options, settings, cadenceMs };
  printPasses('First pass (facts new, entities re-evaluated)', first, context);
  printPasses('Next pass (facts unchanged)', next, context);
  console.log(
    `  The cadence's passes are next passes, unless many facts change; first passes happen once, after a deployment.`,
  );
  console.log('');
  console.log(
    `  Entity route (GET /api/onboarding/entities/...), ${options.connections} connections, ${options.duration} s each`,
  );
  console.log(
    `  ${''.padEnd(34)}  ${'p50'.padStart(9)}  ${'p95'.padStart(
      9,
    )}  ${'req/s'.padStart(7)}  non-2xx`,
  );
  for (const [label, f] of [
    [`while the 6 sources gather (${options.latency} ms)`, first.meanwhile],
    ['idle (no pass running)', idle],
  ]) {
    console.log(
      `  ${label.padEnd(34)}  ${ms(f.p50).padStart(9)}  ${ms(f.p95).padStart(
        9,
      )}  ${f.rps.toFixed(0).padStart(7)}  ${f.non2xx + f.errors}`,
    );
  }
  console.log(
    `  Tool calls made while the idle route was measured: ${routeCalls} (${idle.requests} requests; 0 means no tool is called on a request)`,
  );
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
      `\nbench-sources failed: ${
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
