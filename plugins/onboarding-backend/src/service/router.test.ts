import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import onboardingPlugin from '..';
import { quietOnboardingConfig } from '../__testUtils__/testConfig';

const OUTSIDER = 'user:default/outsider';

const portail: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'portail-usager',
    namespace: 'default',
    annotations: {
      'cloud-pi-native.fr/onboarding-step': '3',
      'cloud-pi-native.fr/console-project': 'dossier-usager',
      'cloud-pi-native.fr/sponsor': 'user:default/camille.martin',
      'cloud-pi-native.fr/request-type': 'new-project',
      'cloud-pi-native.fr/funding': 'programme',
      'cloud-pi-native.fr/prequalification':
        'https://www.demarches-simplifiees.fr/dossiers/1',
      'cloud-pi-native.fr/project-plan': 'https://wiki.example.gouv.fr/plan',
      'cloud-pi-native.fr/cct-reviewed': '2026-06-02',
      'cloud-pi-native.fr/architecture-doc':
        'https://wiki.example.gouv.fr/archi',
      'cloud-pi-native.fr/skills': 'containers, kubernetes, gitlab-ci, gitops',
      'cloud-pi-native.fr/access-request': '2026-06-20',
      'cloud-pi-native.fr/sandbox-mvp':
        'https://portail.sandbox.example.gouv.fr',
      'sonarqube.org/project-key': 'dossier-usager-portail-3f9a',
      'argocd/app-selector': 'dso/project.slug=dossier-usager',
    },
  },
  spec: {
    type: 'website',
    lifecycle: 'development',
    owner: 'group:default/equipe-usagers',
  },
};
const secret: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'secret-service', namespace: 'default' },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/equipe-plateforme',
  },
};
const stepInWords: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'step-in-words',
    namespace: 'default',
    annotations: { 'cloud-pi-native.fr/onboarding-step': 'quatre' },
  },
  spec: { type: 'service', owner: 'group:default/equipe-usagers' },
};
const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'equipe-usagers', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

/** The catalog, as seen through the caller's credentials: the outsider may not see secret-service. */
const catalogFactory = createServiceFactory({
  service: catalogServiceRef,
  deps: {},
  factory: () => {
    const catalog = catalogServiceMock({
      entities: [portail, secret, stepInWords, team],
    });
    const getEntityByRef = catalog.getEntityByRef.bind(catalog);
    catalog.getEntityByRef = async (ref, options) => {
      const principal = (
        options as { credentials: { principal: { userEntityRef?: string } } }
      ).credentials.principal;
      if (
        principal.userEntityRef === OUTSIDER &&
        String(ref).includes('secret-service')
      )
        return undefined;
      return getEntityByRef(ref, options);
    };
    return catalog;
  },
});

