/*
 * The platform simulator (packages/platform-simulator) for N synthetic components, run as a
 * child process of bench-sources.js so that its work does not share an event loop with the
 * load generator:
 *
 *   node --require <cli transform> scripts/lib/sourcesSimulator.js <entities> <latencyMs>
 *
 * Generates every tool's dataset for the components of lib/syntheticCatalog.js (four per
 * console project), in the data types of packages/platform-simulator/src/tools/<tool>.ts.
 * The simulator's tools find a project by scanning their whole list, which is fine for the
 * example dataset but would make the simulator itself the bottleneck at 10 000 entities:
 * each tool is therefore handed only the part of its dataset a request names (an index in
 * front of the same tool code, which answers in the same shapes).
 * Talks to its parent over IPC: sends { type: 'ready', url }, answers { type: 'stats' } with
 * calls, in-flight peaks and in-flight time per tool.
 */
'use strict';

const { entityName, projectSlug } = require('./syntheticCatalog');

const ENVIRONMENTS = ['dev', 'staging', 'prod'];
const POLICIES = [
  'disallow-privileged-containers',
  'require-run-as-nonroot',
  'disallow-host-path',
  'require-requests-limits',
];
const CI_FILE = [
  'include:',
  '  - project: $CATALOG_PATH',
  '    file:',
  '      - vault-ci.yml',
  '      - kaniko-ci.yml',
  '',
].join('\n');

/** The annotations each source reads, for the i-th component (`slug` is its console project). */
function sourceAnnotations(i, name, slug) {
  return {
    'cloud-pi-native.fr/console-project': slug,
    'sonarqube.org/project-key': `${slug}-${name}`,
    'argocd/app-selector': `dso/project.slug=${slug}`,
    'gitlab.com/project-slug': `forge/projects/${slug}/${name}`,
  };
}

/** Console projects have UUIDs; a stable one per project number. */
const uuid = p => `00000000-0000-4000-8000-${String(p).padStart(12, '0')}`;

