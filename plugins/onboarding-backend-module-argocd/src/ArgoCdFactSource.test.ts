import { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  ArgoCdData,
  argocdSimulator,
  RunningSimulator,
  SimulatedFault,
  startToolSimulator,
  startPlatformSimulator,
} from '@internal/platform-simulator';
import {
  gatherFacts,
  secretWatch,
  sourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { ArgoCdFactSource } from './ArgoCdFactSource';

const TOKEN = 'argocd-account-token-s3cr3t';

const dataset: ArgoCdData = {
  applications: [
    {
      project: 'alpha',
      environment: 'dev',
      repository: 'api',
      sync: 'Synced',
      health: 'Healthy',
    },
    { project: 'alpha', environment: 'dev', sync: 'Synced', health: 'Healthy' },
    {
      project: 'alpha',
      environment: 'preprod',
      repository: 'api',
      sync: 'OutOfSync',
      health: 'Degraded',
    },
    {
      project: 'alpha',
      environment: 'prod',
      repository: 'api',
      sync: 'Synced',
      health: 'Progressing',
    },
    // Without the console's environment label: counted, placed in neither gate.
    {
      project: 'alpha',
      environment: 'x',
      repository: 'tool',
      sync: 'Synced',
      health: 'Healthy',
      labels: { 'dso/environment': null },
    },
    {
      project: 'beta',
      environment: 'prod',
      repository: 'web',
      sync: 'Synced',
      health: 'Healthy',
    },
  ],
};

const component = (selector?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'c',
    annotations:
      selector === undefined ? {} : { 'argocd/app-selector': selector },
  },
  spec: {},
});

