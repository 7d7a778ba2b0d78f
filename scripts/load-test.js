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

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BACKEND_DIR = path.join(ROOT, 'packages', 'backend');
const HOST = '127.0.0.1';
const GROUPS = [
  'equipe-usagers',
  'equipe-usagers-mobile',
  'equipe-plateforme',
  'equipe-data',
  'equipe-securite',
];
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

const startedAt = Date.now();
function say(message) {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(6);
  console.log(`[${seconds}s] ${message}`);
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------
// Synthetic catalog

/** Small deterministic PRNG, so that every run generates the same catalog. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Evidence annotations of each step, as in examples/entities.yaml. */
function evidenceByStep(name, slug, random) {
  const pick = list => list[Math.floor(random() * list.length)];
  const day = () =>
    `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(
      1 + Math.floor(random() * 28),
    ).padStart(2, '0')}`;
  return [
    {
      'cloud-pi-native.fr/sponsor': `user:default/${pick([
        'camille.martin',
        'alex.dupont',
        'sam.bernard',
      ])}`,
      'cloud-pi-native.fr/request-type': pick(['new-project', 'move2cloud']),
      'cloud-pi-native.fr/funding': pick(['budget', 'programme', 'project']),
      'cloud-pi-native.fr/eligibility-case': '1',
      'cloud-pi-native.fr/prequalification': `https://www.demarches-simplifiees.fr/dossiers/${
        4600000 + Math.floor(random() * 300000)
      }`,
    },
    {
      'cloud-pi-native.fr/project-plan':
        random() < 0.05
          ? "voir le drive de l'équipe"
          : `https://wiki.example.gouv.fr/${slug}/plan-projet`,
      'cloud-pi-native.fr/cct-reviewed': random() < 0.03 ? '31/02/2026' : day(),
      'cloud-pi-native.fr/architecture-doc': `https://wiki.example.gouv.fr/${slug}/architecture`,
      'cloud-pi-native.fr/skills': pick([
        'containers, kubernetes, gitlab-ci, gitops',
        'containers, kubernetes, gitlab-ci, gitops, helm',
        'containers, gitlab-ci',
      ]),
    },
    {
      'cloud-pi-native.fr/console-project': slug,
      'cloud-pi-native.fr/access-request': day(),
      'cloud-pi-native.fr/sandbox-mvp': `https://${name}.sandbox.example.gouv.fr`,
      'sonarqube.org/project-key': `${slug}-${name}`,
      'argocd/app-selector': `dso/project.slug=${slug}`,
      'backstage.io/techdocs-ref': 'dir:.',
    },
    {
      'cloud-pi-native.fr/health-path': pick([
        '/health',
        '/health/ready',
        '/actuator/health',
      ]),
      'cloud-pi-native.fr/hosting-request':
        'https://resana.numerique.gouv.fr/public/document/consulter/7054535',
      'cloud-pi-native.fr/homologation': day(),
      'cloud-pi-native.fr/observability-dashboards':
        random() < 0.05
          ? `grafana/${slug}`
          : `https://grafana.example.gouv.fr/d/${slug}`,
      'cloud-pi-native.fr/backup-policy': `https://wiki.example.gouv.fr/${slug}/sauvegardes`,
    },
    {
      'cloud-pi-native.fr/alert-contact': `mattermost:~${slug}-alertes`,
      'cloud-pi-native.fr/sso': pick(['agent-sso', 'agent-sso+franceconnect']),
      'cloud-pi-native.fr/log-format': 'json',
      'cloud-pi-native.fr/restore-test': day(),
      'cloud-pi-native.fr/certification': day(),
    },
  ];
}

function entityName(i) {
  return `svc-${String(i).padStart(6, '0')}`;
}

function syntheticCatalog(count) {
  const random = mulberry32(20261125);
  const docs = [];
  for (const group of GROUPS) {
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: group, title: group.replace(/-/g, ' ') },
      spec: { type: 'team', children: [] },
    });
  }
  docs.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'guest' },
    spec: { profile: { displayName: 'Guest' }, memberOf: [GROUPS[0]] },
  });
  for (let i = 0; i < count; i++) {
    const name = entityName(i);
    const slug = `projet-${Math.floor(i / 4)}`;
    const declared = 1 + (i % 5);
    const evidence = evidenceByStep(name, slug, random);
    const annotations = {};
    // Not on the journey yet, now and then.
    if (random() >= 0.03) {
      annotations['cloud-pi-native.fr/onboarding-step'] =
        random() < 0.02 ? 'trois' : String(declared);
    }
    // Evidence of the steps already passed, mostly complete; of the current one, partial.
    evidence.forEach((set, index) => {
      const step = index + 1;
      const keep = step < declared ? 0.92 : step === declared ? 0.5 : 0.05;
      for (const [key, value] of Object.entries(set)) {
        if (random() < keep) annotations[key] = value;
      }
    });
    if (random() < 0.05) {
      annotations['cloud-pi-native.fr/exemption.S2-SKILLS'] =
        '2027-03-31: GitOps training booked for the whole team in March';
    }
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        title: `Service ${i}`,
        description: `Synthetic component ${i} of the load test`,
        annotations,
        tags: [declared >= 4 ? 'production' : 'build'],
      },
      spec: {
        type: random() < 0.7 ? 'service' : 'website',
        lifecycle: [
          'experimental',
          'development',
          'development',
          'production',
          'production',
        ][declared - 1],
        owner: `group:default/${GROUPS[i % GROUPS.length]}`,
      },
    });
  }
  // JSON is YAML: one JSON document per YAML document.
  return docs.map(doc => `---\n${JSON.stringify(doc)}\n`).join('');
}