/** Every tool's part of the dataset for `count` components, with some variety in what they say. */
function generateDataset(count) {
  const projects = new Map(); // slug -> component indexes
  for (let i = 0; i < count; i++) {
    const slug = projectSlug(i);
    if (!projects.has(slug)) projects.set(slug, []);
    projects.get(slug).push(i);
  }
  const dataset = {
    console: {
      stages: ENVIRONMENTS.map(name => ({ id: `stage-${name}`, name })),
      projects: [],
    },
    gitlab: { webUrl: 'https://gitlab.example.gouv.fr', projects: [] },
    sonarqube: { projects: {} },
    harbor: { projects: {} },
    kyverno: { namespaces: [] },
    argocd: { applications: [] },
  };
  let p = 0;
  for (const [slug, members] of projects) {
    // One project in three is not in production yet.
    const environments = p % 3 === 0 ? ['dev', 'staging'] : ENVIRONMENTS;
    const names = members.map(entityName);
    dataset.console.projects.push({
      id: uuid(p),
      slug,
      status: p % 50 === 0 ? 'warning' : 'created',
      environments: environments.map(env => ({
        id: `${uuid(p)}-${env}`,
        name: env,
        stage: env,
      })),
      repositories: [
        ...names.map((name, k) => ({
          id: `${uuid(p)}-r${k}`,
          internalRepoName: name,
        })),
        {
          id: `${uuid(p)}-infra`,
          internalRepoName: `${slug}-infra`,
          isInfra: true,
        },
        {
          id: `${uuid(p)}-obs`,
          internalRepoName: 'infra-observability',
          isInfra: true,
        },
      ],
    });
    dataset.gitlab.projects.push({
      id: 900000 + p,
      path: `forge/projects/${slug}/infra-observability`,
      files: {
        'files/dashboards/overview.json': '{}',
        'files/rules/alerts.yaml.tpl': 'groups: []\n',
      },
    });
    dataset.harbor.projects[slug] = { repositories: {} };
    for (const env of environments) {
      dataset.kyverno.namespaces.push({
        name: `${env}--${slug}`,
        labels: { 'dso/project.slug': slug, 'dso/environment': env },
        reports: members.map(i => ({
          kind: 'Deployment',
          name: entityName(i),
          pass: i % 4 === 0 ? POLICIES.slice(1) : POLICIES,
          fail: i % 4 === 0 ? [POLICIES[0]] : [],
        })),
      });
      for (const i of members) {
        dataset.argocd.applications.push({
          project: slug,
          environment: env,
          repository: entityName(i),
          sync: i % 7 === 0 && env === 'prod' ? 'OutOfSync' : 'Synced',
          health: i % 11 === 0 ? 'Degraded' : 'Healthy',
        });
      }
    }
    for (const i of members) {
      const name = entityName(i);
      dataset.gitlab.projects.push({
        id: 100000 + i,
        path: `forge/projects/${slug}/${name}`,
        files: {
          Dockerfile:
            i % 7 === 0
              ? 'FROM node:20\nCMD ["node", "server.js"]\n'
              : 'FROM node:20\nUSER node\nCMD ["node", "server.js"]\n',
          '.gitlab-ci-dso.yml': CI_FILE,
        },
        pipelines: [
          { id: 500000 + i, status: i % 9 === 0 ? 'failed' : 'success' },
        ],
      });
      dataset.sonarqube.projects[`${slug}-${name}`] = {
        qualityGate: i % 6 === 0 ? 'ERROR' : 'OK',
        conditions:
          i % 6 === 0
            ? [
                {
                  metricKey: 'new_coverage',
                  status: 'ERROR',
                  comparator: 'LT',
                  errorThreshold: '80',
                  actualValue: '61.0',
                },
              ]
            : [],
        measures: {
          coverage: String(50 + (i % 50)),
          security_rating: i % 10 === 0 ? '3.0' : '1.0',
          reliability_rating: '1.0',
        },
      };
      dataset.harbor.projects[slug].repositories[name] = {
        artifacts: [
          {
            tags: ['1.2.0'],
            pushed: 2,
            scan: { scanned: 1, critical: i % 13 === 0 ? 1 : 0, high: i % 5 },
          },
        ],
      };
    }
    p += 1;
  }
  return dataset;
}

/** Groups `items` by `key(item)` (several keys per item allowed). */
function indexBy(items, keys) {
  const index = new Map();
  for (const item of items) {
    for (const key of keys(item)) {
      if (!index.has(key)) index.set(key, []);
      index.get(key).push(item);
    }
  }
  return index;
}

/** The slug of a `dso/project.slug=<slug>` selector, the only one the sources send. */
const selectedSlug = selector =>
  /^dso\/project\.slug=([a-z0-9-]+)$/.exec(selector ?? '')?.[1];

/**
 * The same tool, handed only the part of its dataset the request names. `pick` returns that
 * part, or undefined to hand the whole dataset.
 */
function indexed(tool, pick) {
  return {
    tool: tool.tool,
    unauthorized: (request, token) => tool.unauthorized(request, token),
    handle: (request, data) => tool.handle(request, pick(request) ?? data),
  };
}

// TypeScript: only loaded in the child, which runs with the CLI's transform.
const simulatorPackage = () => require('../../packages/platform-simulator/src');

