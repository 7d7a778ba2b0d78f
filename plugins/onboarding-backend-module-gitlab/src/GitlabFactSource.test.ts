import { Entity } from '@backstage/catalog-model';
import {
  secretWatch,
  sourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import {
  RunningSimulator,
  SimulatedFault,
  startToolSimulator,
  gitlabSimulator,
} from '@internal/platform-simulator';
import { readGitlabSourceConfig } from './config';
import { GitlabFactSource, GITLAB_FACTS } from './GitlabFactSource';

const TOKEN = 'glpat-secret-7d1e5b';
const APP = 'forge/projects/dossier-usager/portail-usager';
const OBSERVABILITY = 'forge/projects/dossier-usager/infra-observability';

const CI = `include:
  - project: $CATALOG_PATH
    file:
      - vault-ci.yml
      - kaniko-ci.yml
      - sonar-ci.yml
    ref: main
stages: [read-secret, build-app]
`;

const dataset = {
  webUrl: 'https://gitlab.example.gouv.fr',
  projects: [
    {
      id: 101,
      path: APP,
      files: {
        Dockerfile:
          'FROM node:22 AS build\nRUN npm ci\nFROM nginx:1.27-alpine\nUSER 101\n',
        '.gitlab-ci-dso.yml': CI,
      },
      pipelines: [
        { id: 4710, status: 'failed' },
        { id: 4711, status: 'success' },
        { id: 4712, status: 'running', ref: 'feature/x' },
      ],
    },
    {
      id: 102,
      path: OBSERVABILITY,
      files: {
        'files/dashboards/app.json': '{}',
        'files/dashboards/nginx.json': '{}',
        'files/dashboards/README.md': 'doc',
        'files/rules/latency.yaml.tpl': 'groups: []',
        'values.yaml': '',
      },
    },
    { id: 103, path: 'forge/projects/vide/app', defaultBranch: null },
    {
      id: 104,
      path: 'forge/projects/notifications/moteur',
      defaultBranch: 'develop',
      files: {
        Dockerfile: 'FROM python:3.13\nCMD ["python", "main.py"]\n',
        '.gitlab-ci-dso.yaml': 'build:\n  script: make\n',
      },
    },
  ],
};

const EXPECTED_FACTS = {
  'gitlab/defaultBranch': 'main',
  'gitlab/dockerfileUser': '101',
  'gitlab/dockerfileRootless': true,
  'gitlab/ciFile': '.gitlab-ci-dso.yml',
  'gitlab/ciCatalogIncluded': true,
  'gitlab/ciCatalogFiles': ['vault-ci.yml', 'kaniko-ci.yml', 'sonar-ci.yml'],
  'gitlab/latestPipelineStatus': 'success',
  'gitlab/latestPipelineUrl': `https://gitlab.example.gouv.fr/${APP}/-/pipelines/4711`,
  'gitlab/dashboards': ['app.json', 'nginx.json'],
  'gitlab/dashboardCount': 2,
  'gitlab/alertRules': ['latency.yaml.tpl'],
  'gitlab/alertRuleCount': 1,
};

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'portail-usager', annotations },
  spec: { type: 'website', lifecycle: 'development', owner: 'group:x' },
});
const PORTAIL = {
  'gitlab.com/project-slug': APP,
  'cloud-pi-native.fr/console-project': 'dossier-usager',
};

