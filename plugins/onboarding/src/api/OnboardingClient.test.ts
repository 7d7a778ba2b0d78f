/**
 * @jest-environment node
 */
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ResponseError } from '@backstage/errors';
import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_CRITERIA,
  Language,
  MEASURED_CRITERIA,
  criteriaForSources,
  buildCriteriaDocument,
  buildReport,
  evaluateEntity,
  scoreTemplate,
  viewJourney,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { exampleEntity } from '../__testUtils__/exampleCatalog';
import { CONFIGURED_SOURCES } from '../__testUtils__/factSources';
import { OnboardingClient } from './OnboardingClient';

const links = { docsBaseUrl: 'https://cloud-pi-native.fr' };
const portail = exampleEntity('component', 'portail-usager');
const template: Entity = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'squelette', namespace: 'default' },
  spec: { owner: 'group:default/platform' },
};

/** The backend's criteria version, which a test may change as a redeployment would. */
let criteriaVersion = 'v1';

/** The criteria in force on a backend where only SonarQube is configured. */
const criteria = criteriaForSources(
  [...DEFAULT_CRITERIA, ...MEASURED_CRITERIA],
  new Set(['sonarqube']),
);
/** What that backend says rests on declarations (a made-up answer, to see it passed on). */
const GATES_ON_DECLARATIONS = [4];

const leanReport = (entity: Entity, language: Language) => {
  const evaluation = evaluateEntity(entity, criteria, {
    now: new Date('2026-11-25T12:00:00Z'),
  });
  return {
    evaluation,
    report: buildReport({
      entity,
      evaluation,
      criteria,
      criteriaVersion,
      language,
      links,
    }),
  };
};

/** What the backend answers on the catalog filter route. */
const CATALOG_FILTER = {
  groups: [
    {
      step: 3,
      verdict: 'NO-GO',
      entityRefs: ['component:default/portail-usager'],
    },
  ],
  total: 1,
  truncated: false,
};

/** What the backend answers on the routes whose reports the client joins, or undefined. */
function answer(url: URL): unknown {
  const language = (url.searchParams.get('lang') ?? 'fr') as Language;
  switch (url.pathname) {
    case '/api/onboarding/criteria':
      return buildCriteriaDocument({
        criteria,
        criteriaVersion,
        language,
        links,
        gatesOnDeclarations: GATES_ON_DECLARATIONS,
      });
    case '/api/onboarding/catalog-filter':
      return CATALOG_FILTER;
    case '/api/onboarding/sources':
      return { ...CONFIGURED_SOURCES, gatesOnDeclarations: [] };
    case '/api/onboarding/entities/default/component/portail-usager':
      return leanReport(portail, language).report;
    case '/api/onboarding/templates/default/squelette': {
      const { evaluation, report } = leanReport(template, language);
      return {
        entityRef: 'template:default/squelette',
        title: 'squelette',
        score: scoreTemplate(evaluation),
        outcomes: {
          total: 0,
          counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
          notEvaluated: 0,
        },
        report,
      };
    }
    default:
      return undefined;
  }
}

/** A real HTTP server standing in for the onboarding backend. */
function startBackend(): Promise<{
  server: Server;
  baseUrl: string;
  seen: string[];
}> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = answer(url);
    if (body) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      return;
    }
    if (
      url.pathname === '/api/onboarding/journey' &&
      url.searchParams.get('lang') === 'en'
    ) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(viewJourney('en')));
      return;
    }
    res.writeHead(503, { 'content-type': 'application/json' });
    // Backstage's error body format, as the real backend sends it.
    res.end(
      JSON.stringify({
        error: {
          name: 'ServiceUnavailableError',
          message: 'down for maintenance',
        },
        request: { method: req.method, url: req.url },
        response: { statusCode: 503 },
      }),
    );
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        baseUrl: `http://127.0.0.1:${port}/api/onboarding`,
        seen,
      });
    }),
  );
}

