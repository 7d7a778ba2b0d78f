/*
 * Starts and stops the real portal backend (packages/backend) for the measuring scripts,
 * with a temporary config over app-config.yaml, and talks to it over loopback.
 */
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { say, sleep } = require('./output');
const {
  HOST,
  descendantsOf,
  pidListeningOn,
  portIsFree,
  rssKb,
} = require('./processes');

const ROOT = path.resolve(__dirname, '..', '..');
const BACKEND_DIR = path.join(ROOT, 'packages', 'backend');

// ---------------------------------------------------------------------------------------
// Backend

const state = {
  backend: undefined, // ChildProcess, leader of its own process group
  backendExit: undefined, // { code, signal } once it exited
  tmpDir: undefined,
  logFile: undefined,
  keep: false,
  postgres: undefined,
  dbPrefix: undefined,
  cleanedUp: false,
  /** Whatever else a script started (e.g. a simulator), stopped after the backend. */
  stopOthers: [],
};

function backendAlive() {
  return state.backend && !state.backendExit;
}

function killGroup(signal) {
  if (!state.backend) return;
  try {
    process.kill(-state.backend.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopBackend() {
  if (!state.backend) return;
  if (backendAlive()) {
    say('Stopping the backend (process group)...');
    killGroup('SIGTERM');
    for (let i = 0; i < 100 && backendAlive(); i++) await sleep(100);
  }
  // Whatever is left in the group, including any child the backend started.
  killGroup('SIGKILL');
}

function logTail(lines = 40) {
  try {
    const text = fs.readFileSync(state.logFile, 'utf8');
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return '(no backend log)';
  }
}

async function dropPostgresDatabases() {
  if (!state.postgres || !state.dbPrefix) return;
  let Client;
  try {
    ({ Client } = require('pg'));
  } catch {
    say(
      `pg is not available: drop the databases named ${state.dbPrefix}* yourself`,
    );
    return;
  }
  const client = new Client({
    connectionString: state.postgres,
    database: 'postgres',
  });
  try {
    await client.connect();
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${state.dbPrefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(
        `DROP DATABASE IF EXISTS "${datname.replace(/"/g, '""')}" WITH (FORCE)`,
      );
    }
    say(
      `Dropped ${rows.length} PostgreSQL database(s) named ${state.dbPrefix}*`,
    );
  } catch (error) {
    say(
      `Could not drop the databases named ${state.dbPrefix}*: ${error.message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function cleanup() {
  if (state.cleanedUp) return;
  state.cleanedUp = true;
  await stopBackend();
  for (const stop of state.stopOthers) await stop();
  await dropPostgresDatabases();
  if (state.tmpDir) {
    if (state.keep) {
      say(`Kept ${state.tmpDir}`);
    } else {
      fs.rmSync(state.tmpDir, { recursive: true, force: true });
    }
  }
}

// Last resort: never leave the backend running behind us.
process.on('exit', () => {
  if (backendAlive()) killGroup('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    say(`${signal} received, stopping`);
    cleanup().finally(() => process.exit(130));
  });
}

/**
 * Writes the temporary config; `onboarding` is merged over the default onboarding block
 * (key by key at its top level).
 */
function writeConfig(options, catalogFile, { onboarding = {} } = {}) {
  const database = options.postgres
    ? (() => {
        const url = new URL(options.postgres);
        state.postgres = options.postgres;
        state.dbPrefix = `loadtest_${process.pid}_${Date.now().toString(36)}_`;
        return {
          client: 'pg',
          connection: {
            host: url.hostname,
            port: Number(url.port || 5432),
            user: decodeURIComponent(url.username),
            password: decodeURIComponent(url.password),
          },
          // One fresh database per plugin, named with this prefix, dropped at the end.
          prefix: state.dbPrefix,
        };
      })()
    : {
        client: 'better-sqlite3',
        connection: { directory: path.join(state.tmpDir, 'sqlite') },
      };
  const config = {
    backend: {
      baseUrl: `http://${HOST}:${options.port}`,
      listen: { host: HOST, port: options.port },
      database,
    },
    catalog: {
      // Replaces the root config's locations (arrays are not merged).
      locations: [
        {
          type: 'file',
          target: catalogFile,
          rules: [{ allow: ['Component', 'Group', 'User'] }],
        },
      ],
    },
    onboarding: {
      // A first pass soon after start; the script triggers another once ingestion is done.
      schedule: {
        frequency: { hours: 12 },
        timeout: { minutes: 30 },
        initialDelay: { seconds: 20 },
      },
      ...onboarding,
    },
  };
  const file = path.join(state.tmpDir, 'app-config.load-test.yaml');
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

function startBackend(configFile) {
  const transform = require.resolve(
    '@backstage/cli-node/config/nodeTransform.cjs',
    {
      paths: [ROOT],
    },
  );
  const logFd = fs.openSync(state.logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      // e.g. BACKEND_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the backend under load.
      ...(process.env.BACKEND_NODE_ARGS ?? '').split(' ').filter(Boolean),
      '--enable-source-maps',
      '--require',
      transform,
      'src/index',
      '--config',
      path.join(ROOT, 'app-config.yaml'),
      '--config',
      configFile,
    ],
    {
      cwd: BACKEND_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        ESBK_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'),
      },
      stdio: ['ignore', logFd, logFd],
      // Its own process group, killed as a whole at the end.
      detached: true,
    },
  );
  fs.closeSync(logFd);
  state.backend = child;
  child.on('exit', (code, signal) => {
    state.backendExit = { code, signal };
  });
  return child;
}

// ---------------------------------------------------------------------------------------
// HTTP

function baseUrl(options) {
  return `http://${HOST}:${options.port}`;
}

async function http(options, pathname, init = {}) {
  const response = await fetch(`${baseUrl(options)}${pathname}`, {
    ...init,
    signal: AbortSignal.timeout(init.timeoutMs ?? 15000),
  });
  const text = await response.text();
  let body;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

function assertBackendAlive() {
  if (state.backendExit) {
    const { code, signal } = state.backendExit;
    throw new BackendError(
      `The backend exited (code ${code}, signal ${signal}). Last lines of its log:\n${logTail()}`,
    );
  }
}

/** The backend is gone or never became ready: exit 1. */
class BackendError extends Error {}
/** An answer that waiting longer will not change: stops a poll at once. */
class FatalError extends Error {}

/** Polls check() every intervalMs until it returns a value, for at most timeoutMs. */
async function poll(what, check, { timeoutMs, intervalMs }) {
  const deadline = Date.now() + timeoutMs;
  const maxAttempts = Math.ceil(timeoutMs / intervalMs) + 1;
  let lastError;
  for (
    let attempt = 0;
    attempt < maxAttempts && Date.now() <= deadline;
    attempt++
  ) {
    assertBackendAlive();
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      if (error instanceof FatalError || error instanceof BackendError)
        throw error;
      lastError = error;
    }
    await sleep(intervalMs);
  }
  throw new BackendError(
    `Gave up after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${
      lastError ? ` (last error: ${lastError.message})` : ''
    }`,
  );
}

async function guestToken(options) {
  const { status, body } = await http(options, '/api/auth/guest/refresh');
  const token = body?.backstageIdentity?.token;
  if (status !== 200 || !token) {
    throw new Error(`No guest token (HTTP ${status})`);
  }
  return token;
}

const TASKS_PATH = '/api/onboarding/.backstage/scheduler/v1/tasks';

/**
 * Writes the catalog and config into a fresh temporary directory, starts the backend and
 * waits until it is ready. Returns the child, a guest token and the pid that listens.
 */
async function startBackendWith(
  options,
  { catalog, onboarding, label = 'load-test' },
) {
  if (!(await portIsFree(options.port))) {
    throw new BackendError(
      `Port ${options.port} is already in use on ${HOST}: stop what listens there or pass --port`,
    );
  }
  state.tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), `onboarding-${label}-`));
  state.logFile = path.join(state.tmpDir, 'backend.log');
  const catalogFile = path.join(state.tmpDir, 'catalog.yaml');
  fs.writeFileSync(catalogFile, catalog.text);
  say(
    `Wrote ${catalog.description} to ${catalogFile} (${(
      fs.statSync(catalogFile).size /
      1024 /
      1024
    ).toFixed(1)} MB)`,
  );
  const configFile = writeConfig(options, catalogFile, { onboarding });

  const child = startBackend(configFile);
  say(`Started the backend (pid ${child.pid}); log: ${state.logFile}`);

  // Ready: the health endpoint answers and a guest token can be had.
  await poll(
    'the backend to become ready',
    async () => {
      const { status } = await http(
        options,
        '/.backstage/health/v1/readiness',
        { timeoutMs: 5000 },
      );
      return status === 200 ? true : undefined;
    },
    { timeoutMs: options.readyTimeout * 1000, intervalMs: 1000 },
  );
  say('The backend is ready');
  const token = await guestToken(options);

  const family = descendantsOf(child.pid);
  const listenerPid = pidListeningOn(options.port, family) ?? child.pid;
  say(
    `The process listening on ${HOST}:${
      options.port
    } is pid ${listenerPid} (RSS ${(rssKb(listenerPid) / 1024).toFixed(0)} MB)`,
  );
  return { child, token, listenerPid };
}

