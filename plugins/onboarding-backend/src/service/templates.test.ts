import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import YAML from 'yaml';
import onboardingPlugin from '..';
import { ownedComponent, STEP_ONE_EVIDENCE } from '../__testUtils__/entities';
import { quietOnboardingConfig } from '../__testUtils__/testConfig';

const EXAMPLES = resolve(__dirname, '../../../../examples');

/** An example template as the catalog holds it: with the location it was read from. */
function template(name: string): Entity {
  const file = resolve(EXAMPLES, 'templates', name, 'template.yaml');
  const entity = YAML.parse(readFileSync(file, 'utf8')) as Entity;
  entity.metadata.namespace = 'default';
  entity.metadata.annotations = {
    ...entity.metadata.annotations,
    'backstage.io/managed-by-location': `file:${file}`,
  };
  return entity;
}

/** A component created from an example template (the scaffolder sets backstage.io/source-template). */
const created = (
  name: string,
  source: string,
  annotations: Record<string, string> = {},
) =>
  ownedComponent(name, 'team', {
    'backstage.io/source-template': `template:default/${source}`,
    ...annotations,
  });

/** A template that creates nothing, yet well described: no parameters, no steps. */
const emptyTemplate: Entity = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: {
    name: 'vide',
    namespace: 'default',
    title: 'AAA Empty template',
    description: 'A template that is described at length but does nothing.',
    tags: ['empty'],
  },
  spec: {
    owner: 'group:default/team',
    lifecycle: 'production',
    type: 'service',
    steps: [],
  },
};

