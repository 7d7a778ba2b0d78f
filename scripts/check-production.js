#!/usr/bin/env node
/*
 * Checks the production build (scripts/build-production.sh) as two instances of it would
 * run in production: NODE_ENV=production, app-config.yaml + app-config.production.yaml,
 * one PostgreSQL server, one set of databases, two ports.
 *
 *   node scripts/check-production.js   # after bash scripts/build-production.sh
 *
 * PostgreSQL: PRODUCTION_CHECK_POSTGRES or BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
 * (postgresql://user:password@host:port); without either it prints why and exits 0.
 * PRODUCTION_DIST: the build folder (default dist-prod). PRODUCTION_CHECK_PORTS: two ports
 * on 127.0.0.1 (default 7021,7022). The databases it creates (a unique prefix) are dropped
 * at the end; the instances' logs, in a temporary folder printed at the start, are kept
 * when a check fails.
 *
 * 1. Starts instance A, then B (B migrates nothing: A did), and checks on each the
 *    readiness and liveness endpoints, the frontend served by the app-backend plugin and
 *    GET /api/onboarding/entities/default/component/portail-usager (a static service token
 *    from scripts/ci/app-config.production-check.yaml: no sign-in).
 * 2. Triggers the scheduled evaluation once: exactly one instance runs it (the task is
 *    global), and the stored results hold one row per entity and criterion.
 * 3. Stops the instance that ran it: the other keeps serving and runs the next pass.
 * Prints the duration of each step; exits 1 on the first failed check.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { say, sleep } = require('./lib/output');
const {
  startLocalOidcProvider,
  PRODUCTION_NODE_OPTIONS,
  postgresUrl,
  distDir,
  readOnlyRootAvailable,
  runIdentity,
  startInstance,
  get,
  waitFor,
  waitReady,
  dropDatabases,
  queryPluginDatabase,
} = require('./lib/productionInstance');

const TASK_ID = 'onboarding-evaluate-catalog';
const TASKS_PATH = '/api/onboarding/.backstage/scheduler/v1/tasks';
const ENTITY_PATH = '/api/onboarding/entities/default/component/portail-usager';
const PASS_LOG = /Evaluated (\d+) entities in (\d+) ms/g;
const READY_TIMEOUT_MS = 180_000;

const durations = [];
async function timed(label, fn) {
  const started = Date.now();
  say(`--- ${label}`);
  const value = await fn();
  const seconds = (Date.now() - started) / 1000;
  durations.push([label, seconds]);
  say(`--- ${label}: ok in ${seconds.toFixed(1)} s`);
  return value;
}

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
  say(`ok: ${message}`);
}

/** The evaluation passes an instance logged: [{ evaluated, ms }]. */
function passesIn(instance) {
  return [...instance.log().matchAll(PASS_LOG)].map(m => ({
    evaluated: Number(m[1]),
    ms: Number(m[2]),
  }));
}

async function taskState(instance, token) {
  const { status, body } = await get(instance, TASKS_PATH, { token });
  if (status !== 200) throw new Error(`GET ${TASKS_PATH}: HTTP ${status}`);
  return body.tasks.find(t => t.taskId === TASK_ID)?.taskState;
}

/**
 * Triggers the pass through `instance` (retrying while one runs) and waits for its end.
 * Returns the task's state and the instances that logged a pass since the trigger.
 */
async function runPass(instance, instances, token) {
  let before;
  const alive = instances.filter(i => !i.exited());
  const since = await waitFor(
    `${instance.name} to accept a trigger of ${TASK_ID}`,
    alive,
    async () => {
      const at = Date.now();
      const { status } = await get(
        instance,
        `${TASKS_PATH}/${TASK_ID}/trigger`,
        { token, method: 'POST' },
      );
      if (status === 409) return undefined; // a pass is running
      if (status !== 200) throw new Error(`trigger: HTTP ${status}`);
      // Accepted, so no pass runs now: any pass logged from here on is this one.
      before = instances.map(i => passesIn(i).length);
      return at;
    },
    { timeoutMs: 60_000 },
  );
  const state = await waitFor(
    `the pass triggered through ${instance.name} to end`,
    alive,
    async () => {
      const current = await taskState(instance, token);
      const ended = current?.lastRunEndedAt
        ? Date.parse(current.lastRunEndedAt)
        : 0;
      return current?.status === 'idle' && ended >= since ? current : undefined;
    },
    { timeoutMs: 120_000 },
  );
  const ran = instances.filter((i, n) => passesIn(i).length > before[n]);
  return { state, ran };
}

async function serves(instance, token, what) {
  const readiness = await get(instance, '/.backstage/health/v1/readiness');
  check(readiness.status === 200, `${instance.name} ${what}: readiness 200`);
  const liveness = await get(instance, '/.backstage/health/v1/liveness');
  check(liveness.status === 200, `${instance.name} ${what}: liveness 200`);
  const entity = await get(instance, ENTITY_PATH, { token });
  check(
    entity.status === 200 && typeof entity.body === 'object',
    `${instance.name} ${what}: GET ${ENTITY_PATH} 200 with a JSON evaluation (got ${entity.status})`,
  );
  const anonymous = await get(instance, ENTITY_PATH);
  check(
    anonymous.status === 401,
    `${instance.name} ${what}: the same route without a token is refused (401, got ${anonymous.status})`,
  );
}

