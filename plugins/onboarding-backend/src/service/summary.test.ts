import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import onboardingPlugin from '..';
import { ownedComponent, STEP_ONE_EVIDENCE } from '../__testUtils__/entities';
import { catalogReadPermissionsFactory } from '../__testUtils__/permissions';
import { quietOnboardingConfig } from '../__testUtils__/testConfig';

const OUTSIDER = 'user:default/outsider';

const group = (name: string, children: string[], parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children, ...(parent ? { parent } : {}) },
  relations: [
    ...children.map(child => ({
      type: 'parentOf',
      targetRef: `group:default/${child}`,
    })),
    ...(parent
      ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
      : []),
  ],
});

// direction → (usagers → mobile), plateforme.
const entities: Entity[] = [
  group('direction', ['usagers', 'plateforme']),
  group('usagers', ['mobile'], 'direction'),
  group('mobile', [], 'usagers'),
  group('plateforme', [], 'direction'),
  ownedComponent('dir-app', 'direction'),
  ownedComponent('usagers-app', 'usagers', STEP_ONE_EVIDENCE),
  ownedComponent('mobile-app', 'mobile', STEP_ONE_EVIDENCE),
  ownedComponent('mobile-secret', 'mobile'),
  ownedComponent('plateforme-app', 'plateforme'),
];

function startBackend(permissionResult: AuthorizeResult) {
  const catalogFactory = createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => {
      const catalog = catalogServiceMock({ entities });
      // The outsider may not see mobile-secret, nor the mobile sub-group, whatever the call.
      const hidden = (ref: string, options: unknown) =>
        (options as { credentials: { principal: { userEntityRef?: string } } })
          .credentials.principal.userEntityRef === OUTSIDER &&
        (ref.includes('mobile-secret') || ref === 'group:default/mobile');
      const getEntitiesByRefs = catalog.getEntitiesByRefs.bind(catalog);
      catalog.getEntitiesByRefs = async (req, options) => {
        const page = await getEntitiesByRefs(req, options);
        return {
          items: page.items.map((item, i) =>
            hidden(req.entityRefs[i], options) ? undefined : item,
          ),
        };
      };
      return catalog;
    },
  });
  return startTestBackend({
    features: [
      onboardingPlugin,
      catalogFactory,
      catalogReadPermissionsFactory(permissionResult),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      quietOnboardingConfig(),
    ],
  });
}

async function refreshAll(server: Parameters<typeof request>[0]) {
  for (const e of entities.filter(x => x.kind === 'Component')) {
    const res = await request(server)
      .post(
        `/api/onboarding/entities/default/component/${e.metadata.name}/refresh`,
      )
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
  }
}