describe('template scoring', () => {
  const entities = [
    template('service-cloud-pi-native'),
    template('api-basique'),
    template('script-rapide'),
    emptyTemplate,
    created('made-1', 'service-cloud-pi-native', STEP_ONE_EVIDENCE),
    created('made-2', 'service-cloud-pi-native'),
    created('made-3', 'api-basique'),
    created('never-evaluated', 'script-rapide'),
  ];
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const auth = mockCredentials.user.header();

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        onboardingPlugin,
        catalogServiceMock.factory({ entities }),
        quietOnboardingConfig(),
      ],
    }));
    for (const name of ['made-1', 'made-2', 'made-3']) {
      await request(server)
        .post(`/api/onboarding/entities/default/component/${name}/refresh`)
        .set('Authorization', auth);
    }
  });

  afterAll(async () => server.close());

  it('ranks the three example templates: complete, basic, quick script', async () => {
    const res = await request(server)
      .get('/api/onboarding/templates?lang=en')
      .set('Authorization', auth);
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((i: { entityRef: string }) => i.entityRef),
    ).toEqual([
      'template:default/service-cloud-pi-native',
      'template:default/api-basique',
      'template:default/script-rapide',
      'template:default/vide',
    ]);
    expect(
      res.body.items.map(
        (i: { score: { startStep: number } }) => i.score.startStep,
      ),
    ).toEqual([4, 2, 1, 1]);
    const [complete, basic, quick, empty] = res.body.items;
    expect(complete.score).toMatchObject({ met: 15, applicable: 15, share: 1 });
    expect(basic.score.share).toBeGreaterThan(quick.score.share);
    expect(quick.score.share).toBeGreaterThan(empty.score.share);
  });

  it('scores 0 a template that creates nothing, though its empty form is "documented"', async () => {
    const res = await request(server)
      .get('/api/onboarding/templates?lang=en')
      .set('Authorization', auth);
    const empty = res.body.items.find(
      (i: { entityRef: string }) => i.entityRef === 'template:default/vide',
    );
    expect(empty.score).toMatchObject({ startStep: 1, met: 0, share: 0 });
    const detail = await request(server)
      .get('/api/onboarding/templates/default/vide?lang=en')
      .set('Authorization', auth);
    const state = (id: string) =>
      detail.body.report.results.find((r: { id: string }) => r.id === id)
        ?.state;
    expect(state('T1-CREATES')).toBe('fail');
    expect(detail.body.report.nextGate.blockers).toContain('T1-CREATES');
  });

  it('lists scores only, a couple of kilobytes at most per template', async () => {
    const res = await request(server)
      .get('/api/onboarding/templates?lang=en')
      .set('Authorization', auth);
    expect(res.body.items).toHaveLength(4);
    for (const item of res.body.items) {
      expect(Object.keys(item).sort()).toEqual(
        expect.arrayContaining(['entityRef', 'outcomes', 'score', 'title']),
      );
      expect(item).not.toHaveProperty('report');
      expect(Buffer.byteLength(JSON.stringify(item))).toBeLessThanOrEqual(
        2 * 1024,
      );
    }
  });

  it('details one template: its score, outcomes and report', async () => {
    const list = await request(server)
      .get('/api/onboarding/templates?lang=en')
      .set('Authorization', auth);
    const res = await request(server)
      .get('/api/onboarding/templates/default/service-cloud-pi-native?lang=en')
      .set('Authorization', auth);
    expect(res.status).toBe(200);
    const { report, ...summary } = res.body;
    expect(summary).toEqual(
      list.body.items.find(
        (i: { entityRef: string }) =>
          i.entityRef === 'template:default/service-cloud-pi-native',
      ),
    );
    expect(report.entityRef).toBe('template:default/service-cloud-pi-native');
    // Entity criteria are meant for other kinds: left out and counted.
    expect(report.omitted.notApplicableToKind).toBeGreaterThan(0);
    expect(
      report.results.every((r: { id: string }) => r.id.startsWith('T')),
    ).toBe(true);
    const again = await request(server)
      .get('/api/onboarding/templates/default/service-cloud-pi-native?lang=en')
      .set('Authorization', auth)
      .set('If-None-Match', res.headers.etag);
    expect(again.status).toBe(304);
  });

  it('answers 404 for a template that is not in the catalog', async () => {
    const res = await request(server)
      .get('/api/onboarding/templates/default/made-1')
      .set('Authorization', auth);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'No template template:default/made-1 in the catalog',
    );
  });

  it('explains each template criterion from the skeleton it generates', async () => {
    const detail = async (name: string) =>
      (
        await request(server)
          .get(`/api/onboarding/templates/default/${name}?lang=en`)
          .set('Authorization', auth)
      ).body;
    const basic = await detail('api-basique');
    const state = (id: string) =>
      basic.report.results.find((r: { id: string }) => r.id === id)?.state;
    expect(state('T1-REGISTER')).toBe('pass');
    expect(state('T2-GITLAB')).toBe('pass');
    expect(state('T2-LIFECYCLE')).toBe('fail');
    expect(state('T3-CONSOLE')).toBe('fail');
    expect(state('T3-PIPELINE')).toBe('fail');
    expect(state('T3-ROOTLESS-IMAGE')).toBe('fail');
    // Entity criteria do not apply to templates: not in the report.
    expect(state('S1-SPONSOR')).toBeUndefined();
    const quick = await detail('script-rapide');
    const register = quick.report.results.find(
      (r: { id: string }) => r.id === 'T1-REGISTER',
    );
    expect(register.state).toBe('fail');
    expect(register.message).toMatch(/fetch:plain, publish:github/);
  });

  it('counts how far the projects created from each template got', async () => {
    const res = await request(server)
      .get('/api/onboarding/templates')
      .set('Authorization', auth);
    const outcomes = Object.fromEntries(
      res.body.items.map((i: { entityRef: string; outcomes: unknown }) => [
        i.entityRef,
        i.outcomes,
      ]),
    );
    expect(outcomes['template:default/service-cloud-pi-native']).toEqual({
      total: 2,
      counts: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 0 },
      notEvaluated: 0,
    });
    expect(outcomes['template:default/api-basique'].counts[1]).toBe(1);
    expect(outcomes['template:default/script-rapide']).toEqual({
      total: 1,
      counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      notEvaluated: 1,
    });
  });

  it('serves a template on its own entity route, with the template criteria', async () => {
    const res = await request(server)
      .get(
        '/api/onboarding/entities/default/template/service-cloud-pi-native?lang=en',
      )
      .set('Authorization', auth);
    expect(res.status).toBe(200);
    const result = (id: string) =>
      res.body.results.find((r: { id: string }) => r.id === id);
    expect(result('T3-PIPELINE').state).toBe('pass');
    // The skeleton's Dockerfile ends on `USER node`: the evidence shows it.
    expect(result('T3-ROOTLESS-IMAGE').state).toBe('pass');
    expect(JSON.stringify(result('T3-ROOTLESS-IMAGE').evidence)).toContain(
      'node',
    );
  });

  it('reads nothing on the server for a submitted template: its skeleton facts are unknown, saying why', async () => {
    const submitted = template('service-cloud-pi-native');
    const res = await request(server)
      .post('/api/onboarding/evaluate?lang=en')
      .set('Authorization', auth)
      .send(submitted);
    expect(res.status).toBe(200);
    const [item] = res.body.items;
    const result = (id: string) =>
      item.report.results.find((r: { id: string }) => r.id === id);
    // Decided from the document itself.
    expect(result('T1-REGISTER').state).toBe('pass');
    expect(result('T2-GITLAB').state).toBe('pass');
    // The skeleton next to the file the document names is not read.
    expect(result('T3-CONSOLE').state).toBe('unknown');
    for (const id of ['T3-PIPELINE', 'T3-ROOTLESS-IMAGE']) {
      expect(result(id).state).toBe('unknown');
      expect(result(id).message).toMatch(
        /unavailable: not read for a submitted document/,
      );
    }
    // Nothing of the skeleton files comes back.
    expect(
      item.report.results.flatMap((r: { evidence: { fact: string }[] }) =>
        r.evidence.map(e => e.fact),
      ),
    ).not.toContainEqual(expect.stringMatching(/^fact:skeleton/));
    expect(item.report.factSources).toEqual([
      {
        source: 'template-skeleton',
        unavailable: {
          skeleton: expect.stringMatching(/^not read for a submitted document/),
        },
      },
    ]);
    const fr = await request(server)
      .post('/api/onboarding/evaluate')
      .set('Authorization', auth)
      .send(submitted);
    expect(
      fr.body.items[0].report.results.find(
        (r: { id: string }) => r.id === 'T3-CONSOLE',
      ).message,
    ).toMatch(/indisponible : non lu pour un document soumis/);
  });

  it('says when the skeleton was read, beside the report of a catalog template', async () => {
    const res = await request(server)
      .get('/api/onboarding/entities/default/template/api-basique')
      .set('Authorization', auth);
    expect(res.body.factSources).toEqual([
      { source: 'template-skeleton', gatheredAt: expect.any(String) },
    ]);
  });
});