async function main() {
  const postgres = postgresUrl();
  if (!postgres) {
    console.log(
      'skipped: no PostgreSQL server configured (set PRODUCTION_CHECK_POSTGRES or BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING)',
    );
    return 0;
  }
  const dir = distDir();
  // The image runs with these node options too (ENV NODE_OPTIONS in the Dockerfile).
  const dockerfile = fs.readFileSync(
    path.join(__dirname, '..', 'packages', 'backend', 'Dockerfile'),
    'utf8',
  );
  check(
    dockerfile.includes(`ENV NODE_OPTIONS="${PRODUCTION_NODE_OPTIONS}"`),
    `packages/backend/Dockerfile sets NODE_OPTIONS="${PRODUCTION_NODE_OPTIONS}", as the instances here`,
  );
  const ports = (process.env.PRODUCTION_CHECK_PORTS ?? '7021,7022')
    .split(',')
    .map(Number);
  const { prefix, token } = runIdentity('prodcheck');
  const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'production-check-'));
  const readOnlyRoot = readOnlyRootAvailable();
  say(`Build ${dir}, databases ${prefix}*, logs in ${logs}`);
  say(
    readOnlyRoot
      ? 'Instances run with a read-only root filesystem, /tmp writable (as in the image)'
      : 'Not checked: a read-only root filesystem (needs root and unshare -m)',
  );
  const started = Date.now();
  const instances = [];
  const launch = (name, port) => {
    const instance = startInstance({
      name,
      dir,
      port,
      postgres,
      prefix,
      token,
      logFile: path.join(logs, `${name}.log`),
      readOnlyRoot,
    });
    instances.push(instance);
    return instance;
  };

  const stopOidc = await startLocalOidcProvider();
  try {
    // A first: it creates the databases and runs the migrations; B then finds them done.
    const a = launch('A', ports[0]);
    await timed('start A', () => waitReady(a, READY_TIMEOUT_MS));
    const b = launch('B', ports[1]);
    await timed('start B', () => waitReady(b, READY_TIMEOUT_MS));
    const bReadyAt = Date.now();

    await timed('both serve', async () => {
      for (const instance of [a, b]) {
        const home = await get(instance, '/');
        check(
          home.status === 200 && /<div id="root">/.test(String(home.body)),
          `${instance.name}: the frontend app is served at / by the app-backend plugin`,
        );
        await waitFor(
          `${instance.name} to read portail-usager from the catalog`,
          instances,
          async () =>
            (await get(instance, ENTITY_PATH, { token })).status === 200
              ? true
              : undefined,
          { timeoutMs: 120_000 },
        );
        await serves(instance, token, 'with both up');
      }
    });

    const owner = await timed('one scheduled pass across both', async () => {
      // The start-up pass (initialDelay 3 s) ran once in all, not once per instance: B
      // found the global task already scheduled. Long enough after B's start to tell.
      await sleep(Math.max(0, bReadyAt + 8000 - Date.now()));
      const startup = [a, b].map(i => passesIn(i).length);
      check(
        startup[0] + startup[1] === 1,
        `one start-up pass across both instances (A: ${startup[0]}, B: ${startup[1]})`,
      );
      const { ran } = await runPass(a, instances, token);
      check(
        ran.length === 1,
        `exactly one instance ran the pass (ran: ${
          ran.map(i => i.name).join(', ') || 'none'
        })`,
      );
      const pass = passesIn(ran[0]).at(-1);
      check(
        pass.evaluated > 0,
        `${ran[0].name} evaluated ${pass.evaluated} entities in ${pass.ms} ms`,
      );
      const [latest] = await queryPluginDatabase(
        postgres,
        prefix,
        'onboarding',
        'SELECT count(*)::int AS rows, count(DISTINCT entity_ref)::int AS refs FROM onboarding_latest',
      );
      check(
        latest.rows === latest.refs && latest.rows >= pass.evaluated,
        `onboarding_latest: ${latest.rows} rows for ${latest.refs} entities`,
      );
      const duplicates = await queryPluginDatabase(
        postgres,
        prefix,
        'onboarding',
        `SELECT 'latest_results' AS t, entity_ref FROM onboarding_latest_results
           GROUP BY entity_ref, criterion_id HAVING count(*) > 1
         UNION ALL
         SELECT 'evaluations', entity_ref FROM onboarding_evaluations
           GROUP BY entity_ref, fingerprint HAVING count(*) > 1`,
      );
      check(
        duplicates.length === 0,
        `no duplicate rows in onboarding_latest_results nor the same result stored twice in onboarding_evaluations${
          duplicates.length ? `: ${JSON.stringify(duplicates.slice(0, 5))}` : ''
        }`,
      );
      return ran[0];
    });

    const survivor = owner === a ? b : a;
    await timed(`stop ${owner.name}, ${survivor.name} takes over`, async () => {
      const exit = await owner.stop();
      check(
        exit && (exit.code === 0 || exit.signal === 'SIGTERM'),
        `${owner.name} stopped on SIGTERM (${JSON.stringify(exit)})`,
      );
      await serves(survivor, token, `after ${owner.name} stopped`);
      const { state, ran } = await runPass(survivor, instances, token);
      check(
        ran.length === 1 && ran[0] === survivor,
        `${survivor.name} ran the next pass (ended ${state.lastRunEndedAt})`,
      );
    });
    say(
      `All checks passed in ${((Date.now() - started) / 1000).toFixed(
        1,
      )} s: ${durations
        .map(([label, s]) => `${label} ${s.toFixed(1)} s`)
        .join(', ')}`,
    );
    // The logs are kept for a failed run only.
    fs.rmSync(logs, { recursive: true, force: true });
    return 0;
  } catch (error) {
    say(String(error?.message ?? error));
    for (const instance of instances) {
      say(`last lines of ${instance.name}'s log (${instance.logFile}):`);
      console.log(instance.log().split('\n').slice(-15).join('\n'));
    }
    return 1;
  } finally {
    for (const instance of instances) await instance.stop();
    stopOidc();
    await dropDatabases(postgres, prefix);
  }
}

main().then(
  code => process.exit(code),
  error => {
    console.error(error);
    process.exit(1);
  },
);