// ---------------------------------------------------------------------------------------
// Processes

/** pid -> { ppid, pgrp } for every process visible in /proc. */
function processTable() {
  const table = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), {
        ppid: Number(fields[1]),
        pgrp: Number(fields[2]),
      });
    } catch {
      // The process ended meanwhile.
    }
  }
  return table;
}

function descendantsOf(pid, table = processTable()) {
  const result = [];
  const queue = [pid];
  const seen = new Set();
  while (queue.length > 0 && seen.size < 10000) {
    const current = queue.shift();
    if (seen.has(current)) continue;
    seen.add(current);
    result.push(current);
    for (const [child, info] of table) {
      if (info.ppid === current && !seen.has(child)) queue.push(child);
    }
  }
  return result;
}

/** Socket inodes listening on the port (IPv4 and IPv6). */
function listeningInodes(port) {
  const inodes = new Set();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const localPort = cols[1].split(':')[1];
      if (localPort === hexPort && cols[3] === '0A') inodes.add(cols[9]);
    }
  }
  return inodes;
}

/** The pid, among the candidates, that holds a socket listening on the port. */
function pidListeningOn(port, candidates) {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return undefined;
  for (const pid of candidates) {
    let fds;
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const match = /^socket:\[(\d+)\]$/.exec(link);
        if (match && inodes.has(match[1])) return pid;
      } catch {
        // fd closed meanwhile
      }
    }
  }
  return undefined;
}

function rssKb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function portIsFree(port) {
  return new Promise(resolve => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

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

function writeConfig(options, catalogFile) {
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

// ---------------------------------------------------------------------------------------
// Load

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1),
  );
  return sorted[index];
}

/** Samples the RSS of the backend process (the one listening) and of all its descendants. */
function startRssSampler(listenerPid) {
  const sampler = { peakListenerKb: 0, peakTotalKb: 0, samples: 0 };
  const sample = () => {
    const pids = descendantsOf(listenerPid);
    const listener = rssKb(listenerPid);
    const total = pids.reduce((sum, pid) => sum + rssKb(pid), 0);
    sampler.peakListenerKb = Math.max(sampler.peakListenerKb, listener);
    sampler.peakTotalKb = Math.max(sampler.peakTotalKb, total);
    sampler.samples += 1;
  };
  sample();
  const timer = setInterval(sample, 1000);
  sampler.stop = () => {
    clearInterval(timer);
    sample();
  };
  return sampler;
}

