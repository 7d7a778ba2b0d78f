import { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  KyvernoData,
  kyvernoSimulator,
  RunningSimulator,
  SimulatedFault,
  startToolSimulator,
} from '@internal/platform-simulator';
import {
  gatherFacts,
  secretWatch,
  sourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { KyvernoFactSource } from './KyvernoFactSource';

const TOKEN = 'kyverno-sa-token-s3cr3t';
const WORKLOAD_OK = [
  'check-labels',
  'disallow-latest',
  'need-liveness-readiness',
];
const labels = (slug: string, environment: string) => ({
  'dso/project.slug': slug,
  'dso/environment': environment,
});

const dataset: KyvernoData = {
  namespaces: [
    {
      name: 'dev1--alpha',
      labels: labels('alpha', 'dev'),
      reports: [
        {
          kind: 'Deployment',
          name: 'web',
          pass: ['check-labels'],
          fail: ['disallow-latest', 'need-liveness-readiness'],
        },
        // A team's own policy: counted per environment, not against the platform's rules.
        {
          kind: 'Deployment',
          name: 'worker',
          pass: WORKLOAD_OK,
          fail: ['alpha/team-rule'],
        },
      ],
    },
    {
      // The layout of Kyverno < 1.10: one report per policy, results listing resources.
      name: 'preprod1--alpha',
      labels: labels('alpha', 'preprod'),
      reports: [
        {
          metadata: { name: 'polr-check-labels', namespace: 'preprod1--alpha' },
          results: [
            {
              policy: 'check-labels',
              result: 'fail',
              resources: [
                { kind: 'Pod', name: 'a' },
                { kind: 'Pod', name: 'b' },
              ],
            },
            {
              policy: 'disallow-latest',
              result: 'pass',
              resources: [{ kind: 'Pod', name: 'a' }],
            },
          ],
        },
      ],
    },
    {
      // More reports than one page holds.
      name: 'prod1--alpha',
      labels: labels('alpha', 'prod'),
      reports: Array.from({ length: 150 }, (_, i) => ({
        kind: 'Deployment',
        name: `app-${i}`,
        pass: ['disallow-latest'],
      })),
    },
    {
      name: 'dev1--beta',
      labels: labels('beta', 'dev'),
      reports: [{ kind: 'Deployment', name: 'api', pass: WORKLOAD_OK }],
    },
    { name: 'other--gamma', labels: { 'dso/project.slug': 'gamma' } },
  ],
};

const component = (slug?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'c',
    annotations:
      slug === undefined ? {} : { 'cloud-pi-native.fr/console-project': slug },
  },
  spec: {},
});