describe('OnboardingClient', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  let client: OnboardingClient;

  beforeAll(async () => {
    backend = await startBackend();
    client = new OnboardingClient({
      discoveryApi: {
        getBaseUrl: async pluginId =>
          backend.baseUrl.replace('onboarding', pluginId),
      },
      // Stands for Backstage's fetchApi, which adds the user's token.
      fetchApi: {
        fetch: (input, init) =>
          fetch(input, {
            ...init,
            headers: { authorization: 'Bearer user-token' },
          }),
      },
    });
  });

  afterAll(
    () => new Promise<void>(resolve => backend.server.close(() => resolve())),
  );

  const criteriaCalls = () =>
    backend.seen.filter(call => call.includes('/criteria'));

  it('joins reports with the criteria document, read once per language and version', async () => {
    backend.seen.length = 0;
    const ref = {
      kind: 'component',
      namespace: 'default',
      name: 'portail-usager',
    };
    const en = await client.getEntityReport(ref, 'en');
    const probes = en.results.find(r => r.id === 'S3-PROBES');
    expect(probes).toMatchObject({
      state: 'fail',
      step: 3,
      severity: 'blocking',
      title: 'Health probes are exposed',
      remediation: {
        annotations: { 'cloud-pi-native.fr/health-path': '/health' },
      },
    });
    expect(probes?.source).toBeTruthy();
    await client.getEntityReport(ref, 'en');
    const fr = await client.getEntityReport(ref, 'fr');
    expect(fr.results.find(r => r.id === 'S3-PROBES')?.title).toBe(
      DEFAULT_CRITERIA.find(c => c.id === 'S3-PROBES')?.title.fr,
    );
    expect(criteriaCalls()).toEqual([
      'GET /api/onboarding/criteria?lang=en Bearer user-token',
      'GET /api/onboarding/criteria?lang=fr Bearer user-token',
    ]);
  });

  it('reads the criteria again when a report names another version', async () => {
    const ref = {
      kind: 'component',
      namespace: 'default',
      name: 'portail-usager',
    };
    await client.getEntityReport(ref, 'en');
    backend.seen.length = 0;
    criteriaVersion = 'v2';
    try {
      const report = await client.getEntityReport(ref, 'en');
      expect(report.criteriaVersion).toBe('v2');
      expect(report.results.length).toBeGreaterThan(0);
      await client.getEntityReport(ref, 'en');
      expect(criteriaCalls()).toHaveLength(1);
    } finally {
      criteriaVersion = 'v1';
    }
  });

  it('serves the criteria in force from the document it joins reports with', async () => {
    const ref = {
      kind: 'component',
      namespace: 'default',
      name: 'portail-usager',
    };
    await client.getEntityReport(ref, 'en');
    backend.seen.length = 0;
    const document = await client.getCriteria('en');
    expect(document.language).toBe('en');
    expect(document.items.find(c => c.id === 'S3-PROBES')?.title).toBe(
      'Health probes are exposed',
    );
    // Already read for the report: no second request.
    expect(criteriaCalls()).toEqual([]);
  });

  it('says which source measures each criterion, and which gates rest on declarations', async () => {
    const report = await client.getEntityReport(
      { kind: 'component', namespace: 'default', name: 'portail-usager' },
      'en',
    );
    expect(
      report.results.find(r => r.id === 'S3-SONAR-QUALITY-GATE')?.measuredBy,
    ).toBe('sonarqube');
    const probes = report.results.find(r => r.id === 'S3-PROBES');
    expect(probes).toBeDefined();
    expect(probes).not.toHaveProperty('measuredBy');
    expect(report.gatesOnDeclarations).toEqual(GATES_ON_DECLARATIONS);
  });

  it('reads the fact sources with the user credentials', async () => {
    backend.seen.length = 0;
    const sources = await client.getSources();
    expect(sources.items.map(s => s.id)).toEqual(
      CONFIGURED_SOURCES.items.map(s => s.id),
    );
    expect(sources.items[0].simulated).toBe(true);
    expect(backend.seen).toEqual([
      'GET /api/onboarding/sources Bearer user-token',
    ]);
  });

  it("joins a template's detail", async () => {
    const detail = await client.getTemplateDetail(
      { namespace: 'default', name: 'squelette' },
      'en',
    );
    expect(detail.entityRef).toBe('template:default/squelette');
    expect(detail.report.results.find(r => r.id === 'T1-REGISTER')?.title).toBe(
      DEFAULT_CRITERIA.find(c => c.id === 'T1-REGISTER')?.title.en,
    );
    expect(detail.report.results.every(r => r.id.startsWith('T'))).toBe(true);
  });

  it('reads the journey in the asked language with the user credentials', async () => {
    const journey = await client.getJourney('en');
    expect(journey.language).toBe('en');
    expect(journey.steps).toHaveLength(5);
    expect(backend.seen).toContain(
      'GET /api/onboarding/journey?lang=en Bearer user-token',
    );
  });

  it('turns an error answer into a ResponseError carrying the status and message', async () => {
    const error = await client.getJourney('fr').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(503);
    expect(error.message).toMatch(/503/);
    expect(error.cause.message).toBe('down for maintenance');
  });

  it('asks for a page of a group summary with its search, sort and trend length', async () => {
    // The stand-in answers 503 to everything but the journey: only the URL matters here.
    await client
      .getGroupSummary(
        { kind: 'group', namespace: 'default', name: 'équipe' },
        'fr',
        {
          weeks: 8,
          page: {
            limit: 50,
            offset: 100,
            sort: 'step',
            order: 'desc',
            q: 'a&b',
          },
        },
      )
      .catch(() => undefined);
    expect(backend.seen).toContain(
      'GET /api/onboarding/groups/default/%C3%A9quipe/summary?lang=fr&weeks=8&limit=50&offset=100&sort=step&order=desc&q=a%26b Bearer user-token',
    );
  });

  it('asks for the catalog filter in one request, steps and verdicts comma-separated, and hands back its answer', async () => {
    expect(
      await client.getCatalogFilter({ steps: [3, 4], verdicts: ['NO-GO'] }),
    ).toEqual(CATALOG_FILTER);
    expect(await client.getCatalogFilter()).toEqual(CATALOG_FILTER);
    expect(backend.seen).toContain(
      'GET /api/onboarding/catalog-filter?step=3%2C4&verdict=NO-GO Bearer user-token',
    );
    expect(backend.seen).toContain(
      'GET /api/onboarding/catalog-filter Bearer user-token',
    );
  });
});
