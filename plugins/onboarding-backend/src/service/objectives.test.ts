import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import onboardingPlugin from '..';
import { ownedComponent, STEP_ONE_EVIDENCE } from '../__testUtils__/entities';
import { quietOnboardingConfig } from '../__testUtils__/testConfig';

const group = (name: string, children: string[] = []): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children },
  relations: children.map(child => ({
    type: 'parentOf',
    targetRef: `group:default/${child}`,
  })),
});

// direction → equipe; two of three entities have the step-1 evidence (step 2).
const entities: Entity[] = [
  group('direction', ['equipe']),
  group('equipe'),
  ownedComponent('app-a', 'direction', STEP_ONE_EVIDENCE),
  ownedComponent('app-b', 'equipe', STEP_ONE_EVIDENCE),
  ownedComponent('app-c', 'equipe'),
];

const CONFIGURED = {
  id: 'declared',
  title: 'Déclaré',
  groupRef: 'group:default/equipe',
  target: { step: 2 },
  dueDate: '2020-01-31',
};

/** A policy allowing everything but onboarding.objective.manage, unless `manage`. */
const policy = (manage: boolean) =>
  createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () =>
      ({
        authorize: async (requests: AuthorizePermissionRequest[]) =>
          requests.map(r => ({
            result:
              r.permission.name !== 'onboarding.objective.manage' || manage
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
          })),
        authorizeConditional: async (requests: unknown[]) =>
          requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      } as any),
  });

async function start(manage = true) {
  const { server } = await startTestBackend({
    features: [
      onboardingPlugin,
      catalogServiceMock.factory({ entities }),
      policy(manage),
      quietOnboardingConfig({ objectives: [CONFIGURED] }),
    ],
  });
  for (const name of ['app-a', 'app-b', 'app-c']) {
    const res = await request(server)
      .post(`/api/onboarding/entities/default/component/${name}/refresh`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
  }
  return server;
}

const user = mockCredentials.user.header();
const body = {
  title: 'Tout le monde en étape 2',
  groupRef: 'group:default/direction',
  target: { step: 2 },
  dueDate: '2099-12-31',
};

describe('/objectives', () => {
  it('creates an objective and reports its progress over the group and its sub-groups', async () => {
    const server = await start();
    const created = await request(server)
      .post('/api/onboarding/objectives')
      .set('Authorization', user)
      .send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...body,
      origin: 'stored',
      createdBy: 'user:default/mock',
    });

    const list = await request(server)
      .get('/api/onboarding/objectives')
      .set('Authorization', user);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([
      'declared',
      created.body.id,
    ]);

    const progress = await request(server)
      .get(`/api/onboarding/objectives/${created.body.id}`)
      .set('Authorization', user);
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({
      groupRefs: ['group:default/direction', 'group:default/equipe'],
      total: 3,
      meeting: 2,
      notMeeting: [{ entityRef: 'component:default/app-c', step: 1 }],
      overdue: false,
    });
    expect(progress.body.trend).toHaveLength(12);
    expect(progress.body.trend[11]).toMatchObject({ total: 3, meeting: 2 });
    // Only this week has results: no trend to project yet.
    expect(progress.body.projection).toEqual({ kind: 'insufficient-data' });
    await server.close();
  });

  it('lists the target criteria each entity misses, and marks an objective past due', async () => {
    const server = await start();
    const created = await request(server)
      .post('/api/onboarding/objectives')
      .set('Authorization', user)
      .send({ ...body, target: { criteria: ['S1-SPONSOR', 'S1-FUNDING'] } });
    const progress = await request(server)
      .get(`/api/onboarding/objectives/${created.body.id}`)
      .set('Authorization', user);
    expect(progress.body.notMeeting).toEqual([
      {
        entityRef: 'component:default/app-c',
        step: 1,
        unmetCriteria: ['S1-SPONSOR', 'S1-FUNDING'],
      },
    ]);
    const declared = await request(server)
      .get('/api/onboarding/objectives/declared')
      .set('Authorization', user);
    expect(declared.body).toMatchObject({
      total: 2,
      meeting: 1,
      overdue: true,
    });
    await server.close();
  });

  it('changes and deletes stored objectives, never the declared ones', async () => {
    const server = await start();
    const { body: created } = await request(server)
      .post('/api/onboarding/objectives')
      .set('Authorization', user)
      .send(body);
    const updated = await request(server)
      .put(`/api/onboarding/objectives/${created.id}`)
      .set('Authorization', user)
      .send({ ...body, title: 'Étape 3', target: { step: 3 } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      title: 'Étape 3',
      target: { step: 3 },
    });

    for (const call of [
      request(server).put('/api/onboarding/objectives/declared').send(body),
      request(server).delete('/api/onboarding/objectives/declared'),
    ]) {
      const refused = await call.set('Authorization', user);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/app-config\.yaml/);
    }
    const deleted = await request(server)
      .delete(`/api/onboarding/objectives/${created.id}`)
      .set('Authorization', user);
    expect(deleted.status).toBe(204);
    const gone = await request(server)
      .get(`/api/onboarding/objectives/${created.id}`)
      .set('Authorization', user);
    expect(gone.status).toBe(404);
    await server.close();
  });

  it('answers 400 with the field at fault, and saves nothing', async () => {
    const server = await start();
    const unknownCriterion = await request(server)
      .post('/api/onboarding/objectives')
      .set('Authorization', user)
      .send({ ...body, target: { criteria: ['S9-NOPE'] } });
    expect(unknownCriterion.status).toBe(400);
    expect(unknownCriterion.body.error.message).toContain(
      'target.criteria: unknown criteria S9-NOPE',
    );
    const unknownGroup = await request(server)
      .post('/api/onboarding/objectives')
      .set('Authorization', user)
      .send({ ...body, groupRef: 'group:default/nowhere' });
    expect(unknownGroup.status).toBe(400);
    expect(unknownGroup.body.error.message).toContain(
      'no group group:default/nowhere',
    );
    const badDate = await request(server)
      .post('/api/onboarding/objectives')
      .set('Authorization', user)
      .send({ ...body, dueDate: '2027-02-30' });
    expect(badDate.status).toBe(400);
    const list = await request(server)
      .get('/api/onboarding/objectives')
      .set('Authorization', user);
    expect(list.body.items).toHaveLength(1);
    await server.close();
  });

  it('refuses changes without onboarding.objective.manage, and still serves progress', async () => {
    const server = await start(false);
    const refused = await request(server)
      .post('/api/onboarding/objectives')
      .set('Authorization', user)
      .send(body);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/onboarding\.objective\.manage/);
    const read = await request(server)
      .get('/api/onboarding/objectives/declared')
      .set('Authorization', user);
    expect(read.status).toBe(200);
    await server.close();
  });
});

describe('onboarding.objectives in app-config.yaml', () => {
  it('stops the backend with the path of a bad entry', async () => {
    await expect(
      startTestBackend({
        features: [
          onboardingPlugin,
          catalogServiceMock.factory({ entities }),
          mockServices.permissions.factory(),
          quietOnboardingConfig({
            objectives: [{ ...CONFIGURED, target: { step: 9 } }],
          }),
        ],
      }),
    ).rejects.toThrow(/onboarding\.objectives\[0\]\.target\.step/);
  });
});