describe('onboarding REST API', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const asUser = (ref = 'user:default/guest') =>
    mockCredentials.user.header(ref);

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        onboardingPlugin,
        catalogFactory,
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        quietOnboardingConfig({
          console: { baseUrl: 'https://console.example.fr' },
          docs: { baseUrl: 'https://docs.example.fr' },
        }),
      ],
    }));
  });

  afterAll(async () => server.close());

  describe('GET /journey', () => {
    it('serves the journey in French by default and in English on request', async () => {
      const fr = await request(server)
        .get('/api/onboarding/journey')
        .set('Authorization', asUser());
      expect(fr.status).toBe(200);
      expect(fr.body.language).toBe('fr');
      expect(fr.body.steps).toHaveLength(5);
      const en = await request(server)
        .get('/api/onboarding/journey?lang=en')
        .set('Authorization', asUser());
      expect(en.body.steps[4].gapNote).toMatch(/step 5/);
    });

    it('rejects an unknown language, naming the accepted ones', async () => {
      const res = await request(server)
        .get('/api/onboarding/journey?lang=de')
        .set('Authorization', asUser());
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/lang.*(fr, en|allowed values)/i);
    });

    it('answers 401 without credentials', async () => {
      expect(
        (await request(server).get('/api/onboarding/journey')).status,
      ).toBe(401);
    });
  });

  describe('GET /entities/:namespace/:kind/:name', () => {
    it('evaluates the entity: step, verdict, blockers, messages and links', async () => {
      const res = await request(server)
        .get('/api/onboarding/entities/default/component/portail-usager')
        .set('Authorization', asUser());
      expect(res.status).toBe(200);
      expect(res.body.entityRef).toBe('component:default/portail-usager');
      expect(res.body.step).toBe(3);
      expect(res.body.declaredStep).toBe(3);
      expect(res.body.nextGate).toEqual({
        step: 3,
        verdict: 'NO-GO',
        blockers: ['S3-PROBES'],
      });
      expect(res.body.declaration).toEqual({ state: 'declared', step: 3 });
      const probes = res.body.results.find(
        (r: { id: string }) => r.id === 'S3-PROBES',
      );
      expect(probes).toEqual({
        id: 'S3-PROBES',
        state: 'fail',
        message: expect.stringMatching(
          /Absent : l'annotation cloud-pi-native.fr\/health-path/,
        ),
        evidence: [{ fact: 'annotation:cloud-pi-native.fr/health-path' }],
      });
      // Template criteria do not apply to a component: left out, counted.
      expect(res.body.omitted.notApplicableToKind).toBeGreaterThan(0);
      expect(
        res.body.results.some((r: { id: string }) => r.id.startsWith('T')),
      ).toBe(false);
      expect(res.body.links.console).toBe(
        'https://console.example.fr/projects/dossier-usager',
      );
      expect(res.body.links.consoleServices).toBe(
        'https://console.example.fr/projects/dossier-usager?tab=services',
      );
      expect(res.body.links.stepDocs).toBe(
        'https://docs.example.fr/guide/get-started',
      );
    });

    it('carries an unreadable declared step, with why it is refused', async () => {
      const res = await request(server)
        .get('/api/onboarding/entities/default/component/step-in-words?lang=en')
        .set('Authorization', asUser());
      expect(res.status).toBe(200);
      expect(res.body.declaration).toEqual({
        state: 'invalid',
        value: 'quatre',
        message:
          'The annotation cloud-pi-native.fr/onboarding-step holds "quatre": expected a whole number from 1 to 5.',
      });
      expect(res.body.declaredStep).toBeUndefined();
    });

    it('answers 304 to a caller who holds the same report, 200 with a new ETag otherwise', async () => {
      const path = '/api/onboarding/entities/default/component/portail-usager';
      const first = await request(server)
        .get(path)
        .set('Authorization', asUser());
      expect(first.status).toBe(200);
      expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const again = await request(server)
        .get(path)
        .set('Authorization', asUser())
        .set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);
      expect(again.text).toBeFalsy();
      expect(again.headers.etag).toBe(first.headers.etag);
      // Another language is another body.
      const english = await request(server)
        .get(`${path}?lang=en`)
        .set('Authorization', asUser())
        .set('If-None-Match', first.headers.etag);
      expect(english.status).toBe(200);
      expect(english.headers.etag).not.toBe(first.headers.etag);
      expect(english.body.language).toBe('en');
    });

    it('speaks English on ?lang=en', async () => {
      const res = await request(server)
        .get(
          '/api/onboarding/entities/default/component/portail-usager?lang=en',
        )
        .set('Authorization', asUser());
      const probes = res.body.results.find(
        (r: { id: string }) => r.id === 'S3-PROBES',
      );
      expect(probes.message).toMatch(
        /^Missing: the annotation cloud-pi-native.fr\/health-path is not set/,
      );
    });

    it('answers 404 for an unknown entity and for one the catalog hides from the caller', async () => {
      const unknown = await request(server)
        .get('/api/onboarding/entities/default/component/nope')
        .set('Authorization', asUser());
      expect(unknown.status).toBe(404);
      const visible = await request(server)
        .get('/api/onboarding/entities/default/component/secret-service')
        .set('Authorization', asUser());
      expect(visible.status).toBe(200);
      const hidden = await request(server)
        .get('/api/onboarding/entities/default/component/secret-service')
        .set('Authorization', asUser(OUTSIDER));
      expect(hidden.status).toBe(404);
    });

    it('answers 400 with a reason for a malformed ref or a kind it does not evaluate', async () => {
      const malformed = await request(server)
        .get('/api/onboarding/entities/default/component/bad%20name!')
        .set('Authorization', asUser());
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toMatch(/name/);
      const group = await request(server)
        .get('/api/onboarding/entities/default/group/equipe-usagers')
        .set('Authorization', asUser());
      expect(group.status).toBe(400);
      expect(group.body.error.message).toMatch(/Group is not one of them/);
    });

    it('answers 401 without credentials', async () => {
      const res = await request(server).get(
        '/api/onboarding/entities/default/component/portail-usager',
      );
      expect(res.status).toBe(401);
    });
  });

  describe('refresh and history', () => {
    it('stores an evaluation once per change and lists it in the history', async () => {
      const path = '/api/onboarding/entities/default/component/secret-service';
      const first = await request(server)
        .post(`${path}/refresh`)
        .set('Authorization', asUser());
      expect(first.status).toBe(200);
      expect(first.body.step).toBe(1);
      expect(
        (
          await request(server)
            .post(`${path}/refresh`)
            .set('Authorization', asUser())
        ).status,
      ).toBe(200);
      const history = await request(server)
        .get(`${path}/history`)
        .set('Authorization', asUser());
      expect(history.status).toBe(200);
      expect(history.body.items).toHaveLength(1);
      expect(history.body.items[0]).toMatchObject({
        step: 1,
        verdict: 'NO-GO',
      });
    });

    it('rejects a bad history limit and unknown parameters', async () => {
      const path =
        '/api/onboarding/entities/default/component/secret-service/history';
      expect(
        (
          await request(server)
            .get(`${path}?limit=0`)
            .set('Authorization', asUser())
        ).status,
      ).toBe(400);
      expect(
        (
          await request(server)
            .get(`${path}?limit=abc`)
            .set('Authorization', asUser())
        ).status,
      ).toBe(400);
      expect(
        (
          await request(server)
            .get(`${path}?colour=red`)
            .set('Authorization', asUser())
        ).status,
      ).toBe(400);
    });
  });

  describe('POST /evaluate', () => {
    const doc = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'from-merge-request',
        annotations: { 'cloud-pi-native.fr/sponsor': 'not a sponsor' },
      },
      spec: { type: 'service', lifecycle: 'experimental', owner: 'group:team' },
    };

    it('evaluates a JSON entity without storing it', async () => {
      const res = await request(server)
        .post('/api/onboarding/evaluate?lang=en')
        .set('Authorization', asUser())
        .send(doc);
      expect(res.status).toBe(200);
      expect(res.body.verdict).toBe('NO-GO');
      expect(res.body.items).toHaveLength(1);
      const [item] = res.body.items;
      expect(item).toMatchObject({
        index: 0,
        status: 'evaluated',
        entityRef: 'component:default/from-merge-request',
      });
      expect(item.report.step).toBe(1);
      expect(item.report.nextGate.verdict).toBe('NO-GO');
      const sponsor = item.report.results.find(
        (r: { id: string }) => r.id === 'S1-SPONSOR',
      );
      expect(sponsor.state).toBe('invalid');
      expect(sponsor.message).toMatch(/"not a sponsor"/);
      expect(item.report.evaluatedAt).toBeUndefined();
    });

    const yamlOf = (name: string, step = '2') =>
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        `  name: ${name}`,
        '  annotations:',
        `    cloud-pi-native.fr/onboarding-step: '${step}'`,
        'spec: { type: service, owner: group:team }',
      ].join('\n');
    const postYaml = (text: string) =>
      request(server)
        .post('/api/onboarding/evaluate?lang=en')
        .set('Authorization', asUser())
        .set('Content-Type', 'application/yaml')
        .send(text);

    it('accepts the text of a catalog-info.yaml', async () => {
      const res = await postYaml(yamlOf('yaml-entity'));
      expect(res.status).toBe(200);
      expect(res.body.items[0].entityRef).toBe('component:default/yaml-entity');
      expect(res.body.items[0].report.discrepancy).toEqual({
        declared: 2,
        evidenced: 1,
      });
    });

    it('evaluates every document of a stream, in order, saying what it skipped and why', async () => {
      const location = [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Location',
        'metadata: { name: elsewhere }',
        'spec: { targets: [./other.yaml] }',
      ].join('\n');
      const group =
        'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: team }';
      const api = yamlOf('its-api').replace('kind: Component', 'kind: API');
      const res = await postYaml(
        [
          yamlOf('first'),
          api,
          location,
          group,
          'metadata: [unclosed',
          'kind: Component\nmetadata: { name: a, name: b }',
        ].join('\n---\n'),
      );
      expect(res.status).toBe(200);
      expect(res.body.verdict).toBe('NO-GO');
      const items = res.body.items;
      expect(items.map((i: { status: string }) => i.status)).toEqual([
        'evaluated',
        'evaluated',
        'skipped',
        'skipped',
        'error',
        'error',
      ]);
      expect(items.map((i: { index: number }) => i.index)).toEqual([
        0, 1, 2, 3, 4, 5,
      ]);
      expect(items[1].report.entityRef).toBe('api:default/its-api');
      expect(items[2].reason).toMatch(/A Location points to other files/);
      expect(items[3].reason).toMatch(/Group is not one of them/);
      expect(items[4].error.message).toMatch(/^Malformed YAML: /);
      expect(items[5].error.message).toBe(
        'Malformed YAML: duplicate key "name" at line 29',
      );
    });

    it('refuses more than 50 documents with a clear 400', async () => {
      const res = await postYaml(
        Array.from(
          { length: 51 },
          (_, i) => `kind: C\nmetadata: { name: d${i} }`,
        ).join('\n---\n'),
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'The YAML body holds 51 documents; at most 50 are evaluated per request',
      );
    });

    it('refuses a document of too many keys, too deep, or expanding aliases, with a 400', async () => {
      // 25,000 items in 50 kB.
      const wide = await postYaml(`[${'1,'.repeat(25_000)}1]`);
      expect(wide.status).toBe(400);
      expect(wide.body.error.message).toBe(
        'The document is too large: more than 20000 nodes (at most 20000 accepted)',
      );
      const deep = await postYaml(`${'['.repeat(40)}${']'.repeat(40)}`);
      expect(deep.status).toBe(400);
      expect(deep.body.error.message).toMatch(/more than 32 levels of nesting/);
      const bomb = [
        'a: &a [x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
        'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      ].join('\n');
      const laughs = await postYaml(bomb);
      expect(laughs.status).toBe(400);
      expect(laughs.body.error.message).toMatch(/expands aliases too much/);
      const deepJson = await request(server)
        .post('/api/onboarding/evaluate')
        .set('Authorization', asUser())
        .set('Content-Type', 'application/json')
        .send(
          `{"apiVersion":"v1","kind":"Component","metadata":{"name":"n"},"spec":{"owner":${'['.repeat(
            5000,
          )}${']'.repeat(5000)}}}`,
        );
      expect(deepJson.status).toBe(400);
      expect(deepJson.body.error.message).toMatch(/levels of nesting/);
    });

    it('refuses a YAML body over 64 kB with 413, while JSON may go to 256 kB', async () => {
      const padded = `${yamlOf('big')}\n# ${'x'.repeat(70 * 1024)}`;
      expect((await postYaml(padded)).status).toBe(413);
      const json = await request(server)
        .post('/api/onboarding/evaluate')
        .set('Authorization', asUser())
        .send({
          ...doc,
          metadata: { ...doc.metadata, description: 'x'.repeat(100 * 1024) },
        });
      expect(json.status).toBe(200);
    });

    it('gives a precise 400 for a JSON body that is no entity', async () => {
      const noName = await request(server)
        .post('/api/onboarding/evaluate')
        .set('Authorization', asUser())
        .send({ apiVersion: 'v1', kind: 'Component', metadata: {} });
      expect(noName.status).toBe(400);
      expect(noName.body.error.message).toBe(
        'Invalid entity: metadata.name must be a non-empty string',
      );
    });

    it('refuses an oversized body and keeps serving', async () => {
      const huge = {
        ...doc,
        metadata: { ...doc.metadata, description: 'x'.repeat(300 * 1024) },
      };
      const res = await request(server)
        .post('/api/onboarding/evaluate')
        .set('Authorization', asUser())
        .send(huge);
      expect(res.status).toBe(413);
      const after = await request(server)
        .get('/api/onboarding/journey')
        .set('Authorization', asUser());
      expect(after.status).toBe(200);
    });
  });

  describe('GET /criteria', () => {
    it('lists the criteria in force, with the texts reports leave out', async () => {
      const res = await request(server)
        .get('/api/onboarding/criteria?lang=en')
        .set('Authorization', asUser());
      expect(res.status).toBe(200);
      expect(res.body.criteriaVersion).toMatch(/^[0-9a-f]{16}$/);
      expect(res.body.language).toBe('en');
      const ids = res.body.items.map((c: { id: string }) => c.id);
      expect(ids).toContain('S1-SPONSOR');
      const probes = res.body.items.find(
        (c: { id: string }) => c.id === 'S3-PROBES',
      );
      expect(probes.title).toBe('Health probes are exposed');
      expect(probes.remediation.annotations).toEqual({
        'cloud-pi-native.fr/health-path': '/health',
      });
      // Links the same for every entity are resolved here, on the configured docs site.
      expect(
        res.body.items.find((c: { id: string }) => c.id === 'S3-SONAR')
          .remediation.link,
      ).toBe('https://docs.example.fr/services/sonarqube');
    });

    it('tags the document by criteria version and language, and answers 304 to a caller who holds it', async () => {
      const fr = await request(server)
        .get('/api/onboarding/criteria')
        .set('Authorization', asUser());
      expect(fr.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(fr.headers['cache-control']).toBe('private, no-cache');
      const cached = await request(server)
        .get('/api/onboarding/criteria?lang=fr')
        .set('Authorization', asUser())
        .set('If-None-Match', `"other", W/${fr.headers.etag}`);
      expect(cached.status).toBe(304);
      const en = await request(server)
        .get('/api/onboarding/criteria?lang=en')
        .set('Authorization', asUser())
        .set('If-None-Match', fr.headers.etag);
      expect(en.status).toBe(200);
      expect(en.headers.etag).not.toBe(fr.headers.etag);
    });
  });

  describe('GET /groups/:namespace/:name/summary', () => {
    it('answers 304 to a caller who holds the same summary', async () => {
      const path = '/api/onboarding/groups/default/equipe-usagers/summary';
      const first = await request(server)
        .get(path)
        .set('Authorization', asUser());
      expect(first.status).toBe(200);
      expect(first.headers.etag).toBeTruthy();
      const again = await request(server)
        .get(path)
        .set('Authorization', asUser())
        .set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);
      const stale = await request(server)
        .get(path)
        .set('Authorization', asUser())
        .set('If-None-Match', '"stale"');
      expect(stale.status).toBe(200);
      expect(stale.body.groupRef).toBe('group:default/equipe-usagers');
    });
  });
});
