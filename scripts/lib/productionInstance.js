/*
 * Instances of the production build (scripts/build-production.sh) on PostgreSQL, as
 * packages/backend/Dockerfile runs it: `node packages/backend` in the build folder with
 * NODE_ENV=production and app-config.yaml + app-config.production.yaml, plus the CI-only
 * scripts/ci/app-config.production-check.yaml (a static service token, the example
 * catalog). Port, base URLs and database prefix come from APP_CONFIG_* variables, the
 * PostgreSQL connection from the POSTGRES_* variables app-config.production.yaml reads.
 */
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { say, sleep } = require('./output');
const { HOST } = require('./processes');

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The sample values of deploy/config-check.env (KEY=VALUE lines, optionally quoted):
 * app-config.production.yaml reads them all, and an unset one stops the backend. The
 * hosts they name do not resolve here, so their providers and sources only log failures.
 */
function sampleProductionEnv() {
  const file = path.join(ROOT, 'deploy', 'config-check.env');
  if (!fs.existsSync(file)) return {};
  const env = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = line.match(/^([A-Z][A-Z0-9_]*)=(.*)$/);
    if (match) env[match[1]] = match[2].replace(/^'(.*)'$|^"(.*)"$/, '$1$2');
  }
  return env;
}
const CHECK_CONFIG = path.join(
  ROOT,
  'scripts',
  'ci',
  'app-config.production-check.yaml',
);

/**
 * The node options of the image (ENV NODE_OPTIONS in packages/backend/Dockerfile, which
 * check-production.js compares with this): Backstage's --no-node-snapshot, and a heap
 * cap that keeps the RSS under load below 300 MB (see bench-memory.js and the README).
 */
const PRODUCTION_NODE_OPTIONS = '--no-node-snapshot --max-old-space-size=256';

/** The PostgreSQL server to use, or undefined when none is configured. */
function postgresUrl() {
  return (
    process.env.PRODUCTION_CHECK_POSTGRES ||
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ||
    undefined
  );
}

function distDir() {
  const dir = path.resolve(ROOT, process.env.PRODUCTION_DIST ?? 'dist-prod');
  if (!fs.existsSync(path.join(dir, 'packages', 'backend', 'dist'))) {
    throw new Error(
      `No production build in ${dir}: run bash scripts/build-production.sh first`,
    );
  }
  return dir;
}

/**
 * Whether instances can run with a read-only root filesystem, as the image promises:
 * root may enter a mount namespace where / is read-only and only /tmp (the image's
 * declared volume) is writable.
 */
function readOnlyRootAvailable() {
  if (process.getuid?.() !== 0) return false;
  const { status } = spawnSync(
    'unshare',
    [
      '-m',
      'sh',
      '-c',
      `${READ_ONLY_ROOT} && ! touch /.read-only-probe 2>/dev/null`,
    ],
    { stdio: 'ignore' },
  );
  return status === 0;
}
const READ_ONLY_ROOT = 'mount --bind /tmp /tmp && mount -o remount,bind,ro /';

/** A fresh database prefix and service token for one run. */
function runIdentity(label) {
  const id = `${Date.now().toString(36)}_${process.pid}`;
  return {
    prefix: `${label}_${id}_`,
    token: crypto.randomBytes(24).toString('hex'),
  };
}

/**
 * Starts one instance in its own process group; its output goes to logFile.
 * Returns { name, port, pid, logFile, exit (a promise), exited(), stop() }.
 */
function startInstance({
  name,
  dir,
  port,
  postgres,
  prefix,
  token,
  logFile,
  nodeOptions = PRODUCTION_NODE_OPTIONS,
  readOnlyRoot = false,
}) {
  const url = new URL(postgres);
  const baseUrl = `http://${HOST}:${port}`;
  const logFd = fs.openSync(logFile, 'w');
  const command = [
    process.execPath,
    'packages/backend',
    '--config',
    'app-config.yaml',
    '--config',
    'app-config.production.yaml',
    '--config',
    CHECK_CONFIG,
  ];
  // exec: the backend keeps the pid (and process group) that was spawned.
  const [file, ...args] = readOnlyRoot
    ? [
        'unshare',
        '-m',
        'sh',
        '-c',
        `${READ_ONLY_ROOT} && exec "$@"`,
        'sh',
        ...command,
      ]
    : command;
  const child = spawn(file, args, {
    cwd: dir,
    env: {
      ...sampleProductionEnv(),
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: nodeOptions,
      POSTGRES_HOST: url.hostname,
      POSTGRES_PORT: url.port || '5432',
      POSTGRES_USER: decodeURIComponent(url.username),
      POSTGRES_PASSWORD: decodeURIComponent(url.password),
      APP_CONFIG_backend_database_prefix: prefix,
      // A string, as in app-config.production.yaml: an object would be merged with it.
      APP_CONFIG_backend_listen: `${HOST}:${port}`,
      APP_CONFIG_backend_baseUrl: baseUrl,
      APP_CONFIG_app_baseUrl: baseUrl,
      PRODUCTION_CHECK_TOKEN: token,
    },
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  fs.closeSync(logFd);
  let exitInfo;
  const exit = new Promise(resolve =>
    child.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    }),
  );
  const instance = {
    name,
    port,
    baseUrl,
    pid: child.pid,
    logFile,
    exit,
    exited: () => exitInfo,
    log: () => {
      try {
        return fs.readFileSync(logFile, 'utf8');
      } catch {
        return '';
      }
    },
    /** SIGTERM (graceful shutdown), SIGKILL to the group after timeoutMs. */
    async stop(timeoutMs = 15000) {
      if (!exitInfo) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
        await Promise.race([exit, sleep(timeoutMs)]);
      }
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the whole group is gone
      }
      return exitInfo;
    },
  };
  say(
    `${name}: started pid ${child.pid} on ${baseUrl}${
      readOnlyRoot ? ', read-only root filesystem but /tmp' : ''
    } (log ${logFile})`,
  );
  return instance;
}

