import {
  mockCredentials,
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
import { ownedComponent } from '../__testUtils__/entities';

jest.setTimeout(60_000);

const svc = ownedComponent('svc');
const path = '/api/onboarding/entities/default/component/svc/reviews';

const go = {
  gate: 1,
  decision: 'GO',
  decidedOn: '2026-12-10',
  reviewers: ['Alice'],
  minutesUrl: 'https://wiki.example.fr/cr/1',
};

/** A policy that allows onboarding.gate.review on `allowed` only, and records what it was asked. */
function perEntityPolicy(
  allowed: string[],
  asked: AuthorizePermissionRequest[],
) {
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => ({
      authorize: async (requests: AuthorizePermissionRequest[]) =>
        requests.map(r => {
          asked.push(r);
          return {
            result: allowed.includes(r.resourceRef ?? '')
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
          };
        }),
      authorizeConditional: async () => [],
    }),
  });
}

async function start(options: {
  allowed?: string[];
  asked?: AuthorizePermissionRequest[];
  config?: Record<string, any>;
}) {
  const { server } = await startTestBackend({
    features: [
      onboardingPlugin,
      catalogServiceMock.factory({ entities: [svc] }),
      perEntityPolicy(options.allowed ?? [], options.asked ?? []),
      quietOnboardingConfig(options.config),
    ],
  });
  return server;
}

const asUser = (req: request.Test) =>
  req.set('Authorization', mockCredentials.user.header());

describe('gate reviews', () => {
  it('records a decision with the caller as recorder, and lists it to readers', async () => {
    const asked: AuthorizePermissionRequest[] = [];
    const server = await start({ allowed: ['component:default/svc'], asked });
    const created = await asUser(
      request(server)
        .post(path)
        .send({ ...go, recordedBy: undefined }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      entityRef: 'component:default/svc',
      gate: 1,
      decision: 'GO',
      recordedBy: mockCredentials.user().principal.userEntityRef,
      reservations: [],
    });
    expect(asked).toEqual([
      expect.objectContaining({
        permission: expect.objectContaining({ name: 'onboarding.gate.review' }),
        resourceRef: 'component:default/svc',
      }),
    ]);

    const corrected = await asUser(
      request(server)
        .post(path)
        .send({ ...go, decision: 'NO_GO', supersedes: created.body.id }),
    );
    expect(corrected.status).toBe(201);

    const listed = await asUser(request(server).get(path));
    expect(listed.status).toBe(200);
    expect(
      listed.body.items.map((r: { decision: string }) => r.decision),
    ).toEqual(['NO_GO', 'GO']);
    await server.close();
  });

  it('refuses with 403 when the policy denies onboarding.gate.review, stores nothing, still lets readers read', async () => {
    const server = await start({ allowed: [] });
    const refused = await asUser(request(server).post(path).send(go));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/onboarding\.gate\.review/);
    const listed = await asUser(request(server).get(path));
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([]);
    await server.close();
  });

  it('answers 400 naming each wrong field, and takes recordedBy never from the body', async () => {
    const server = await start({ allowed: ['component:default/svc'] });
    const bad = await asUser(
      request(server)
        .post(path)
        .send({
          ...go,
          gate: 7,
          minutesUrl: 'http://wiki',
          recordedBy: 'user:default/mallory',
        }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('gate must be 1, 2, 3 or 4');
    expect(bad.body.error.message).toContain('minutesUrl must be an https URL');
    expect(bad.body.error.message).toContain('unexpected fields: recordedBy');

    const unknownSuperseded = await asUser(
      request(server)
        .post(path)
        .send({ ...go, supersedes: 999 }),
    );
    expect(unknownSuperseded.status).toBe(400);
    expect(unknownSuperseded.body.error.message).toMatch(/supersedes 999/);

    const listed = await asUser(request(server).get(path));
    expect(listed.body.items).toEqual([]);
    await server.close();
  });

  it('answers 404 for an entity the catalog does not show', async () => {
    const server = await start({ allowed: ['component:default/ghost'] });
    const res = await asUser(
      request(server).get(
        '/api/onboarding/entities/default/component/ghost/reviews',
      ),
    );
    expect(res.status).toBe(404);
    await server.close();
  });

  it.each([
    [false, 1, undefined],
    [true, 2, [1]],
  ])(
    'goCountsAsEvidence=%s: after a GO on gate 1 the evidenced step is %s',
    async (goCountsAsEvidence, step, passedByDecision) => {
      const server = await start({
        allowed: ['component:default/svc'],
        config: { reviews: { goCountsAsEvidence } },
      });
      expect((await asUser(request(server).post(path).send(go))).status).toBe(
        201,
      );
      const report = await asUser(
        request(server).get('/api/onboarding/entities/default/component/svc'),
      );
      expect(report.status).toBe(200);
      expect(report.body.step).toBe(step);
      expect(report.body.gates[0].verdict).toBe('NO-GO');
      expect(report.body.passedByDecision).toEqual(passedByDecision);
      await server.close();
    },
  );
});
