import { Entity } from '@backstage/catalog-model';
import {
  secretWatch,
  sourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import {
  RunningSimulator,
  SimulatedFault,
  startToolSimulator,
  consoleSimulator,
} from '@internal/platform-simulator';
import { readConsoleSourceConfig } from './config';
import { ConsoleFactSource } from './ConsoleFactSource';

const TOKEN = 'console-secret-0f3a9c';
const PROJECT_ID = '2d1f0c3e-8b7a-4c55-9f00-1a2b3c4d5e6f';

const dataset = {
  stages: [
    { id: 'a1e0c1d2-0000-4000-8000-000000000001', name: 'dev' },
    { id: 'a1e0c1d2-0000-4000-8000-000000000002', name: 'staging' },
    { id: 'a1e0c1d2-0000-4000-8000-000000000003', name: 'prod' },
  ],
  projects: [
    {
      id: PROJECT_ID,
      slug: 'dossier-usager',
      status: 'created',
      locked: false,
      limitless: false,
      prodCpu: 6,
      prodMemory: 12,
      environments: [
        {
          id: 'e0000000-0000-4000-8000-000000000001',
          name: 'dev',
          stage: 'dev',
        },
        {
          id: 'e0000000-0000-4000-8000-000000000002',
          name: 'recette',
          stage: 'staging',
        },
        {
          id: 'e0000000-0000-4000-8000-000000000003',
          name: 'prod',
          stage: 'prod',
        },
      ],
      repositories: [
        {
          id: 'r0000000-0000-4000-8000-000000000001',
          internalRepoName: 'portail-usager',
        },
        {
          id: 'r0000000-0000-4000-8000-000000000002',
          internalRepoName: 'dossier-usager-infra',
          isInfra: true,
        },
        {
          id: 'r0000000-0000-4000-8000-000000000003',
          internalRepoName: 'infra-observability',
          isInfra: true,
        },
      ],
    },
  ],
};

const EXPECTED_FACTS = {
  'console/projectStatus': 'created',
  'console/projectLocked': false,
  'console/projectLimitless': false,
  'console/prodCpu': 6,
  'console/prodMemory': 12,
  'console/appRepositories': ['portail-usager'],
  'console/appRepositoryCount': 1,
  'console/infraRepositories': ['dossier-usager-infra'],
  'console/infraRepositoryCount': 1,
  'console/environments': ['dev:dev', 'recette:staging', 'prod:prod'],
  'console/nonProdEnvironmentCount': 2,
  'console/prodEnvironmentCount': 1,
};

const entity = (slug: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'portail-usager',
    annotations: { 'cloud-pi-native.fr/console-project': slug },
  },
  spec: { type: 'website', lifecycle: 'development', owner: 'group:x' },
});