async function get(instance, pathname, { token, method = 'GET' } = {}) {
  const response = await fetch(`${instance.baseUrl}${pathname}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(15000),
  });
  const text = await response.text();
  let body = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: response.status, body };
}

/** Polls until check() returns a value; fails at the deadline or if the instance exits. */
async function waitFor(
  what,
  instances,
  check,
  { timeoutMs, intervalMs = 1000 },
) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    for (const instance of instances) {
      if (instance.exited()) {
        throw new Error(
          `${instance.name} exited (${JSON.stringify(
            instance.exited(),
          )}) while waiting for ${what}; last lines of its log:\n${instance
            .log()
            .split('\n')
            .slice(-30)
            .join('\n')}`,
        );
      }
    }
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      if (error instanceof FatalStartError) throw error;
      lastError = error;
    }
    await sleep(intervalMs);
  }
  throw new Error(
    `Gave up after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${
      lastError ? ` (last error: ${lastError.message})` : ''
    }`,
  );
}

const STARTUP_FAILURE = /"type":"unhandledRejection"|Backend failed to start/;
class FatalStartError extends Error {}

async function waitReady(instance, timeoutMs) {
  const started = Date.now();
  await waitFor(
    `${instance.name} to be ready`,
    [instance],
    async () => {
      // A start-up that failed may leave the process running: stop waiting at once.
      const failure = instance.log().match(STARTUP_FAILURE);
      if (failure) {
        throw new FatalStartError(
          `${instance.name} failed to start:\n${instance
            .log()
            .slice(failure.index, failure.index + 800)}`,
        );
      }
      const { status } = await get(instance, '/.backstage/health/v1/readiness');
      return status === 200 ? true : undefined;
    },
    { timeoutMs },
  );
  const seconds = (Date.now() - started) / 1000;
  say(`${instance.name}: ready after ${seconds.toFixed(1)} s`);
  return seconds;
}

/** Drops the databases this run created (named with its prefix). */
async function dropDatabases(postgres, prefix) {
  const { Client } = require('pg');
  const client = new Client({
    connectionString: postgres,
    database: 'postgres',
  });
  try {
    await client.connect();
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(
        `DROP DATABASE IF EXISTS "${datname.replace(/"/g, '""')}" WITH (FORCE)`,
      );
    }
    say(`Dropped ${rows.length} database(s) named ${prefix}*`);
  } catch (error) {
    say(`Could not drop the databases named ${prefix}*: ${error.message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Queries the database of one plugin (e.g. onboarding) of this run. */
async function queryPluginDatabase(postgres, prefix, pluginId, sql, params) {
  const { Client } = require('pg');
  // The URL names the database: a separate `database` option would be overridden by it.
  const url = new URL(postgres);
  url.pathname = `/${prefix}${pluginId}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A local OpenID provider (scripts/lib/oidcServer.mjs) for the instances to discover:
 * production signs in with OIDC, and the backend fails at start-up when the provider's
 * metadata cannot be read. Sets the AUTH_* variables the instances inherit; returns a
 * function that stops it.
 */
async function startLocalOidcProvider(port = 7024) {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'scripts', 'lib', 'oidcServer.mjs'),
      '--port',
      String(port),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', chunk => {
      output += chunk;
      if (output.includes('oidc provider ready')) resolve();
    });
    child.on('exit', code =>
      reject(
        new Error(`the local OpenID provider exited (${code}): ${output}`),
      ),
    );
  });
  Object.assign(process.env, {
    AUTH_OIDC_METADATA_URL: `http://localhost:${port}/.well-known/openid-configuration`,
    AUTH_OIDC_CLIENT_ID: 'portal',
    AUTH_OIDC_CLIENT_SECRET: 'portal-e2e-secret',
  });
  return () => child.kill('SIGTERM');
}

module.exports = {
  ROOT,
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
};
