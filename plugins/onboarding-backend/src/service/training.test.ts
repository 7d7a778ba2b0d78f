import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  trainingResourceId,
  trainingResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import request from 'supertest';
import onboardingPlugin from '..';
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

const user = (name: string, memberOf: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [memberOf] },
  relations: [{ type: 'memberOf', targetRef: `group:default/${memberOf}` }],
});

// direction → equipe; alice and bob in equipe, carol in direction, dan elsewhere.
const entities: Entity[] = [
  group('direction', ['equipe']),
  group('equipe'),
  group('ailleurs'),
  user('alice', 'equipe'),
  user('bob', 'equipe'),
  user('carol', 'direction'),
  user('dan', 'ailleurs'),
];

const as = (name: string) =>
  mockCredentials.user.header(`user:default/${name}`);
const stepOne = trainingResources('technical', 1).map(trainingResourceId);

async function start() {
  const { server } = await startTestBackend({
    features: [
      onboardingPlugin,
      catalogServiceMock.factory({ entities }),
      quietOnboardingConfig(),
    ],
  });
  return server;
}

const teamOf = async (
  server: Awaited<ReturnType<typeof start>>,
  name: string,
) =>
  request(server)
    .get(`/api/onboarding/groups/default/${name}/training`)
    .set('Authorization', as('carol'));

describe('/training', () => {
  it("shares the caller's own path, counts it in their teams, and forgets it when unshared", async () => {
    const server = await start();
    const before = await request(server)
      .get('/api/onboarding/training/shared')
      .set('Authorization', as('alice'));
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ shared: false });

    const shared = await request(server)
      .put('/api/onboarding/training/shared')
      .set('Authorization', as('alice'))
      .send({ perimeter: 'technical', consulted: stepOne });
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({
      shared: true,
      perimeter: 'technical',
      consulted: stepOne,
    });
    // dan shares too, but is no member of the direction's tree.
    await request(server)
      .put('/api/onboarding/training/shared')
      .set('Authorization', as('dan'))
      .send({ perimeter: 'technical', consulted: stepOne });

    const team = await teamOf(server, 'direction');
    expect(team.status).toBe(200);
    expect(team.body).toMatchObject({
      groupRef: 'group:default/direction',
      groupRefs: ['group:default/direction', 'group:default/equipe'],
      members: 3,
      sharing: 1,
    });
    expect(team.body.steps[0].perimeters[0]).toEqual({
      perimeter: 'technical',
      sharing: 1,
      covered: 1,
    });
    expect(team.body.steps[1].perimeters[0].covered).toBe(0);
    expect(JSON.stringify(team.body)).not.toContain('alice');

    const unshared = await request(server)
      .delete('/api/onboarding/training/shared')
      .set('Authorization', as('alice'));
    expect(unshared.status).toBe(204);
    expect((await teamOf(server, 'direction')).body.sharing).toBe(0);
    expect(
      (
        await request(server)
          .get('/api/onboarding/training/shared')
          .set('Authorization', as('alice'))
      ).body,
    ).toEqual({ shared: false });
  });

  it('takes the person from the credentials: a user named in the body is refused, and services may not share', async () => {
    const server = await start();
    const named = await request(server)
      .put('/api/onboarding/training/shared')
      .set('Authorization', as('alice'))
      .send({
        perimeter: 'technical',
        consulted: stepOne,
        userRef: 'user:default/bob',
      });
    expect(named.status).toBe(400);
    const service = await request(server)
      .put('/api/onboarding/training/shared')
      .set('Authorization', mockCredentials.service.header())
      .send({ perimeter: 'technical', consulted: stepOne });
    expect(service.status).toBe(403);
    const anonymous = await request(server)
      .put('/api/onboarding/training/shared')
      .send({ perimeter: 'technical', consulted: stepOne });
    // The OpenAPI validator refuses a write without credentials before authentication.
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.error.message).toBe('Authorization header required');
    expect((await teamOf(server, 'equipe')).body.sharing).toBe(0);
  });

  it('refuses bad input with a specific message and keeps what was shared', async () => {
    const server = await start();
    const put = (body: object) =>
      request(server)
        .put('/api/onboarding/training/shared')
        .set('Authorization', as('bob'))
        .send(body);
    expect((await put({ perimeter: 'technical', consulted: [] })).status).toBe(
      200,
    );
    const badPerimeter = await put({ perimeter: 'everyone', consulted: [] });
    expect(badPerimeter.status).toBe(400);
    expect(badPerimeter.body.error.message).toMatch(/perimeter/);
    const unknown = await put({
      perimeter: 'governance',
      consulted: ['1:https://nowhere.example'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      'Unknown resource ids in consulted: 1:https://nowhere.example',
    );
    const state = await request(server)
      .get('/api/onboarding/training/shared')
      .set('Authorization', as('bob'));
    expect(state.body).toMatchObject({ shared: true, perimeter: 'technical' });
  });

  it('answers 404 for a group that is not in the catalog', async () => {
    const server = await start();
    expect((await teamOf(server, 'inconnue')).status).toBe(404);
  });
});