/** Waits (bounded by --ingest-timeout) until the catalog holds `count` components; returns the seconds it took. */
async function waitForCatalog(options, count) {
  const ingestStart = Date.now();
  let token = await guestToken(options);
  let lastCount = -1;
  let lastPrint = 0;
  await poll(
    `the catalog to hold ${count} components`,
    async () => {
      const { status, body } = await http(
        options,
        '/api/catalog/entities/by-query?limit=1&filter=kind=component',
        { headers: { authorization: `Bearer ${token}` } },
      );
      if (status === 401) {
        token = await guestToken(options);
        return undefined;
      }
      const found = status === 200 ? Number(body?.totalItems ?? 0) : 0;
      const done = found >= count;
      if (done || (found !== lastCount && Date.now() - lastPrint >= 15000)) {
        const elapsed = (Date.now() - ingestStart) / 1000;
        say(
          `Catalog: ${found}/${count} components after ${elapsed.toFixed(
            0,
          )} s (${(found / Math.max(elapsed, 1)).toFixed(0)}/s)`,
        );
        lastCount = found;
        lastPrint = Date.now();
      }
      return done ? found : undefined;
    },
    { timeoutMs: options.ingestTimeout * 1000, intervalMs: 5000 },
  );
  const seconds = (Date.now() - ingestStart) / 1000;
  say(`Catalog ingestion complete in ${seconds.toFixed(0)} s`);
  return seconds;
}

