import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import onboardingPlugin from '..';
import { quietOnboardingConfig } from '../__testUtils__/testConfig';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', namespace: 'default' },
  spec: { owner: 'group:default/team' },
};

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

describe('onboarding.evaluation.refresh permission', () => {
  const path = '/api/onboarding/entities/default/component/svc';

  it('lets re-evaluation through when the policy allows it', async () => {
    const server = await start(AuthorizeResult.ALLOW);
    const res = await request(server)
      .post(`${path}/refresh`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    await server.close();
  });

  it('refuses re-evaluation with 403 when the policy denies it, and still serves the evaluation', async () => {
    const server = await start(AuthorizeResult.DENY);
    const refused = await request(server)
      .post(`${path}/refresh`)
      .set('Authorization', mockCredentials.user.header());
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(
      /onboarding\.evaluation\.refresh/,
    );
    const read = await request(server)
      .get(path)
      .set('Authorization', mockCredentials.user.header());
    expect(read.status).toBe(200);
    await server.close();
  });
});

describe('onboarding.evaluation.refresh as a catalog entity resource permission', () => {
  it('is asked about the very entity, so a policy can allow it per entity (e.g. owners only)', async () => {
    const asked: AuthorizePermissionRequest[] = [];
    // A policy decided per resource: only component:default/svc may be re-evaluated.
    const perEntity = createServiceFactory({
      service: coreServices.permissions,
      deps: {},
      factory: () => ({
        authorize: async (requests: AuthorizePermissionRequest[]) =>
          requests.map(r => {
            asked.push(r);
            return {
              result:
                r.resourceRef === 'component:default/svc'
                  ? AuthorizeResult.ALLOW
                  : AuthorizeResult.DENY,
            };
          }),
        authorizeConditional: async (requests: unknown[]) =>
          requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      }),
    });
    const other = {
      ...entity,
      metadata: { name: 'autre', namespace: 'default' },
    };
    const { server } = await startTestBackend({
      features: [
        onboardingPlugin,
        catalogServiceMock.factory({ entities: [entity, other] }),
        perEntity,
        quietOnboardingConfig(),
      ],
    });
    const allowed = await request(server)
      .post('/api/onboarding/entities/default/component/svc/refresh')
      .set('Authorization', mockCredentials.user.header());
    expect(allowed.status).toBe(200);
    const refused = await request(server)
      .post('/api/onboarding/entities/default/component/autre/refresh')
      .set('Authorization', mockCredentials.user.header());
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('component:default/autre');
    expect(asked).toEqual([
      expect.objectContaining({ resourceRef: 'component:default/svc' }),
      expect.objectContaining({ resourceRef: 'component:default/autre' }),
    ]);
    expect(asked[0].permission).toMatchObject({
      resourceType: 'catalog-entity',
    });
    await server.close();
  });
});
