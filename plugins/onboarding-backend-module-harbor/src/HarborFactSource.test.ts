import { Entity } from '@backstage/catalog-model';
import {
  RunningSimulator,
  SimulatedFault,
  startToolSimulator,
  harborSimulator,
} from '@internal/platform-simulator';
import {
  secretWatch,
  sourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { MEASURED_CRITERIA } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { harborSourceFromConfig } from './module';
import { HARBOR_FACTS } from './HarborFactSource';

const ROBOT = 'robot$backstage';
const SECRET = 'hb-robot-secret-0042';
const SECRET_FORMS = [
  SECRET,
  Buffer.from(`${ROBOT}:${SECRET}`).toString('base64'),
];

const DATASET = {
  projects: {
    'dossier-usager': {
      repositories: {
        'portail-usager': {
          artifacts: [
            {
              tags: ['1.2.0'],
              pushed: '2026-09-01T10:00:00Z',
              // An older image with a critical CVE: not the latest, so not counted.
              scan: { scanned: '2026-09-01T10:00:30Z', critical: 4, high: 9 },
            },
            {
              tags: ['1.3.0'],
              pushed: '2026-09-20T10:00:00Z',
              scan: {
                scanned: '2026-09-25T08:00:00Z',
                high: 2,
                medium: 5,
                low: 11,
              },
            },
            // A Helm chart pushed later: not an image, skipped.
            { type: 'CHART', tags: ['0.4.0'], pushed: '2026-09-21T10:00:00Z' },
          ],
        },
        // A name with a slash, sent encoded twice.
        'tools/migrations': {
          artifacts: [
            {
              tags: ['2026.09'],
              pushed: '2026-09-10T00:00:00Z',
              scan: { scanned: '2026-09-12T23:59:00Z', critical: 1, high: 1 },
            },
          ],
        },
        charts: {
          artifacts: [
            { type: 'CHART', tags: ['1.0.0'], pushed: '2026-09-02T00:00:00Z' },
          ],
        },
        batch: {
          artifacts: [
            { tags: ['0.1.0'], pushed: '2026-09-29T00:00:00Z' }, // never scanned
          ],
        },
      },
    },
    vide: { repositories: {} },
    // More repositories than a page holds.
    large: {
      repositories: Object.fromEntries(
        Array.from({ length: 130 }, (_, i) => [
          `svc-${i}`,
          {
            artifacts: [
              {
                tags: ['1.0.0'],
                pushed: '2026-09-01T00:00:00Z',
                scan: { scanned: '2026-09-02T00:00:00Z', high: 1 },
              },
            ],
          },
        ]),
      ),
    },
  },
};

const entity = (project?: string, kind = 'Component'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: {
    name: 'c',
    annotations: project
      ? { 'cloud-pi-native.fr/console-project': project }
      : {},
  },
  spec: {},
});