/** The onboarding plugin's scheduled tasks, by id: their taskState as the scheduler reports it. */
async function taskStates(options, token) {
  const { status, body } = await http(options, TASKS_PATH, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (status !== 200) throw new FatalError(`GET ${TASKS_PATH}: HTTP ${status}`);
  return new Map(body.tasks.map(t => [t.taskId, t.taskState]));
}

/**
 * Triggers a scheduled task, retrying while it is running (409); returns the time just
 * before the accepted trigger.
 */
async function triggerTask(options, token, taskId, timeoutMs = 20 * 60 * 1000) {
  return poll(
    `the task ${taskId} to accept a trigger`,
    async () => {
      const before = Date.now();
      const { status } = await http(
        options,
        `${TASKS_PATH}/${taskId}/trigger`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
        },
      );
      if (status === 200) return before;
      if (status === 409) return undefined; // running
      throw new FatalError(`trigger ${taskId}: HTTP ${status}`);
    },
    { timeoutMs, intervalMs: 2000 },
  );
}

/** Whether a task's state says it ended a run that started no earlier than `since` (ms). */
function endedSince(taskState, since) {
  const ended = taskState?.lastRunEndedAt
    ? Date.parse(taskState.lastRunEndedAt)
    : 0;
  // SQLite keeps whole seconds.
  return taskState?.status === 'idle' && ended >= since - 1000;
}

module.exports = {
  ROOT,
  state,
  cleanup,
  logTail,
  writeConfig,
  startBackend,
  baseUrl,
  http,
  assertBackendAlive,
  BackendError,
  FatalError,
  poll,
  guestToken,
  startBackendWith,
  waitForCatalog,
  taskStates,
  triggerTask,
  endedSince,
};