describe('ArgoCdFactSource', () => {
  let simulator: RunningSimulator | undefined;
  afterEach(async () => {
    await simulator?.close();
    simulator = undefined;
  });

  const start = async (faults: SimulatedFault[] = []) => {
    const running = await startToolSimulator(argocdSimulator, {
      data: dataset,
      token: TOKEN,
      faults,
    });
    simulator = running;
    return new ArgoCdFactSource({
      baseUrl: running.baseUrl,
      token: TOKEN,
      simulated: true,
      limits: { timeoutMs: 300, retries: 1, backoffMs: 1 },
    });
  };
  const logger = mockServices.logger.mock();
  const gather = (
    source: ArgoCdFactSource,
    selector = 'dso/project.slug=alpha',
  ) => gatherFacts(source, component(selector), logger);

  it('reports sync and health per environment, production apart', async () => {
    const gathered = await gather(await start());
    expect(gathered.facts).toEqual({
      'argocd/applications': 5,
      'argocd/environments': ['dev', 'preprod', 'prod'],
      'argocd/byEnvironment': {
        dev: { applications: 2, synced: 2, healthy: 2 },
        preprod: { applications: 1, synced: 0, healthy: 0 },
        prod: { applications: 1, synced: 1, healthy: 0 },
      },
      'argocd/nonProdApplications': 3,
      'argocd/nonProdNotSyncedHealthy': [
        expect.stringMatching(
          /^alpha-preprod-[0-9a-f]{4}-api-[0-9a-f]{4}: OutOfSync\/Degraded$/,
        ),
      ],
      'argocd/prodApplications': 1,
      'argocd/prodNotSyncedHealthy': [
        expect.stringMatching(
          /^alpha-prod-[0-9a-f]{4}-api-[0-9a-f]{4}: Synced\/Progressing$/,
        ),
      ],
    });
    expect(gathered).toMatchObject({ unavailable: {}, missing: {} });
    expect(simulator!.requests.map(r => r.path)).toEqual([
      '/api/v1/applications?selector=dso%2Fproject.slug%3Dalpha',
    ]);
    expect(logger.debug).toHaveBeenCalledWith(
      'Argo CD: 5 application(s) match dso/project.slug=alpha',
    );
  });

  it('narrows by the selector and says the dev/preprod facts are missing when only prod is deployed', async () => {
    const gathered = await gather(await start(), 'dso/project.slug=beta');
    expect(gathered.facts).toMatchObject({
      'argocd/prodApplications': 1,
      'argocd/prodNotSyncedHealthy': [],
    });
    expect(gathered.missing).toEqual({
      'argocd/nonProdApplications':
        'Argo CD has no dev or preprod application matching dso/project.slug=beta',
      'argocd/nonProdNotSyncedHealthy':
        'Argo CD has no dev or preprod application matching dso/project.slug=beta',
    });
  });

  it.each([
    [
      'dso/project.slug=unknown',
      'Argo CD has no application matching dso/project.slug=unknown (or the token may not see them)',
    ],
    [
      'dso/project.slug in (a)',
      'argocd/app-selector "dso/project.slugin(a)" is not a label selector',
    ],
  ])(
    'says every fact is missing for %s, naming why',
    async (selector, reason) => {
      const source = await start();
      const gathered = await gather(source, selector);
      expect(gathered.facts).toEqual({});
      expect(Object.keys(gathered.missing!)).toEqual(
        source.provides.map(p => p.name),
      );
      for (const why of Object.values(gathered.missing!))
        expect(why).toContain(reason);
    },
  );

  it('applies to components with an application selector', async () => {
    const source = await start();
    expect(source.appliesTo(component('dso/project.slug=alpha'))).toBe(true);
    expect(source.appliesTo(component())).toBe(false);
    expect(source.appliesTo({ ...component('a=b'), kind: 'API' })).toBe(false);
    expect(source.title).toBe(`Argo CD — SIMULATOR (${simulator!.url}/argocd)`);
  });

  it('retries a 429 and then reads the facts', async () => {
    const source = await start([
      {
        tool: 'argocd',
        match: '',
        fault: { kind: 'rate-limit', retryAfterSeconds: 0, times: 1 },
      },
    ]);
    expect((await gather(source)).facts['argocd/applications']).toBe(5);
    expect(simulator!.requests).toHaveLength(2);
  });

  it.each<[string, SimulatedFault['fault'] | 'wrong-token', string, RegExp]>([
    [
      'a timeout',
      { kind: 'timeout' },
      'timeout',
      /^Argo CD GET \/api\/v1\/applications: no answer within 300 ms$/,
    ],
    [
      'a 401',
      'wrong-token',
      'unauthorized',
      /^Argo CD GET \/api\/v1\/applications: HTTP 401/,
    ],
    ['a 500', { kind: 'status', status: 500 }, 'server', /HTTP 500/],
    ['garbage', { kind: 'garbage' }, 'invalid-response', /not valid JSON/],
    [
      'a 50 MB body',
      { kind: 'huge', bytes: 50 * 1024 * 1024 },
      'too-large',
      /bytes accepted/,
    ],
  ])(
    'fails the whole gathering on %s, with a message naming the tool and never the token',
    async (_, fault, failure, message) => {
      const watch = secretWatch([TOKEN]);
      let source = await start(
        typeof fault === 'string' ? [] : [{ tool: 'argocd', match: '', fault }],
      );
      if (fault === 'wrong-token') {
        source = new ArgoCdFactSource({
          baseUrl: `${simulator!.url}/argocd`,
          token: `${TOKEN}-revoked`,
          limits: { retries: 0 },
        });
      }
      const error = await watch
        .gather(source, component('dso/project.slug=alpha'))
        .catch(e => e);
      expect(error).toMatchObject({ failure });
      expect(error.message).toMatch(message);
      expect(watch.leaks()).toEqual([]);
    },
  );

  it('refuses an answer that is JSON but not an application list', async () => {
    simulator = await startPlatformSimulator({
      tools: [
        {
          ...argocdSimulator,
          handle: () => ({ status: 200, json: { items: 'nope' } }),
        },
      ],
      dataset: {},
    });
    const source = new ArgoCdFactSource({
      baseUrl: `${simulator.url}/argocd`,
      token: 'simulator-token',
    });
    await expect(gather(source)).rejects.toThrow(
      'Argo CD GET /api/v1/applications: the answer is not an application list',
    );
  });

  it('reads its config, refusing a clear-text URL for a real server', () => {
    const fromConfig = (data: object) =>
      ArgoCdFactSource.fromConfig(
        sourceConfig('argocd', {
          baseUrl: 'https://argocd.example.gouv.fr',
          token: TOKEN,
          ...data,
        }),
      );
    expect(fromConfig({ productionEnvironments: ['prd'] })?.title).toBe(
      'Argo CD (https://argocd.example.gouv.fr)',
    );
    expect(ArgoCdFactSource.fromConfig(new ConfigReader({}))).toBeUndefined();
    expect(() =>
      fromConfig({ baseUrl: 'http://argocd.example.gouv.fr' }),
    ).toThrow("Invalid config at 'onboarding.sources.argocd.baseUrl'");
  });
});
