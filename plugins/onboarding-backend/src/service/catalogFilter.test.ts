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
import { CatalogFilter, groupByStepAndVerdict } from './CatalogFilter';
import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseEvaluationStore } from '../database';

const OUTSIDER = 'user:default/outsider';
const PATH = '/api/onboarding/catalog-filter';

const entities: Entity[] = [
  ownedComponent('alpha'),
  ownedComponent('bravo', 'team', STEP_ONE_EVIDENCE),
  ownedComponent('charlie'),
  ownedComponent('secret', 'team', STEP_ONE_EVIDENCE),
  ownedComponent('delta', 'team', STEP_ONE_EVIDENCE),
];

async function startBackend(permissionResult: AuthorizeResult) {
  const catalogCalls: string[][] = [];
  const catalogFactory = createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => {
      const catalog = catalogServiceMock({ entities });
      // The catalog hides component:default/secret from the outsider, as a policy would.
      const getEntitiesByRefs = catalog.getEntitiesByRefs.bind(catalog);
      catalog.getEntitiesByRefs = async (req, options) => {
        const page = await getEntitiesByRefs(req, options);
        const outsider =
          (
            options as {
              credentials: { principal: { userEntityRef?: string } };
            }
          ).credentials.principal.userEntityRef === OUTSIDER;
        if (outsider) catalogCalls.push(req.entityRefs);
        return {
          items: page.items.map((item, i) =>
            outsider && req.entityRefs[i].includes('secret') ? undefined : item,
          ),
        };
      };
      return catalog;
    },
  });
  const { server } = await startTestBackend({
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
  for (const e of entities) {
    const res = await request(server)
      .post(
        `/api/onboarding/entities/default/component/${e.metadata.name}/refresh`,
      )
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
  }
  return { server, catalogCalls };
}

describe('GET /catalog-filter', () => {
  it('groups every evaluated entity by step and verdict, and filters by step and verdict', async () => {
    const { server } = await startBackend(AuthorizeResult.ALLOW);
    const get = (query: string) =>
      request(server)
        .get(`${PATH}${query}`)
        .set('Authorization', mockCredentials.user.header());

    const all = await get('');
    expect(all.status).toBe(200);
    expect(all.body).toEqual({
      groups: [
        {
          step: 1,
          verdict: 'NO-GO',
          entityRefs: ['component:default/alpha', 'component:default/charlie'],
        },
        {
          step: 2,
          verdict: 'NO-GO',
          entityRefs: [
            'component:default/bravo',
            'component:default/delta',
            'component:default/secret',
          ],
        },
      ],
      total: 5,
      truncated: false,
    });
    const stepTwo = await get('?step=2&verdict=NO-GO');
    expect(stepTwo.body.groups).toEqual([all.body.groups[1]]);
    expect(stepTwo.body.total).toBe(3);
    expect((await get('?step=1,3')).body.groups).toEqual([all.body.groups[0]]);
    // Commas encoded or not.
    expect((await get('?step=1%2C3')).body.groups).toEqual([
      all.body.groups[0],
    ]);
    expect((await get('?verdict=GO')).body).toEqual({
      groups: [],
      total: 0,
      truncated: false,
    });
    // Unchanged results: the browser's copy is still good.
    const again = await get('').set('If-None-Match', all.headers.etag);
    expect(again.status).toBe(304);
    await server.close();
  });

  it('lists only the entities the catalog shows the caller, asking it in one batch, not once per entity', async () => {
    const { server, catalogCalls } = await startBackend(
      AuthorizeResult.CONDITIONAL,
    );
    const res = await request(server)
      .get(`${PATH}?step=2`)
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(res.status).toBe(200);
    expect(res.body.groups).toEqual([
      {
        step: 2,
        verdict: 'NO-GO',
        entityRefs: ['component:default/bravo', 'component:default/delta'],
      },
    ]);
    expect(res.body.total).toBe(2);
    expect(JSON.stringify(res.body)).not.toContain('secret');
    expect(catalogCalls).toEqual([
      [
        'component:default/bravo',
        'component:default/delta',
        'component:default/secret',
      ],
    ]);
    await server.close();
  });

  it('lists nothing to a caller who may read nothing in the catalog', async () => {
    const { server, catalogCalls } = await startBackend(AuthorizeResult.DENY);
    const res = await request(server)
      .get(PATH)
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ groups: [], total: 0, truncated: false });
    expect(catalogCalls).toEqual([]);
    await server.close();
  });

  it('refuses malformed steps and verdicts with a 400 naming the parameter, and anonymous callers with a 401', async () => {
    const { server } = await startBackend(AuthorizeResult.ALLOW);
    for (const query of [
      'step=6',
      'step=0',
      'step=3,',
      'step=three',
      'verdict=MAYBE',
      'verdict=go,',
      'step=1,2,3,4,5,1',
    ]) {
      const res = await request(server)
        .get(`${PATH}?${query}`)
        .set('Authorization', mockCredentials.user.header());
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.message).toContain(query.split('=')[0]);
    }
    const anonymous = await request(server).get(PATH);
    expect(anonymous.status).toBe(401);
    await server.close();
  });
});

