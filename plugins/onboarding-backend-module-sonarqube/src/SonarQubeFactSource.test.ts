import { Entity } from '@backstage/catalog-model';
import {
  RunningSimulator,
  SimulatedFault,
  SonarQubeData,
  startToolSimulator,
  sonarqubeSimulator,
} from '@internal/platform-simulator';
import {
  secretWatch,
  sourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { MEASURED_CRITERIA } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { sonarQubeSourceFromConfig } from './module';
import { SONARQUBE_FACTS } from './SonarQubeFactSource';

const TOKEN = 'sq-secret-token-0042';
const TOKEN_FORMS = [TOKEN, Buffer.from(`${TOKEN}:`).toString('base64')];

const DATASET: SonarQubeData = {
  projects: {
    'dossier-usager-portail-usager-3f9a': {
      qualityGate: 'OK',
      conditions: [
        {
          metricKey: 'new_coverage',
          status: 'OK',
          comparator: 'LT',
          errorThreshold: '80',
          actualValue: '86.4',
        },
      ],
      measures: {
        coverage: '84.2',
        security_rating: '1.0',
        reliability_rating: '2.0',
      },
    },
    'suivi-demandes-api-9d0e': {
      qualityGate: 'ERROR',
      conditions: [
        {
          metricKey: 'new_coverage',
          status: 'ERROR',
          comparator: 'LT',
          errorThreshold: '80',
          actualValue: '41.0',
        },
        {
          metricKey: 'new_violations',
          status: 'ERROR',
          comparator: 'GT',
          errorThreshold: '0',
          actualValue: '7',
        },
        {
          metricKey: 'new_duplicated_lines_density',
          status: 'OK',
          comparator: 'GT',
          errorThreshold: '3',
          actualValue: '1.2',
        },
      ],
      // No coverage: no test report imported.
      measures: { security_rating: '3.0', reliability_rating: '4.0' },
    },
  },
};

const entity = (key?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'c',
    annotations: key ? { 'sonarqube.org/project-key': key } : {},
  },
  spec: {},
});

