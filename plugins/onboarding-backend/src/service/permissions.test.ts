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