describe('groupByStepAndVerdict', () => {
  it('orders groups by step then verdict and keeps each group in ref order', () => {
    expect(
      groupByStepAndVerdict([
        { entityRef: 'a', step: 3, verdict: 'NO-GO' },
        { entityRef: 'b', step: 1, verdict: 'NO-GO' },
        { entityRef: 'c', step: 3, verdict: 'GO' },
        { entityRef: 'd', step: 3, verdict: 'NO-GO' },
      ]),
    ).toEqual([
      { step: 1, verdict: 'NO-GO', entityRefs: ['b'] },
      { step: 3, verdict: 'GO', entityRefs: ['c'] },
      { step: 3, verdict: 'NO-GO', entityRefs: ['a', 'd'] },
    ]);
  });
});

describe('CatalogFilter', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('counts step 5, past every gate, as GO, as the entity card does', async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseEvaluationStore.create({
      database: mockServices.database({ knex }),
    });
    const save = (name: string, step: 1 | 5) =>
      store.saveEvaluation({
        entityRef: `component:default/${name}`,
        kind: 'Component',
        evaluation: {
          step,
          ...(step < 5
            ? { nextGate: { step, verdict: 'NO-GO', blockers: ['X'] } }
            : {}),
          gates: [],
          results: [],
        },
        criteriaVersion: 'v1',
        evaluatedAt: new Date('2026-11-25T00:00:00Z'),
      });
    await save('done', 5);
    await save('started', 1);
    const filter = new CatalogFilter({
      catalog: catalogServiceMock({ entities: [] }),
      permissions: mockServices.permissions(),
      store,
    });
    const credentials = mockCredentials.user();
    expect(
      await filter.getCatalogFilter({ verdicts: ['GO'] }, credentials),
    ).toEqual({
      groups: [
        { step: 5, verdict: 'NONE', entityRefs: ['component:default/done'] },
      ],
      total: 1,
      truncated: false,
    });
    expect(
      (await filter.getCatalogFilter({ verdicts: ['NO-GO'] }, credentials))
        .total,
    ).toBe(1);
    // A bound smaller than what matches: the first by ref, and said so.
    const bounded = new CatalogFilter({
      catalog: catalogServiceMock({ entities: [] }),
      permissions: mockServices.permissions(),
      store,
      maxRefs: 1,
    });
    expect(await bounded.getCatalogFilter({}, credentials)).toEqual({
      groups: [
        { step: 5, verdict: 'NONE', entityRefs: ['component:default/done'] },
      ],
      total: 1,
      truncated: true,
    });
    await knex.destroy();
  });
});