describe('GET /groups/:namespace/:name/summary', () => {
  it('counts every entity of the group and its sub-groups once, with steps, blockers and trend', async () => {
    const { server } = await startBackend(AuthorizeResult.ALLOW);
    await refreshAll(server);
    const res = await request(server)
      .get('/api/onboarding/groups/default/direction/summary?lang=en&weeks=4')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body.groupRefs.sort()).toEqual([
      'group:default/direction',
      'group:default/mobile',
      'group:default/plateforme',
      'group:default/usagers',
    ]);
    expect(res.body.total).toBe(5);
    expect(
      res.body.entities.map((e: { entityRef: string }) => e.entityRef).sort(),
    ).toEqual([
      'component:default/dir-app',
      'component:default/mobile-app',
      'component:default/mobile-secret',
      'component:default/plateforme-app',
      'component:default/usagers-app',
    ]);
    // The two with step-1 evidence stand at step 2; the others at step 1.
    expect(res.body.counts).toEqual({ 1: 3, 2: 2, 3: 0, 4: 0, 5: 0 });
    expect(res.body.verdicts['NO-GO']).toBe(5);
    expect(res.body.topFailing[0]).toMatchObject({ count: 5 });
    expect(res.body.trend).toHaveLength(4);
    expect(res.body.trend[3].counts).toEqual({ 1: 3, 2: 2, 3: 0, 4: 0, 5: 0 });

    const sub = await request(server)
      .get('/api/onboarding/groups/default/usagers/summary')
      .set('Authorization', mockCredentials.user.header());
    expect(sub.body.total).toBe(3);
    expect(sub.body.counts).toEqual({ 1: 1, 2: 2, 3: 0, 4: 0, 5: 0 });
    await server.close();
  });

  it('counts what holds each entity at its next gate, apart from every unmet criterion, the same when counted row by row', async () => {
    const summaryAs = async (result: AuthorizeResult) => {
      const { server } = await startBackend(result);
      await refreshAll(server);
      const res = await request(server)
        .get('/api/onboarding/groups/default/direction/summary?lang=en')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      await server.close();
      return res.body;
    };
    const body = await summaryAs(AuthorizeResult.ALLOW);
    const counts = (items: Array<{ criterionId: string; count: number }>) =>
      Object.fromEntries(items.map(i => [i.criterionId, i.count]));
    // Three entities stand at step 1 and two at step 2: each is held by its own gate only.
    for (const item of body.nextGateBlockers) {
      expect(item.severity).toBe('blocking');
      expect(item.count).toBeLessThanOrEqual(item.step === 1 ? 3 : 2);
      expect([1, 2]).toContain(item.step);
    }
    expect(body.nextGateBlockers.some((i: any) => i.step === 2)).toBe(true);
    // Every unmet criterion counts all five entities' results, step-2 criteria included.
    const all = counts(body.topFailing);
    const step2 = body.nextGateBlockers.find((i: any) => i.step === 2);
    expect(all[step2.criterionId]).toBe(5);
    expect(step2.count).toBe(2);
    // A caller whose rows are checked one by one (all visible here) gets the same counts.
    const restricted = await summaryAs(AuthorizeResult.CONDITIONAL);
    expect(counts(restricted.nextGateBlockers)).toEqual(
      counts(body.nextGateBlockers),
    );
  });

  it('leaves out entities the caller may not see when catalog reads are conditional', async () => {
    const { server } = await startBackend(AuthorizeResult.CONDITIONAL);
    await refreshAll(server);
    const res = await request(server)
      .get('/api/onboarding/groups/default/mobile/summary')
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(res.status).toBe(200);
    expect(
      res.body.entities.map((e: { entityRef: string }) => e.entityRef),
    ).toEqual(['component:default/mobile-app']);
    await server.close();
  });

  it('names and counts only the sub-groups the catalog shows the caller', async () => {
    const { server } = await startBackend(AuthorizeResult.CONDITIONAL);
    await refreshAll(server);
    const res = await request(server)
      .get('/api/onboarding/groups/default/direction/summary')
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(res.status).toBe(200);
    expect(res.body.groupRefs.sort()).toEqual([
      'group:default/direction',
      'group:default/plateforme',
      'group:default/usagers',
    ]);
    expect(res.body.total).toBe(3);
    expect(JSON.stringify(res.body)).not.toContain('group:default/mobile');
    await server.close();
  });

  it.each([AuthorizeResult.ALLOW, AuthorizeResult.CONDITIONAL])(
    'pages, sorts and searches the entities on the server (%s)',
    async permission => {
      const { server } = await startBackend(permission);
      await refreshAll(server);
      const get = async (query: string) => {
        const res = await request(server)
          .get(`/api/onboarding/groups/default/direction/summary?${query}`)
          .set('Authorization', mockCredentials.user.header());
        expect(res.status).toBe(200);
        return res.body;
      };
      const refs = (body: { entities: Array<{ entityRef: string }> }) =>
        body.entities.map(e => e.entityRef);

      const first = await get('limit=2');
      expect(first.total).toBe(5);
      expect(first.entitiesTotal).toBe(5);
      expect(refs(first)).toEqual([
        'component:default/dir-app',
        'component:default/mobile-app',
      ]);
      expect(refs(await get('limit=2&offset=4'))).toEqual([
        'component:default/usagers-app',
      ]);
      // Step 2 first, then ties by entity ref.
      expect(refs(await get('limit=3&sort=step&order=desc'))).toEqual([
        'component:default/mobile-app',
        'component:default/usagers-app',
        'component:default/dir-app',
      ]);
      const found = await get('q=MOBILE');
      expect(refs(found)).toEqual([
        'component:default/mobile-app',
        'component:default/mobile-secret',
      ]);
      // The search narrows the table, not the counts.
      expect(found.entitiesTotal).toBe(2);
      expect(found.total).toBe(5);
      await server.close();
    },
  );

  it('refuses bad paging parameters with 400', async () => {
    const { server } = await startBackend(AuthorizeResult.ALLOW);
    for (const query of [
      'limit=0',
      'limit=1001',
      'offset=-1',
      'sort=name',
      'order=up',
      `q=${'x'.repeat(201)}`,
    ]) {
      const res = await request(server)
        .get(`/api/onboarding/groups/default/direction/summary?${query}`)
        .set('Authorization', mockCredentials.user.header());
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
    await server.close();
  });

  it('answers 404 for an unknown group, 400 for a bad weeks value and 401 without credentials', async () => {
    const { server } = await startBackend(AuthorizeResult.ALLOW);
    const auth = mockCredentials.user.header();
    expect(
      (
        await request(server)
          .get('/api/onboarding/groups/default/nobody/summary')
          .set('Authorization', auth)
      ).status,
    ).toBe(404);
    expect(
      (
        await request(server)
          .get('/api/onboarding/groups/default/direction/summary?weeks=0')
          .set('Authorization', auth)
      ).status,
    ).toBe(400);
    expect(
      (
        await request(server)
          .get('/api/onboarding/groups/default/direction/summary?weeks=99')
          .set('Authorization', auth)
      ).status,
    ).toBe(400);
    expect(
      (
        await request(server).get(
          '/api/onboarding/groups/default/direction/summary',
        )
      ).status,
    ).toBe(401);
    await server.close();
  });
});