describe('ConsoleFactSource against the simulated console', () => {
  let simulator: RunningSimulator | undefined;
  /** Every line logged and error message seen in this suite. */
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
    simulator = await startToolSimulator(consoleSimulator, {
      data: options.data ?? dataset,
      token: TOKEN,
      faults: options.faults,
    });
    const config = readConsoleSourceConfig(
      sourceConfig('console', {
        baseUrl: `${simulator.url}/console`,
        token: options.token ?? TOKEN,
        simulated: true,
        retries: 1,
        timeoutMs: options.timeoutMs ?? 2000,
      }),
    )!;
    return new ConsoleFactSource(config);
  }

  const gather = (source: ConsoleFactSource, slug = 'dossier-usager') =>
    source.gather(entity(slug), {
      signal: new AbortController().signal,
      logger: watch.logger,
    });

  /** Gathers expecting a failure; returns its message. */
  async function failure(source: ConsoleFactSource): Promise<string> {
    const error = await gather(source).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    watch.record(error);
    return error!.message;
  }

  it('reads the project, its repositories and environments exactly', async () => {
    const source = await start();
    const gathered = await gather(source);
    expect(gathered.facts).toEqual(EXPECTED_FACTS);
    expect(gathered.unavailable).toEqual({});
    expect(gathered.missing ?? {}).toEqual({});
    expect(source.simulated).toBe(true);
    expect(source.title).toMatch(/SIMULATOR/);
    // The project by slug, then the v2 lists by UUID.
    expect(simulator!.requests.map(r => r.path)).toEqual([
      '/api/v1/projects/dossier-usager',
      `/api/v2/projects/${PROJECT_ID}/environments`,
      `/api/v2/projects/${PROJECT_ID}/repositories`,
    ]);
  });

  it('joins stages from the stages list when environments do not embed them', async () => {
    const source = await start({
      data: { ...dataset, omitEmbeddedStage: true },
    });
    expect((await gather(source)).facts).toEqual(EXPECTED_FACTS);
    expect(simulator!.requests.map(r => r.path)).toContain('/api/v1/stages');
  });

  it('reports an unknown project as missing, naming the slug', async () => {
    const source = await start();
    const gathered = await gather(source, 'inconnu');
    expect(gathered.facts).toEqual({});
    expect(gathered.unavailable).toEqual({});
    expect(Object.keys(gathered.missing!).sort()).toEqual(
      Object.keys(EXPECTED_FACTS).sort(),
    );
    expect(gathered.missing!['console/projectStatus']).toContain(
      "no project 'inconnu'",
    );
  });

  it('gives up on a console that does not answer in time', async () => {
    const source = await start({
      faults: [{ tool: 'console', match: '', fault: { kind: 'timeout' } }],
      timeoutMs: 150,
    });
    expect(await failure(source)).toMatch(
      /^Cloud Pi Native console GET \/api\/v1\/projects\/dossier-usager: no answer within 150 ms/,
    );
  });

  it('fails on a refused token with the console named, not the token', async () => {
    const source = await start({ token: 'not-the-right-one' });
    expect(await failure(source)).toBe(
      'Cloud Pi Native console GET /api/v1/projects/dossier-usager: HTTP 401 Unauthorized',
    );
  });

  it('waits out a 429 and then reads the facts', async () => {
    const source = await start({
      faults: [
        {
          tool: 'console',
          match: '/environments',
          fault: { kind: 'rate-limit', retryAfterSeconds: 0, times: 1 },
        },
      ],
    });
    expect((await gather(source)).facts).toEqual(EXPECTED_FACTS);
    expect(
      simulator!.requests.filter(r => r.path.endsWith('/environments')),
    ).toHaveLength(2);
  });

  it('fails on a console answering 500 after its retries', async () => {
    const source = await start({
      faults: [
        { tool: 'console', match: '', fault: { kind: 'status', status: 500 } },
      ],
    });
    expect(await failure(source)).toMatch(/HTTP 500/);
    expect(simulator!.requests).toHaveLength(2);
  });

  it('fails on an answer that is not JSON', async () => {
    const source = await start({
      faults: [{ tool: 'console', match: '', fault: { kind: 'garbage' } }],
    });
    expect(await failure(source)).toBe(
      'Cloud Pi Native console GET /api/v1/projects/dossier-usager: the answer is not valid JSON',
    );
  });

  it('refuses a 50 MB answer without reading it whole', async () => {
    const source = await start({
      faults: [
        {
          tool: 'console',
          match: '/repositories',
          fault: { kind: 'huge', bytes: 50 * 1024 * 1024 },
        },
      ],
    });
    expect(await failure(source)).toMatch(
      /^Cloud Pi Native console GET .*\/repositories: the answer exceeds the 5242880 bytes accepted/,
    );
  });

  it('fails clearly on JSON of the wrong shape', async () => {
    const source = await start({
      data: {
        ...dataset,
        projects: [{ ...dataset.projects[0], repositories: [{ id: 'x' }] }],
      },
    });
    expect(await failure(source)).toMatch(
      /\/repositories: the answer does not have the documented shape/,
    );
  });

  it('applies to entities carrying a console project slug only', async () => {
    const source = await start();
    expect(source.appliesTo(entity('dossier-usager'))).toBe(true);
    expect(source.appliesTo(entity('Pas Un Slug'))).toBe(false);
    expect(source.appliesTo({ ...entity('x'), metadata: { name: 'x' } })).toBe(
      false,
    );
  });
  // Runs last (tests run in order): every line logged and every message seen above.
  it('never puts the token in a log line or an error message', () => {
    expect(watch.messages.length).toBeGreaterThan(5);
    expect(watch.leaks()).toEqual([]);
  });
});