function indexedTools(dataset) {
  const { allTools } = simulatorPackage();
  const byTool = Object.fromEntries(allTools.map(t => [t.tool, t]));
  const consoleProjects = indexBy(dataset.console.projects, p => [
    p.id,
    p.slug,
  ]);
  const gitlabProjects = indexBy(dataset.gitlab.projects, p => [
    String(p.id),
    p.path,
  ]);
  const namespacesBySlug = indexBy(dataset.kyverno.namespaces, ns => [
    ns.labels['dso/project.slug'],
  ]);
  const namespacesByName = indexBy(dataset.kyverno.namespaces, ns => [ns.name]);
  const applications = indexBy(dataset.argocd.applications, a => [a.project]);
  const segment = (request, pattern) => {
    const match = pattern.exec(request.path);
    return match && decodeURIComponent(match[1]);
  };
  return [
    indexed(byTool.console, request => {
      const key = segment(request, /^\/api\/v[12]\/projects\/([^/]+)/);
      return key === null
        ? undefined
        : { ...dataset.console, projects: consoleProjects.get(key) ?? [] };
    }),
    indexed(byTool.gitlab, request => {
      const key = segment(request, /^\/api\/v4\/projects\/([^/]+)/);
      return key === null
        ? undefined
        : { ...dataset.gitlab, projects: gitlabProjects.get(key) ?? [] };
    }),
    // Projects are looked up by key in a record already.
    byTool.sonarqube,
    byTool.harbor,
    indexed(byTool.kyverno, request => {
      const namespace = segment(
        request,
        /^\/apis\/wgpolicyk8s\.io\/v1alpha2\/namespaces\/([^/]+)\/policyreports$/,
      );
      if (namespace !== null) {
        return { namespaces: namespacesByName.get(namespace) ?? [] };
      }
      const slug = selectedSlug(request.query.get('labelSelector'));
      return request.path === '/api/v1/namespaces' && slug
        ? { namespaces: namespacesBySlug.get(slug) ?? [] }
        : undefined;
    }),
    indexed(byTool.argocd, request => {
      const slug = selectedSlug(request.query.get('selector'));
      return slug ? { applications: applications.get(slug) ?? [] } : undefined;
    }),
  ];
}

/** Calls, calls in flight (peak) and in-flight time per tool, counted as requests arrive and end. */
function countCalls(server) {
  const tools = {};
  const now = () => performance.now();
  server.on('request', (req, res) => {
    const tool = (req.url ?? '/').split('/')[1]?.split('?')[0] ?? '';
    const t = (tools[tool] ??= {
      calls: 0,
      inFlight: 0,
      peak: 0,
      inFlightMs: 0,
      since: now(),
    });
    const settle = () => {
      const at = now();
      t.inFlightMs += t.inFlight * (at - t.since);
      t.since = at;
    };
    settle();
    t.calls += 1;
    t.inFlight += 1;
    t.peak = Math.max(t.peak, t.inFlight);
    res.once('close', () => {
      settle();
      t.inFlight -= 1;
    });
  });
  return {
    /** The counters now; resetPeaks starts a new peak from what is in flight. */
    snapshot(resetPeaks) {
      const result = {};
      for (const [tool, t] of Object.entries(tools)) {
        const at = now();
        t.inFlightMs += t.inFlight * (at - t.since);
        t.since = at;
        result[tool] = {
          calls: t.calls,
          peak: t.peak,
          inFlightMs: t.inFlightMs,
        };
        if (resetPeaks) t.peak = t.inFlight;
      }
      return result;
    },
  };
}

async function main() {
  const [count, latencyMs] = process.argv.slice(2).map(Number);
  const dataset = generateDataset(count);
  const simulator = await simulatorPackage().startPlatformSimulator({
    tools: indexedTools(dataset),
    dataset,
    latencyMs,
  });
  const counter = countCalls(simulator.server);
  // The simulator keeps every request for tests; a long run needs none of them.
  setInterval(() => simulator.requests.splice(0), 1000).unref();
  process.on('message', message => {
    if (message?.type === 'stats') {
      process.send({
        type: 'stats',
        id: message.id,
        tools: counter.snapshot(message.resetPeaks),
      });
    }
  });
  process.on('disconnect', () => simulator.close().then(() => process.exit(0)));
  process.send({ type: 'ready', url: simulator.url });
}

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { sourceAnnotations, generateDataset };