describe('SonarQubeFactSource against the simulated SonarQube', () => {
  let simulator: RunningSimulator;
  const watch = secretWatch(TOKEN_FORMS);

  afterEach(() => simulator?.close());

  async function gather(
    key: string,
    options: {
      faults?: SimulatedFault[];
      token?: string;
      authMethod?: string;
    } = {},
  ) {
    const running = await startToolSimulator(sonarqubeSimulator, {
      data: DATASET,
      token: options.token ?? TOKEN,
      faults: options.faults,
    });
    simulator = running;
    const source = sonarQubeSourceFromConfig(
      sourceConfig('sonarqube', {
        baseUrl: running.baseUrl,
        token: TOKEN,
        simulated: true,
        timeoutMs: 300,
        ...(options.authMethod && { authMethod: options.authMethod }),
      }),
    )!;
    return watch.gather(source, entity(key));
  }

  it('reads the gate, the failed conditions and the measures exactly', async () => {
    const result = await gather('dossier-usager-portail-usager-3f9a');
    expect(result.facts).toEqual({
      'sonarqube/qualityGate': 'OK',
      'sonarqube/failedConditions': [],
      'sonarqube/coverage': 84.2,
      'sonarqube/securityRating': 'A',
      'sonarqube/reliabilityRating': 'B',
    });
    expect(result.unavailable).toEqual({});
    expect(result.missing).toEqual({});
    expect(simulator.requests.map(r => r.path).sort()).toEqual([
      '/api/measures/component?component=dossier-usager-portail-usager-3f9a&metricKeys=coverage%2Csecurity_rating%2Creliability_rating',
      '/api/qualitygates/project_status?projectKey=dossier-usager-portail-usager-3f9a',
    ]);
  });

  it('reports a red gate with its failed conditions, and a coverage SonarQube does not have as missing', async () => {
    const result = await gather('suivi-demandes-api-9d0e', {
      authMethod: 'basic',
    });
    expect(result.facts).toEqual({
      'sonarqube/qualityGate': 'ERROR',
      'sonarqube/failedConditions': ['new_coverage', 'new_violations'],
      'sonarqube/securityRating': 'C',
      'sonarqube/reliabilityRating': 'D',
    });
    expect(result.missing).toEqual({
      'sonarqube/coverage':
        "SonarQube has no coverage measure for 'suivi-demandes-api-9d0e'",
    });
  });

  it('puts a key SonarQube does not know in missing, naming the key', async () => {
    const result = await gather('inconnu-api-0000');
    expect(result.facts).toEqual({});
    expect(result.unavailable).toEqual({});
    expect(result.missing).toEqual({
      sonarqube:
        "SonarQube does not know the project key 'inconnu-api-0000': no analysis was ever sent for it",
    });
  });

  it('refuses a malformed key without asking SonarQube', async () => {
    const result = await gather('../api/system?x=1');
    expect(result.missing?.sonarqube).toMatch(/is not a SonarQube project key/);
    expect(simulator.requests).toEqual([]);
  });

  /** Each fact's unavailability reason, in the order the source declares its facts. */
  const reasons = (result: Awaited<ReturnType<typeof gather>>) =>
    SONARQUBE_FACTS.map(f => result.unavailable[f.name]);
  const everyFact = (pattern: RegExp) =>
    SONARQUBE_FACTS.map(() => expect.stringMatching(pattern));

  it('makes every fact unavailable when SonarQube does not answer in time', async () => {
    const result = await gather('dossier-usager-portail-usager-3f9a', {
      faults: [{ tool: 'sonarqube', match: '', fault: { kind: 'timeout' } }],
    });
    expect(result.facts).toEqual({});
    expect(reasons(result)).toEqual(
      everyFact(/^SonarQube GET .*no answer within 300 ms/),
    );
  });

  it('makes every fact unavailable on a refused token (401), never missing', async () => {
    const result = await gather('dossier-usager-portail-usager-3f9a', {
      token: 'another-token',
    });
    expect(result.facts).toEqual({});
    expect(reasons(result)).toEqual(everyFact(/^SonarQube GET .*HTTP 401/));
    expect(result.missing).toEqual({});
  });

  it('retries after a 429 and then reads the facts', async () => {
    const result = await gather('dossier-usager-portail-usager-3f9a', {
      faults: [
        {
          tool: 'sonarqube',
          match: 'project_status',
          fault: { kind: 'rate-limit', retryAfterSeconds: 0, times: 1 },
        },
      ],
    });
    expect(result.facts['sonarqube/qualityGate']).toBe('OK');
    expect(
      simulator.requests.filter(r => r.path.includes('project_status')),
    ).toHaveLength(2);
  });

  it('makes the gate facts unavailable on a persistent 500, keeping the measures read', async () => {
    const result = await gather('dossier-usager-portail-usager-3f9a', {
      faults: [
        {
          tool: 'sonarqube',
          match: 'project_status',
          fault: { kind: 'status', status: 500 },
        },
      ],
    });
    expect(result.unavailable).toEqual({
      'sonarqube/qualityGate': expect.stringMatching(
        /^SonarQube GET \/api\/qualitygates\/project_status: HTTP 500/,
      ),
      'sonarqube/failedConditions': expect.stringMatching(/HTTP 500/),
    });
    expect(result.facts['sonarqube/coverage']).toBe(84.2);
    // One try and two retries.
    expect(
      simulator.requests.filter(r => r.path.includes('project_status')),
    ).toHaveLength(3);
  });

  it('makes every fact unavailable on an answer that is not JSON', async () => {
    const result = await gather('dossier-usager-portail-usager-3f9a', {
      faults: [{ tool: 'sonarqube', match: '', fault: { kind: 'garbage' } }],
    });
    expect(result.facts).toEqual({});
    expect(reasons(result)).toEqual(
      everyFact(/^SonarQube GET .*not valid JSON/),
    );
  });

  it('refuses a 50 MB answer at the byte cap', async () => {
    const result = await gather('dossier-usager-portail-usager-3f9a', {
      faults: [
        {
          tool: 'sonarqube',
          match: '',
          fault: { kind: 'huge', bytes: 50 * 1024 * 1024 },
        },
      ],
    });
    expect(result.facts).toEqual({});
    expect(reasons(result)).toEqual(
      everyFact(/^SonarQube GET .*exceeds the 5242880 bytes accepted/),
    );
  });

  it('provides every fact the SonarQube measured criteria read', () => {
    const provided = new Set(SONARQUBE_FACTS.map(f => `fact:${f.name}`));
    const read = MEASURED_CRITERIA.filter(
      c => c.measuredBy === 'sonarqube',
    ).flatMap(c => JSON.stringify(c.rule).match(/fact:[^"]+/g) ?? []);
    expect(read.length).toBeGreaterThan(0);
    for (const fact of read) expect(provided).toContain(fact);
  });

  // Last, once every test above has logged and reported what it saw.
  it('never shows the credential in a log line, a reason or an error', () => {
    // Nothing any test logged or reported carries the token, in clear or encoded.
    expect(watch.messages.length).toBeGreaterThan(5);
    expect(watch.leaks()).toEqual([]);
  });
});
