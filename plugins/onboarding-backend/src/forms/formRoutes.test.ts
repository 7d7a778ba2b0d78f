import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import onboardingPlugin from '..';
import { quietOnboardingConfig } from '../__testUtils__/testConfig';

jest.setTimeout(60_000);

// Declares nothing for step 1 but its owner: S1-SPONSOR, S1-FUNDING… fail on annotations.
const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', namespace: 'default' },
  spec: {
    owner: 'group:default/team',
    type: 'service',
    lifecycle: 'production',
  },
};
const path = '/api/onboarding/entities/default/component/svc';
const user = mockCredentials.user('user:default/jeanne');

async function start(result: AuthorizeResult.ALLOW | AuthorizeResult.DENY) {
  const { server } = await startTestBackend({
    features: [
      onboardingPlugin,
      catalogServiceMock.factory({ entities: [entity] }),
      mockServices.permissions.factory({ result }),
      quietOnboardingConfig(),
    ],
  });
  return server;
}

const ANSWERS = {
  'request-type': 'new-project',
  funding: 'programme',
  sponsor: 'user:default/directrice',
  need: 'Moderniser le portail',
};

const stateOf = (report: any, id: string) =>
  report.results.find((r: any) => r.id === id)?.state;

describe('form routes', () => {
  it('saves drafts and submissions as versions; a submission makes the step-1 criteria pass', async () => {
    const server = await start(AuthorizeResult.ALLOW);
    const auth = mockCredentials.user.header('user:default/jeanne');

    const before = await request(server).get(path).set('Authorization', auth);
    expect(stateOf(before.body, 'S1-SPONSOR')).toBe('fail');
    expect(stateOf(before.body, 'S1-PREQUAL')).toBe('fail');
    expect(
      (
        await request(server)
          .get(`${path}/forms/prequalification`)
          .set('Authorization', auth)
      ).body,
    ).toEqual({ latest: null });

    const draft = await request(server)
      .post(`${path}/forms/prequalification`)
      .set('Authorization', auth)
      .send({ status: 'draft', answers: ANSWERS });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      version: 1,
      status: 'draft',
      author: user.principal.userEntityRef,
    });
    // A draft is no evidence.
    const afterDraft = await request(server)
      .get(path)
      .set('Authorization', auth);
    expect(stateOf(afterDraft.body, 'S1-SPONSOR')).toBe('fail');

    const submitted = await request(server)
      .post(`${path}/forms/prequalification`)
      .set('Authorization', auth)
      .send({ status: 'submitted', answers: ANSWERS });
    expect(submitted.body).toMatchObject({ version: 2, status: 'submitted' });

    const after = await request(server).get(path).set('Authorization', auth);
    for (const id of ['S1-SPONSOR', 'S1-FUNDING', 'S1-REQTYPE', 'S1-PREQUAL']) {
      expect([id, stateOf(after.body, id)]).toEqual([id, 'pass']);
    }
    const sponsor = after.body.results.find((r: any) => r.id === 'S1-SPONSOR');
    expect(sponsor.evidence).toContainEqual({
      fact: 'fact:form/prequalification/sponsor',
      value: 'user:default/directrice',
    });

    const latest = await request(server)
      .get(`${path}/forms/prequalification`)
      .set('Authorization', auth);
    expect(latest.body.latest).toMatchObject({ version: 2, answers: ANSWERS });
    const first = await request(server)
      .get(`${path}/forms/prequalification?version=1`)
      .set('Authorization', auth);
    expect(first.body.latest).toMatchObject({ version: 1, status: 'draft' });
    const versions = await request(server)
      .get(`${path}/forms/prequalification/versions`)
      .set('Authorization', auth);
    expect(versions.body.items.map((v: any) => [v.version, v.status])).toEqual([
      [2, 'submitted'],
      [1, 'draft'],
    ]);

    const markdown = await request(server)
      .get(`${path}/forms/prequalification/markdown?lang=en`)
      .set('Authorization', auth);
    expect(markdown.status).toBe(200);
    expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
    expect(markdown.headers['content-disposition']).toContain(
      'svc-prequalification.md',
    );
    expect(markdown.text).toContain('# Prequalification (quick diagnosis)');
    expect(markdown.text).toContain(
      '**Funding framework**\n\nProgramme (FTAP…)',
    );
    await server.close();
  });

  it('refuses to save with 403 without onboarding.form.answer, and stores nothing', async () => {
    const server = await start(AuthorizeResult.DENY);
    const auth = mockCredentials.user.header();
    const refused = await request(server)
      .post(`${path}/forms/prequalification`)
      .set('Authorization', auth)
      .send({ status: 'submitted', answers: ANSWERS });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/onboarding\.form\.answer/);
    const read = await request(server)
      .get(`${path}/forms/prequalification`)
      .set('Authorization', auth);
    expect(read.body).toEqual({ latest: null });
    await server.close();
  });

  it('answers 400 on bad input, naming what is wrong, and stores nothing', async () => {
    const server = await start(AuthorizeResult.ALLOW);
    const auth = mockCredentials.user.header();
    const badAnswer = await request(server)
      .post(`${path}/forms/prequalification`)
      .set('Authorization', auth)
      .send({
        status: 'submitted',
        answers: { funding: 'lottery', colour: 'blue' },
      });
    expect(badAnswer.status).toBe(400);
    expect(badAnswer.body.error.message).toContain(
      "answer 'funding' must be one of project, programme, budget, experimentation",
    );
    expect(badAnswer.body.error.message).toContain(
      "'colour' is not a question",
    );
    const badStatus = await request(server)
      .post(`${path}/forms/prequalification`)
      .set('Authorization', auth)
      .send({ status: 'final', answers: {} });
    expect(badStatus.status).toBe(400);
    const badForm = await request(server)
      .get(`${path}/forms/tax-return`)
      .set('Authorization', auth);
    expect(badForm.status).toBe(400);
    const noVersion = await request(server)
      .get(`${path}/forms/prequalification/markdown`)
      .set('Authorization', auth);
    expect(noVersion.status).toBe(404);
    expect(
      (
        await request(server)
          .get(`${path}/forms/prequalification/versions`)
          .set('Authorization', auth)
      ).body,
    ).toEqual({ items: [] });
    await server.close();
  });

  it('lets services read but not answer: a version needs a person as its author', async () => {
    const server = await start(AuthorizeResult.ALLOW);
    const res = await request(server)
      .post(`${path}/forms/prequalification`)
      .set('Authorization', mockCredentials.service.header())
      .send({ status: 'draft', answers: {} });
    expect(res.status).toBe(403);
    const read = await request(server)
      .get(`${path}/forms/prequalification`)
      .set('Authorization', mockCredentials.service.header());
    expect(read.status).toBe(200);
    await server.close();
  });

  it('leaves submitted documents to their declarations: the form facts make nothing unknown', async () => {
    const server = await start(AuthorizeResult.ALLOW);
    const declared = {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          'cloud-pi-native.fr/sponsor': 'user:default/directrice',
        },
      },
    };
    const res = await request(server)
      .post('/api/onboarding/evaluate')
      .set('Authorization', mockCredentials.user.header())
      .send(declared);
    expect(res.status).toBe(200);
    const report = res.body.items[0].report;
    expect(stateOf(report, 'S1-SPONSOR')).toBe('pass');
    expect(stateOf(report, 'S1-FUNDING')).toBe('fail');
    await server.close();
  });
});