describe('HarborFactSource against the simulated Harbor', () => {
  let simulator: RunningSimulator;
  const watch = secretWatch(SECRET_FORMS);
  const logger = watch.logger;

  afterEach(() => simulator?.close());

  async function start(
    options: { faults?: SimulatedFault[]; secret?: string; max?: number } = {},
  ) {
    simulator = await startToolSimulator(harborSimulator, {
      data: DATASET,
      token: options.secret ?? SECRET,
      faults: options.faults,
    });
    return harborSourceFromConfig(
      sourceConfig('harbor', {
        baseUrl: `${simulator.url}/harbor`,
        username: ROBOT,
        password: SECRET,
        simulated: true,
        timeoutMs: 300,
        ...(options.max && { maxRepositories: options.max }),
      }),
    )!;
  }

  async function gather(
    project: string,
    options: Parameters<typeof start>[0] = {},
  ) {
    const source = await start(options);
    return watch.gather(source, entity(project));
  }

  it('measures the latest image of each image repository exactly', async () => {
    const result = await gather('dossier-usager');
    expect(result.facts).toEqual({
      'harbor/images': 3,
      'harbor/criticalVulnerabilities': 1,
      'harbor/highVulnerabilities': 3,
      'harbor/unscannedImages': 1,
      'harbor/oldestScan': '2026-09-12',
    });
    expect(result.unavailable).toEqual({});
    expect(result.missing).toEqual({});
    expect(simulator.requests.map(r => r.path)).toContain(
      '/api/v2.0/projects/dossier-usager/repositories/tools%252Fmigrations/artifacts?page=1&page_size=10&sort=-push_time&with_scan_overview=true&with_tag=true',
    );
  });

  it('reads every page of a large project', async () => {
    const result = await gather('large');
    expect(result.facts['harbor/images']).toBe(130);
    expect(result.facts['harbor/highVulnerabilities']).toBe(130);
    expect(
      simulator.requests.filter(r =>
        r.path.endsWith('/repositories?page=2&page_size=100'),
      ),
    ).toHaveLength(1);
  });

  it('refuses to half-read a project beyond maxRepositories', async () => {
    const source = await start({ max: 100 });
    const error = await source
      .gather(entity('large'), { signal: new AbortController().signal, logger })
      .catch(e => e);
    watch.record(error);
    expect(String(error)).toMatch(
      /Harbor project 'large' has 130 repositories, more than the 100 read/,
    );
  });

  it('says when no image was ever scanned, and counts an empty project as no image', async () => {
    const result = await gather('vide');
    expect(result.facts).toEqual({
      'harbor/images': 0,
      'harbor/criticalVulnerabilities': 0,
      'harbor/highVulnerabilities': 0,
      'harbor/unscannedImages': 0,
    });
    expect(result.missing).toEqual({
      'harbor/oldestScan':
        "No image of Harbor project 'vide' has a successful scan",
    });
  });

  it('puts a project Harbor does not know in missing, naming it', async () => {
    const result = await gather('inconnu');
    expect(result.facts).toEqual({});
    expect(result.unavailable).toEqual({});
    expect(result.missing).toEqual({
      harbor: "Harbor has no project 'inconnu'",
    });
  });

  it('refuses a slug that is no project name without asking Harbor', async () => {
    const result = await gather('../../users');
    expect(result.missing?.harbor).toMatch(/is not a console project slug/);
    expect(simulator.requests).toEqual([]);
  });

  it('applies to components of a console project only', async () => {
    const source = await start();
    expect(source.appliesTo(entity('dossier-usager'))).toBe(true);
    expect(source.appliesTo(entity('dossier-usager', 'System'))).toBe(false);
    expect(source.appliesTo(entity())).toBe(false);
  });

  /** The message of the error gathering fails with. */
  const failure = async (options: Parameters<typeof start>[0]) => {
    const error = await gather('dossier-usager', options).then(
      () => new Error('gathered without error'),
      e => e as Error,
    );
    return error.message;
  };

  it('fails with a clear error when Harbor does not answer in time', async () => {
    expect(
      await failure({
        faults: [{ tool: 'harbor', match: '', fault: { kind: 'timeout' } }],
      }),
    ).toMatch(/^Harbor GET .*: no answer within 300 ms$/);
  });

  it('fails on a refused robot secret (401), never reporting the project missing', async () => {
    expect(await failure({ secret: 'another-secret' })).toMatch(
      /^Harbor GET .*: HTTP 401/,
    );
  });

  it('retries after a 429 and then reads the facts', async () => {
    const result = await gather('dossier-usager', {
      faults: [
        {
          tool: 'harbor',
          match: 'artifacts',
          fault: { kind: 'rate-limit', retryAfterSeconds: 0, times: 2 },
        },
      ],
    });
    expect(result.facts['harbor/images']).toBe(3);
  });

  it('fails on a persistent 500 after retrying', async () => {
    expect(
      await failure({
        faults: [
          {
            tool: 'harbor',
            match: 'repositories?',
            fault: { kind: 'status', status: 500 },
          },
        ],
      }),
    ).toMatch(
      /^Harbor GET \/api\/v2\.0\/projects\/dossier-usager\/repositories: HTTP 500/,
    );
    expect(simulator.requests).toHaveLength(3);
  });

  it('fails on an answer that is not JSON', async () => {
    expect(
      await failure({
        faults: [{ tool: 'harbor', match: '', fault: { kind: 'garbage' } }],
      }),
    ).toMatch(/^Harbor GET .*: the answer is not valid JSON$/);
  });

  it('refuses a 50 MB answer at the byte cap', async () => {
    expect(
      await failure({
        faults: [
          {
            tool: 'harbor',
            match: 'artifacts',
            fault: { kind: 'huge', bytes: 50 * 1024 * 1024 },
          },
        ],
      }),
    ).toMatch(
      /^Harbor GET .*artifacts: the answer exceeds the 5242880 bytes accepted$/,
    );
  });

  it('provides every fact the Harbor measured criteria read', () => {
    const provided = new Set(HARBOR_FACTS.map(f => `fact:${f.name}`));
    const read = MEASURED_CRITERIA.filter(
      c => c.measuredBy === 'harbor',
    ).flatMap(c => JSON.stringify(c.rule).match(/fact:[^"]+/g) ?? []);
    expect(read.length).toBeGreaterThan(0);
    for (const fact of read) expect(provided).toContain(fact);
  });

  // Last, once every test above has logged and reported what it saw.
  it('never shows the credential in a log line, a reason or an error', () => {
    // Nothing any test logged, reported or threw carries the secret, in clear or encoded.
    expect(watch.messages.length).toBeGreaterThan(5);
    expect(watch.leaks()).toEqual([]);
  });
});