describe('KyvernoFactSource', () => {
  let simulator: RunningSimulator | undefined;
  afterEach(async () => {
    await simulator?.close();
    simulator = undefined;
  });

  const start = async (faults: SimulatedFault[] = [], data = dataset) => {
    const running = await startToolSimulator(kyvernoSimulator, {
      data,
      token: TOKEN,
      faults,
    });
    simulator = running;
    return new KyvernoFactSource({
      baseUrl: running.baseUrl,
      token: TOKEN,
      simulated: true,
      limits: { timeoutMs: 300, retries: 1, backoffMs: 1 },
    });
  };
  const logger = mockServices.logger.mock();
  const gather = (source: KyvernoFactSource, slug = 'alpha') =>
    gatherFacts(source, component(slug), logger);

  it('counts failures per policy, the platform rules apart in dev/preprod, every rule in prod, over every page', async () => {
    const source = await start();
    const gathered = await gather(source);
    expect(gathered.facts).toEqual({
      'kyverno/environments': ['dev', 'preprod', 'prod'],
      'kyverno/nonProdChecks': 1 + 2 + 3 + 2 + 1,
      'kyverno/nonProdFailures': 4,
      'kyverno/nonProdFailedPolicies': [
        'check-labels',
        'disallow-latest',
        'need-liveness-readiness',
      ],
      'kyverno/prodChecks': 150,
      'kyverno/prodFailures': 0,
      'kyverno/prodFailedPolicies': [],
      'kyverno/failuresByEnvironment': {
        dev: {
          'disallow-latest': 1,
          'need-liveness-readiness': 1,
          'alpha/team-rule': 1,
        },
        preprod: { 'check-labels': 2 },
        prod: {},
      },
    });
    expect(gathered).toMatchObject({ unavailable: {}, missing: {} });
    expect(logger.debug).toHaveBeenCalledWith(
      'Kyverno: 3 namespace(s) labelled dso/project.slug=alpha, environments dev, preprod, prod',
    );
    expect(JSON.stringify(logger.debug.mock.calls)).not.toContain(TOKEN);
    expect(simulator!.requests.map(r => r.path)).toContain(
      '/apis/wgpolicyk8s.io/v1alpha2/namespaces/prod1--alpha/policyreports?limit=100&continue=MTAw',
    );
  });

  it('says the production facts are missing for a project without a prod namespace', async () => {
    const gathered = await gather(await start(), 'beta');
    expect(gathered.facts).toMatchObject({
      'kyverno/nonProdChecks': 3,
      'kyverno/nonProdFailedPolicies': [],
    });
    expect(gathered.missing).toEqual({
      'kyverno/prodChecks': expect.stringContaining(
        'the console project "beta" has no production namespace (prod, production)',
      ),
      'kyverno/prodFailures': expect.any(String),
      'kyverno/prodFailedPolicies': expect.any(String),
    });
  });

  it.each([
    ['unknown', 'no namespace labelled dso/project.slug=unknown'],
    // A namespace without dso/environment cannot be placed on the journey.
    ['gamma', 'no namespace labelled dso/project.slug=gamma'],
    ['Not A Slug', 'is not a console project slug'],
  ])(
    'says every fact is missing for the project %s, naming why',
    async (slug, reason) => {
      const gathered = await gather(await start(), slug);
      expect(gathered.facts).toEqual({});
      expect(Object.keys(gathered.missing!)).toEqual(
        idleSource().provides.map(p => p.name),
      );
      for (const why of Object.values(gathered.missing!))
        expect(why).toContain(reason);
    },
  );

  it('applies to components linked to a console project, and says it is a simulator', () => {
    expect(idleSource().appliesTo(component('alpha'))).toBe(true);
    expect(idleSource().appliesTo(component())).toBe(false);
    expect(
      idleSource().appliesTo({ ...component('alpha'), kind: 'System' }),
    ).toBe(false);
    expect(idleSource().title).toBe(
      'Kyverno — SIMULATOR (http://127.0.0.1:1/kyverno)',
    );
  });

  it('retries a 429 and then reads the facts', async () => {
    const source = await start([
      {
        tool: 'kyverno',
        match: 'policyreports',
        fault: { kind: 'rate-limit', retryAfterSeconds: 0, times: 1 },
      },
    ]);
    expect((await gather(source, 'beta')).facts['kyverno/nonProdChecks']).toBe(
      3,
    );
    expect(
      simulator!.requests.filter(r => r.path.includes('policyreports')),
    ).toHaveLength(2);
  });

  it.each<
    [string, SimulatedFault['fault'] | 'wrong-token' | 'no-crd', string, RegExp]
  >([
    [
      'a timeout',
      { kind: 'timeout' },
      'timeout',
      /^Kyverno \(Kubernetes API\) GET \/api\/v1\/namespaces: no answer within 300 ms$/,
    ],
    [
      'a 401',
      'wrong-token',
      'unauthorized',
      /GET \/api\/v1\/namespaces: HTTP 401/,
    ],
    ['a 500', { kind: 'status', status: 500 }, 'server', /HTTP 500/],
    ['garbage', { kind: 'garbage' }, 'invalid-response', /not valid JSON/],
    [
      'a 50 MB body',
      { kind: 'huge', bytes: 50 * 1024 * 1024 },
      'too-large',
      /bytes accepted/,
    ],
    [
      'no PolicyReport API',
      'no-crd',
      'not-found',
      /does not serve wgpolicyk8s.io\/v1alpha2 PolicyReports/,
    ],
  ])(
    'fails the whole gathering on %s, with a message naming the tool and never the token',
    async (_, fault, failure, message) => {
      const watch = secretWatch([TOKEN]);
      let source = await start(
        typeof fault === 'string'
          ? []
          : [{ tool: 'kyverno', match: '', fault }],
        fault === 'no-crd' ? { ...dataset, crdInstalled: false } : dataset,
      );
      if (fault === 'wrong-token') {
        source = new KyvernoFactSource({
          baseUrl: `${simulator!.url}/kyverno`,
          token: `${TOKEN}-revoked`,
          limits: { retries: 0 },
        });
      }
      const error = await watch
        .gather(source, component('alpha'))
        .catch(e => e);
      expect(error).toMatchObject({ failure });
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/Kyverno/);
      expect(watch.leaks()).toEqual([]);
    },
  );

  it('reads its config, refusing a clear-text URL for a real cluster', () => {
    const fromConfig = (data: object) =>
      KyvernoFactSource.fromConfig(
        sourceConfig('kyverno', {
          baseUrl: 'https://k8s.example.gouv.fr',
          token: TOKEN,
          ...data,
        }),
      );
    expect(fromConfig({})?.title).toBe('Kyverno (https://k8s.example.gouv.fr)');
    expect(KyvernoFactSource.fromConfig(new ConfigReader({}))).toBeUndefined();
    expect(() => fromConfig({ baseUrl: 'http://k8s.example.gouv.fr' })).toThrow(
      "Invalid config at 'onboarding.sources.kyverno.baseUrl'",
    );
    expect(() => fromConfig({ nonProdPolicies: [] })).toThrow(
      "Invalid config at 'onboarding.sources.kyverno.nonProdPolicies'",
    );
  });
});

/** A source that is never asked anything, for what does not need a server. */
function idleSource() {
  return new KyvernoFactSource({
    baseUrl: 'http://127.0.0.1:1/kyverno',
    token: TOKEN,
    simulated: true,
  });
}