async function runLoad(
  options,
  { title, token, paths, duration, connections, quiet },
) {
  const autocannon = require('autocannon');
  const latencies = [];
  const statuses = new Map();
  const instance = autocannon({
    url: baseUrl(options),
    connections,
    duration,
    timeout: 10,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    requests: [
      {
        method: 'GET',
        setupRequest: request => ({
          ...request,
          path: paths[Math.floor(Math.random() * paths.length)],
        }),
      },
    ],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const figures = {
    title,
    requests: latencies.length,
    rps: latencies.length / (result.duration || duration),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses: [...statuses.entries()].sort((a, b) => a[0] - b[0]),
  };
  if (!quiet) printFigures(figures);
  return figures;
}

function ms(value) {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a';
}

function printFigures(f) {
  console.log('');
  console.log(`  ${f.title}`);
  console.log(`    requests      ${f.requests} (${f.rps.toFixed(0)} req/s)`);
  console.log(
    `    latency       p50 ${ms(f.p50)}   p95 ${ms(f.p95)}   p99 ${ms(
      f.p99,
    )}   max ${ms(f.max)}`,
  );
  console.log(`    non-2xx       ${f.non2xx}`);
  console.log(
    `    errors        ${f.errors} (of which timeouts ${f.timeouts})`,
  );
  console.log(
    `    statuses      ${
      f.statuses.map(([s, n]) => `${s}: ${n}`).join(', ') || 'none'
    }`,
  );
  console.log('');
}

/**
 * The onboarding entity route against the catalog's by-name route it is built on, for the
 * same entities, in alternating rounds (catalog, onboarding, catalog, ...) on one backend.
 */
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

  if (!(await portIsFree(options.port))) {
    throw new BackendError(
      `Port ${options.port} is already in use on ${HOST}: stop what listens there or pass --port`,
    );
  }

  state.tmpDir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'onboarding-load-test-'),
  );
  state.logFile = path.join(state.tmpDir, 'backend.log');
  const catalogFile = path.join(state.tmpDir, 'catalog.yaml');
  fs.writeFileSync(catalogFile, syntheticCatalog(options.entities));
  say(
    `Wrote ${options.entities} components, ${
      GROUPS.length
    } groups and a guest user to ${catalogFile} (${(
      fs.statSync(catalogFile).size /
      1024 /
      1024
    ).toFixed(1)} MB)`,
  );
  const configFile = writeConfig(options, catalogFile);

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
  let token = await guestToken(options);

  const family = descendantsOf(child.pid);
  const listenerPid = pidListeningOn(options.port, family) ?? child.pid;
  say(
    `The process listening on ${HOST}:${
      options.port
    } is pid ${listenerPid} (RSS ${(rssKb(listenerPid) / 1024).toFixed(0)} MB)`,
  );

  // Catalog ingestion.
  const ingestStart = Date.now();
  let lastCount = -1;
  let lastPrint = 0;
  await poll(
    `the catalog to hold ${options.entities} components`,
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
      const count = status === 200 ? Number(body?.totalItems ?? 0) : 0;
      const done = count >= options.entities;
      if (done || (count !== lastCount && Date.now() - lastPrint >= 15000)) {
        const elapsed = (Date.now() - ingestStart) / 1000;
        say(
          `Catalog: ${count}/${
            options.entities
          } components after ${elapsed.toFixed(0)} s (${(
            count / Math.max(elapsed, 1)
          ).toFixed(0)}/s)`,
        );
        lastCount = count;
        lastPrint = Date.now();
      }
      return count >= options.entities ? count : undefined;
    },
    { timeoutMs: options.ingestTimeout * 1000, intervalMs: 5000 },
  );
  const ingestSeconds = (Date.now() - ingestStart) / 1000;
  say(`Catalog ingestion complete in ${ingestSeconds.toFixed(0)} s`);

  // Onboarding evaluation of the whole catalog: trigger the scheduled task now that the
  // catalog is complete (a pass started earlier saw only part of it), and wait for its end.
  const tasksPath = '/api/onboarding/.backstage/scheduler/v1/tasks';
  const auth = () => ({ authorization: `Bearer ${token}` });
  const taskState = async () => {
    const { status, body } = await http(options, tasksPath, {
      headers: auth(),
    });
    if (status !== 200)
      throw new FatalError(`GET ${tasksPath}: HTTP ${status}`);
    return body.tasks.find(t => t.taskId === TASK_ID)?.taskState;
  };
  const evaluationStart = Date.now();
  let triggeredAt;
  try {
    const previousEnd = (await taskState())?.lastRunEndedAt;
    triggeredAt = await poll(
      'the evaluation task to accept a trigger',
      async () => {
        const before = Date.now();
        const { status } = await http(
          options,
          `${tasksPath}/${TASK_ID}/trigger`,
          {
            method: 'POST',
            headers: auth(),
          },
        );
        if (status === 200) return before;
        if (status === 409) return undefined; // running a pass over a partial catalog
        throw new FatalError(`trigger: HTTP ${status}`);
      },
      { timeoutMs: 20 * 60 * 1000, intervalMs: 2000 },
    );
    say('Triggered the onboarding evaluation of the whole catalog');
    await poll(
      'the onboarding evaluation to end',
      async () => {
        const s = await taskState();
        const ended = s?.lastRunEndedAt ? Date.parse(s.lastRunEndedAt) : 0;
        // SQLite keeps whole seconds.
        return s?.status === 'idle' &&
          s.lastRunEndedAt !== previousEnd &&
          ended >= triggeredAt - 1000
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