describe('GitlabFactSource against the simulated GitLab', () => {
  let simulator: RunningSimulator | undefined;
  /** Every line logged, error message and unavailable reason seen in this suite. */
  const watch = secretWatch([TOKEN]);

  afterEach(async () => {
    await simulator?.close();
    simulator = undefined;
  });

  async function start(
    options: {
      faults?: SimulatedFault[];
      token?: string;
      data?: unknown;
      timeoutMs?: number;
    } = {},
  ) {
    simulator = await startToolSimulator(gitlabSimulator, {
      data: options.data ?? dataset,
      token: TOKEN,
      faults: options.faults,
    });
    const config = readGitlabSourceConfig(
      sourceConfig('gitlab', {
        baseUrl: `${simulator.url}/gitlab`,
        token: options.token ?? TOKEN,
        simulated: true,
        retries: 1,
        timeoutMs: options.timeoutMs ?? 2000,
        projectsRootDir: '/forge/projects/',
      }),
    )!;
    return new GitlabFactSource(config);
  }

  async function gather(
    source: GitlabFactSource,
    annotations: Record<string, string> = PORTAIL,
  ) {
    const gathered = await source.gather(entity(annotations), {
      signal: new AbortController().signal,
      logger: watch.logger,
    });
    watch.record(gathered);
    return gathered;
  }

  async function failure(source: GitlabFactSource): Promise<string> {
    const error = await gather(source).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    watch.record(error);
    return error!.message;
  }

  it('reads the app repository and the infra-observability repository exactly', async () => {
    const source = await start();
    const gathered = await gather(source);
    expect(gathered.facts).toEqual(EXPECTED_FACTS);
    expect(gathered.unavailable).toEqual({});
    expect(gathered.missing).toEqual({});
    expect(GITLAB_FACTS.map(f => f.name).sort()).toEqual(
      Object.keys(EXPECTED_FACTS).sort(),
    );
    const paths = simulator!.requests.map(r => r.path);
    expect(paths).toContain(
      '/api/v4/projects/forge%2Fprojects%2Fdossier-usager%2Fportail-usager/repository/files/Dockerfile/raw?ref=main',
    );
    expect(paths).toContain(
      '/api/v4/projects/forge%2Fprojects%2Fdossier-usager%2Fportail-usager/pipelines?ref=main&per_page=1&order_by=id&sort=desc',
    );
    // Found .yml first: .yaml is not asked for.
    expect(paths.some(p => p.includes('.gitlab-ci-dso.yaml'))).toBe(false);
  });

  it('says what is missing: no USER, no catalog, no pipeline, no infra-observability', async () => {
    const source = await start();
    const gathered = await gather(source, {
      'gitlab.com/project-id': '104',
      'cloud-pi-native.fr/console-project': 'notifications',
    });
    expect(gathered.facts).toEqual({
      'gitlab/defaultBranch': 'develop',
      'gitlab/ciFile': '.gitlab-ci-dso.yaml',
      'gitlab/ciCatalogIncluded': false,
      'gitlab/ciCatalogFiles': [],
    });
    expect(gathered.missing).toEqual({
      'gitlab/dockerfileUser': expect.stringContaining('sets no USER'),
      'gitlab/dockerfileRootless': expect.stringContaining('sets no USER'),
      'gitlab/latestPipelineStatus': "No pipeline has run on develop of '104'.",
      'gitlab/latestPipelineUrl': "No pipeline has run on develop of '104'.",
      'gitlab/dashboards': expect.stringContaining(
        "GitLab has no project 'forge/projects/notifications/infra-observability'",
      ),
      'gitlab/dashboardCount': expect.any(String),
      'gitlab/alertRules': expect.any(String),
      'gitlab/alertRuleCount': expect.any(String),
    });
  });

  it('reports an unknown project as missing, naming it, and still reads the rest', async () => {
    const source = await start();
    const gathered = await gather(source, {
      ...PORTAIL,
      'gitlab.com/project-slug': 'forge/projects/dossier-usager/inconnu',
    });
    expect(gathered.missing!['gitlab/dockerfileUser']).toBe(
      "GitLab has no project 'forge/projects/dossier-usager/inconnu' (gitlab.com/project-slug), or the token cannot see it.",
    );
    expect(Object.keys(gathered.missing!)).toHaveLength(8);
    expect(gathered.facts['gitlab/dashboardCount']).toBe(2);
  });

  it('names the annotation to add when the entity names no GitLab project, and reads an empty repository as such', async () => {
    const source = await start();
    const bare = await gather(source, {
      'cloud-pi-native.fr/console-project': 'dossier-usager',
    });
    expect(bare.missing!['gitlab/ciCatalogIncluded']).toMatch(
      /add the gitlab.com\/project-slug annotation/,
    );
    const empty = await gather(source, {
      'gitlab.com/project-slug': 'forge/projects/vide/app',
    });
    expect(empty.missing!['gitlab/dockerfileUser']).toBe(
      "The GitLab project 'forge/projects/vide/app' is empty: nothing is pushed.",
    );
    expect(source.appliesTo(entity({}))).toBe(false);
    expect(source.appliesTo(entity({ 'gitlab.com/project-id': 'x' }))).toBe(
      false,
    );
  });

  it('pages through a long dashboards folder', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 130; i++) files[`files/dashboards/d${i}.json`] = '{}';
    const source = await start({
      data: {
        projects: [{ id: 102, path: OBSERVABILITY, files }],
      },
    });
    const gathered = await gather(source, {
      'cloud-pi-native.fr/console-project': 'dossier-usager',
    });
    expect(gathered.facts['gitlab/dashboardCount']).toBe(130);
    expect(gathered.facts['gitlab/alertRuleCount']).toBe(0);
  });

  it('gives up on a GitLab that does not answer in time', async () => {
    const source = await start({
      faults: [{ tool: 'gitlab', match: '', fault: { kind: 'timeout' } }],
      timeoutMs: 150,
    });
    expect(await failure(source)).toMatch(
      /^GitLab GET \/api\/v4\/projects\/forge%2Fprojects%2Fdossier-usager%2F(portail-usager|infra-observability): no answer within 150 ms/,
    );
  });

  it('fails on a refused token with GitLab named, not the token', async () => {
    const source = await start({ token: 'glpat-wrong' });
    expect(await failure(source)).toBe(
      `GitLab GET /api/v4/projects/${encodeURIComponent(
        APP,
      )}: HTTP 401 Unauthorized`,
    );
  });

  it('waits out a 429 and then reads the facts', async () => {
    const source = await start({
      faults: [
        {
          tool: 'gitlab',
          match: '/pipelines',
          fault: { kind: 'rate-limit', retryAfterSeconds: 0, times: 1 },
        },
      ],
    });
    expect((await gather(source)).facts).toEqual(EXPECTED_FACTS);
    expect(
      simulator!.requests.filter(r => r.path.includes('/pipelines')),
    ).toHaveLength(2);
  });

  it('leaves only the failing part unavailable on a 500, and fails when every part does', async () => {
    const partial = await start({
      faults: [
        {
          tool: 'gitlab',
          match: '/pipelines',
          fault: { kind: 'status', status: 500 },
        },
      ],
    });
    const gathered = await gather(partial);
    expect(gathered.unavailable).toEqual({
      'gitlab/latestPipelineStatus': `GitLab GET /api/v4/projects/${encodeURIComponent(
        APP,
      )}/pipelines: HTTP 500 Internal Server Error`,
      'gitlab/latestPipelineUrl': expect.stringMatching(/HTTP 500/),
    });
    expect(gathered.facts['gitlab/dockerfileUser']).toBe('101');
    await simulator!.close();

    const down = await start({
      faults: [
        { tool: 'gitlab', match: '', fault: { kind: 'status', status: 503 } },
      ],
    });
    expect(await failure(down)).toMatch(/HTTP 503/);
  });

  it('fails on answers that are not JSON', async () => {
    const source = await start({
      faults: [{ tool: 'gitlab', match: '', fault: { kind: 'garbage' } }],
    });
    expect(await failure(source)).toMatch(
      /^GitLab GET \/api\/v4\/projects\/[^:]+: the answer is not valid JSON$/,
    );
  });

  it('refuses a 50 MB Dockerfile without reading it whole', async () => {
    const source = await start({
      faults: [
        {
          tool: 'gitlab',
          match: 'Dockerfile',
          fault: { kind: 'huge', bytes: 50 * 1024 * 1024 },
        },
      ],
    });
    const gathered = await gather(source);
    expect(gathered.unavailable['gitlab/dockerfileUser']).toMatch(
      /^GitLab GET .*\/Dockerfile\/raw: the answer exceeds the 5242880 bytes accepted$/,
    );
    expect(gathered.facts['gitlab/ciCatalogIncluded']).toBe(true);
  });
  // Runs last (tests run in order): every line logged and every message seen above.
  it('never puts the token in a log line or an error message', () => {
    expect(watch.messages.length).toBeGreaterThan(5);
    expect(watch.leaks()).toEqual([]);
  });
});
