import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_CRITERIA,
  EntityEvaluation,
  evaluateEntity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { Knex } from 'knex';
import { DatabaseEvaluationStore, toDate } from './DatabaseEvaluationStore';

jest.setTimeout(60_000);

/**
 * SQLite always; a PostgreSQL version only when its connection string is set.
 * TestDatabases alone would start a Docker container for it when CI is set.
 */
const databases = TestDatabases.create({ ids: testDatabaseIds() });

const SPONSOR = 'cloud-pi-native.fr/sponsor';
const REQUEST_TYPE = 'cloud-pi-native.fr/request-type';
const FUNDING = 'cloud-pi-native.fr/funding';
const ONBOARDING_STEP = 'cloud-pi-native.fr/onboarding-step';

function entityOf(
  kind: string,
  name: string,
  annotations: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', annotations },
    spec: {
      type: 'service',
      lifecycle: 'experimental',
      owner: 'group:default/equipe-portail',
    },
  };
}

function evaluationOf(
  annotations: Record<string, string>,
  kind = 'Component',
): EntityEvaluation {
  return evaluateEntity(
    entityOf(kind, 'portail', annotations),
    DEFAULT_CRITERIA,
    {
      now: new Date('2026-11-25T00:00:00Z'),
    },
  );
}

const sponsored = evaluationOf({
  [SPONSOR]: 'user:default/camille.martin',
  [ONBOARDING_STEP]: '2',
});
const qualified = evaluationOf({
  [SPONSOR]: 'user:default/camille.martin',
  [REQUEST_TYPE]: 'new-project',
  [ONBOARDING_STEP]: '2',
});
const funded = evaluationOf({
  [SPONSOR]: 'user:default/camille.martin',
  [REQUEST_TYPE]: 'new-project',
  [FUNDING]: 'project',
});

const ref = 'component:default/portail';
const t = (minutes: number) =>
  new Date(Date.UTC(2026, 10, 25, 8, minutes, 0, 123));

describe.each(databases.eachSupportedId())(
  'DatabaseEvaluationStore (%s)',
  databaseId => {
    let knex: Knex;
    let store: DatabaseEvaluationStore;

    const save = (
      evaluation: EntityEvaluation,
      evaluatedAt: Date,
      overrides: Partial<{
        entityRef: string;
        kind: string;
        ownerRef: string;
        criteriaVersion: string;
      }> = {},
    ) =>
      store.saveEvaluation({
        entityRef: ref,
        kind: 'Component',
        ownerRef: 'group:default/equipe-portail',
        criteriaVersion: 'v1',
        evaluation,
        evaluatedAt,
        ...overrides,
      });

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseEvaluationStore.create({
        database: mockServices.database({ knex }),
      });
    });

    afterEach(async () => {
      await knex('onboarding_unmet_counts').delete();
      await knex('onboarding_latest_results').delete();
      await knex('onboarding_latest').delete();
      await knex('onboarding_evaluations').delete();
    });

    it('fixtures are distinct, realistic evaluations', () => {
      expect(sponsored.step).toBe(1);
      expect(sponsored.declaredStep).toBe(2);
      expect(sponsored.nextGate?.blockers).toContain('S1-REQTYPE');
      expect(qualified.nextGate?.blockers).not.toContain('S1-REQTYPE');
      expect(funded.declaredStep).toBeUndefined();
    });

    describe('saveEvaluation', () => {
      it('stores an unchanged result once but records the check', async () => {
        const first = await save(sponsored, t(0));
        const second = await save(structuredClone(sponsored), t(5));

        expect(first).toMatchObject({ changed: true, evaluatedAt: t(0) });
        // Unchanged: the result still holds since the first save.
        expect(second).toEqual({
          changed: false,
          id: first.id,
          evaluatedAt: t(0),
        });
        expect(await store.getHistory(ref)).toHaveLength(1);
        const latest = await store.getLatest(ref);
        expect(latest?.evaluatedAt).toEqual(t(0));
        expect(latest?.checkedAt).toEqual(t(5));
      });

      it('ignores the key order of an otherwise equal result', async () => {
        const first = await save(sponsored, t(0));
        const reordered = Object.fromEntries(
          Object.entries(sponsored).reverse(),
        ) as unknown as EntityEvaluation;
        expect(await save(reordered, t(1))).toEqual({
          changed: false,
          id: first.id,
          evaluatedAt: t(0),
        });
      });

      it('adds a history row when the result changes', async () => {
        const first = await save(sponsored, t(0));
        const second = await save(qualified, t(5));

        expect(second.changed).toBe(true);
        expect(second.id).not.toBe(first.id);
        expect(await store.getHistory(ref)).toHaveLength(2);
      });

      it('counts a new criteria version as a change', async () => {
        await save(sponsored, t(0));
        const second = await save(sponsored, t(5), { criteriaVersion: 'v2' });
        expect(second.changed).toBe(true);
        expect((await store.getLatest(ref))?.criteriaVersion).toBe('v2');
      });

      it('stores a result seen again after a change', async () => {
        await save(sponsored, t(0));
        await save(qualified, t(1));
        expect((await save(sponsored, t(2))).changed).toBe(true);
        expect(await store.getHistory(ref)).toHaveLength(3);
      });

      it('stores exactly one row when instances save the same new result at once', async () => {
        // Open the pool's connections first: opening them one by one would
        // otherwise space the saves out enough not to overlap.
        await Promise.all(
          Array.from({ length: 5 }, () => knex.raw('SELECT 1')),
        );
        // A few rounds, since a race may go unnoticed in any single one.
        for (const round of [1, 2, 3]) {
          const entityRef = `component:default/concurrent-${round}`;
          const results = await Promise.all(
            Array.from({ length: 5 }, (_, minute) =>
              save(structuredClone(qualified), t(minute), { entityRef }),
            ),
          );

          expect(results.filter(r => r.changed)).toHaveLength(1);
          expect(new Set(results.map(r => r.id)).size).toBe(1);
          expect(await store.getHistory(entityRef)).toHaveLength(1);
        }
        expect(
          await knex('onboarding_latest').select('entity_ref'),
        ).toHaveLength(3);
      });

      it('follows a change of owner or kind even when the result is unchanged', async () => {
        await save(sponsored, t(0));
        await save(sponsored, t(1), { ownerRef: 'group:default/autre-equipe' });
        expect(
          await store.listLatest({ ownerRefs: ['group:default/autre-equipe'] }),
        ).toHaveLength(1);
      });

      it('treats entity refs case-insensitively', async () => {
        await save(sponsored, t(0), { entityRef: 'Component:default/Portail' });
        expect((await store.getLatest(ref))?.entityRef).toBe(ref);
        expect((await save(sponsored, t(1), { entityRef: ref })).changed).toBe(
          false,
        );
      });
    });

    describe('getLatest', () => {
      it('returns undefined for an unknown entity', async () => {
        expect(await store.getLatest(ref)).toBeUndefined();
      });

      it('returns the newest result, parsed, with exact dates', async () => {
        await save(sponsored, t(0));
        const { id } = await save(qualified, t(10));

        expect(await store.getLatest(ref)).toEqual({
          id,
          entityRef: ref,
          evaluatedAt: t(10),
          checkedAt: t(10),
          criteriaVersion: 'v1',
          evaluation: qualified,
        });
      });
    });

    describe('getHistory', () => {
      beforeEach(async () => {
        await save(sponsored, t(0));
        await save(qualified, t(10));
        await save(funded, t(20));
      });

      it('lists changes newest first, with their summary', async () => {
        const history = await store.getHistory(ref);
        expect(history.map(h => h.evaluatedAt)).toEqual([t(20), t(10), t(0)]);
        expect(history[2]).toEqual({
          id: expect.any(Number),
          evaluatedAt: t(0),
          step: 1,
          declaredStep: 2,
          verdict: 'NO-GO',
          blockingCount: sponsored.nextGate?.blockers.length,
        });
        expect(history[0].declaredStep).toBeUndefined();
        expect('declaredStep' in history[0]).toBe(false);
      });

      it('honours limit and before', async () => {
        expect(
          (await store.getHistory(ref, { limit: 2 })).map(h => h.evaluatedAt),
        ).toEqual([t(20), t(10)]);
        expect(
          (await store.getHistory(ref, { before: t(20) })).map(
            h => h.evaluatedAt,
          ),
        ).toEqual([t(10), t(0)]);
        expect(
          (await store.getHistory(ref, { before: t(20), limit: 1 })).map(
            h => h.evaluatedAt,
          ),
        ).toEqual([t(10)]);
        expect(await store.getHistory(ref, { limit: 0 })).toHaveLength(1);
      });

      it('is empty for an unknown entity', async () => {
        expect(await store.getHistory('component:default/inconnu')).toEqual([]);
      });
    });

    describe('listLatest', () => {
      const entities = [
        { kind: 'Component', name: 'a', owner: 'group:default/team-a' },
        { kind: 'Component', name: 'b', owner: 'group:default/team-b' },
        { kind: 'System', name: 'c', owner: 'group:default/team-a' },
        { kind: 'API', name: 'd', owner: 'group:default/team-a' },
        { kind: 'Component', name: 'e', owner: undefined },
      ];
      const refOf = (kind: string, name: string) =>
        `${kind.toLocaleLowerCase('en-US')}:default/${name}`;

      beforeEach(async () => {
        for (const [index, { kind, name, owner }] of entities.entries()) {
          await save(
            evaluationOf({ [SPONSOR]: 'x@example.org' }, kind),
            t(index),
            {
              entityRef: refOf(kind, name),
              kind,
              ownerRef: owner,
            },
          );
        }
      });

      const refs = (rows: Array<{ entityRef: string }>) =>
        rows.map(row => row.entityRef);

      it('lists every entity by ref when not filtered', async () => {
        const rows = await store.listLatest({});
        expect(refs(rows)).toEqual([
          'api:default/d',
          'component:default/a',
          'component:default/b',
          'component:default/e',
          'system:default/c',
        ]);
        expect(rows[1]).toEqual({
          entityRef: 'component:default/a',
          kind: 'component',
          ownerRef: 'group:default/team-a',
          step: 1,
          verdict: 'NO-GO',
          blockingCount: expect.any(Number),
          evaluatedAt: t(0),
        });
        expect('ownerRef' in rows[3]).toBe(false);
      });

      it('filters by owner and kind, case-insensitively', async () => {
        expect(
          refs(await store.listLatest({ ownerRefs: ['Group:default/Team-A'] })),
        ).toEqual(['api:default/d', 'component:default/a', 'system:default/c']);
        expect(
          refs(await store.listLatest({ kinds: ['Component', 'system'] })),
        ).toEqual([
          'component:default/a',
          'component:default/b',
          'component:default/e',
          'system:default/c',
        ]);
        expect(
          refs(
            await store.listLatest({
              ownerRefs: ['group:default/team-a'],
              kinds: ['component'],
            }),
          ),
        ).toEqual(['component:default/a']);
        expect(await store.listLatest({ ownerRefs: [] })).toEqual([]);
      });

      it('pages', async () => {
        const filter = { ownerRefs: ['group:default/team-a'] };
        expect(
          refs(await store.listLatest({ ...filter, limit: 2, offset: 0 })),
        ).toEqual(['api:default/d', 'component:default/a']);
        expect(
          refs(await store.listLatest({ ...filter, limit: 2, offset: 2 })),
        ).toEqual(['system:default/c']);
        expect(
          await store.listLatest({ ...filter, limit: 2, offset: 4 }),
        ).toEqual([]);
      });
    });

    describe('deleteOlderThan', () => {
      const other = 'component:default/autre';

      it("removes old history but keeps each entity's latest evaluation", async () => {
        await save(sponsored, t(0));
        await save(qualified, t(10));
        const { id: latestId } = await save(funded, t(20));
        await save(sponsored, t(0), { entityRef: other });

        expect(await store.deleteOlderThan(t(15))).toBe(2);

        expect((await store.getHistory(ref)).map(h => h.id)).toEqual([
          latestId,
        ]);
        expect((await store.getLatest(ref))?.id).toBe(latestId);
        expect(await store.getHistory(other)).toHaveLength(1);
        expect((await store.getLatest(other))?.evaluation).toEqual(sponsored);
        expect(await store.deleteOlderThan(t(15))).toBe(0);
      });

      it('keeps a latest evaluation that went stale long ago', async () => {
        await save(sponsored, t(0));
        await save(sponsored, t(30));
        expect(await store.deleteOlderThan(t(60))).toBe(0);
        expect(await store.getLatest(ref)).toBeDefined();
      });
    });

    describe('entities removed from the catalog', () => {
      const other = 'component:default/autre';
      const owners = { ownerRefs: ['group:default/equipe-portail'] };

      it('lists as candidates only latest rows of the kinds asked, checked before the pass', async () => {
        await save(sponsored, t(0));
        await save(sponsored, t(0), { entityRef: other });
        await save(sponsored, t(10), {
          entityRef: 'api:default/x',
          kind: 'API',
        });
        await save(sponsored, t(0), {
          entityRef: 'template:default/t',
          kind: 'Template',
        });
        // Checked again once the pass began: not a candidate.
        await save(sponsored, t(20), { entityRef: other });
        expect(
          (
            await store.listLatestRefsCheckedBefore({
              kinds: ['Component', 'API'],
              checkedBefore: t(15),
            })
          ).sort(),
        ).toEqual(['api:default/x', ref]);
      });

      it('drops the latest and unmet rows, keeps the history marked as removed', async () => {
        await save(sponsored, t(0));
        await save(qualified, t(1));
        await save(sponsored, t(0), { entityRef: other });
        expect(await store.countUnmet(owners)).not.toEqual([]);

        expect(
          await store.markRemoved(['Component:default/Portail'], t(30)),
        ).toBe(1);

        expect(await store.getLatest(ref)).toBeUndefined();
        expect(await store.getHistory(ref)).toHaveLength(2);
        const marks = await knex('onboarding_evaluations')
          .where({ entity_ref: ref })
          .select('removed_at');
        expect(marks.map(m => toDate(m.removed_at))).toEqual([t(30), t(30)]);
        expect(
          await knex('onboarding_latest_results').where({ entity_ref: ref }),
        ).toEqual([]);
        // Every count agrees: only the other entity is left.
        expect(await store.countLatest(owners)).toEqual([
          { step: 1, verdict: 'NO-GO', count: 1 },
        ]);
        expect(
          (await store.listLatestForOwners(owners.ownerRefs)).map(
            r => r.entityRef,
          ),
        ).toEqual([other]);
        expect(
          Math.max(...(await store.countUnmet(owners)).map(c => c.count)),
        ).toBe(1);
        expect(await store.getLatest(other)).toBeDefined();
        // Removing again changes nothing, and keeps the first mark.
        expect(await store.markRemoved([ref], t(40))).toBe(0);
        expect(
          toDate(
            (
              await knex('onboarding_evaluations')
                .where({ entity_ref: ref })
                .first()
            ).removed_at,
          ),
        ).toEqual(t(30));
      });

      it("keeps a removed entity's history until its removal is older than retention", async () => {
        await save(sponsored, t(0));
        await save(qualified, t(1));
        await store.markRemoved([ref], t(30));

        expect(await store.deleteOlderThan(t(20))).toBe(0);
        expect(await store.getHistory(ref)).toHaveLength(2);
        expect(await store.deleteOlderThan(t(31))).toBe(2);
        expect(await store.getHistory(ref)).toEqual([]);
      });

      it('counts an entity back in when it returns', async () => {
        await save(sponsored, t(0));
        await store.markRemoved([ref], t(30));
        await save(sponsored, t(40));
        expect((await store.getLatest(ref))?.evaluatedAt).toEqual(t(40));
        expect(await store.getHistory(ref)).toHaveLength(2);
      });
    });

    describe('deleteEntity', () => {
      it('forgets the entity and only it', async () => {
        await save(sponsored, t(0));
        await save(qualified, t(1));
        await save(sponsored, t(0), { entityRef: 'component:default/autre' });

        await store.deleteEntity('Component:default/Portail');

        expect(await store.getLatest(ref)).toBeUndefined();
        expect(await store.getHistory(ref)).toEqual([]);
        expect(await store.getLatest('component:default/autre')).toBeDefined();
      });
    });
  },
);

describe('DatabaseEvaluationStore.create', () => {
  it('skips migrations when the database service says so', async () => {
    const knex = await databases.init('SQLITE_3');
    await DatabaseEvaluationStore.create({
      database: mockServices.database({ knex, migrations: { skip: true } }),
    });
    expect(await knex.schema.hasTable('onboarding_evaluations')).toBe(false);
  });
});

describe('toDate', () => {
  const instant = new Date('2026-11-25T08:30:00.123Z');

  it.each([
    ['a Date', instant],
    ['epoch milliseconds', instant.getTime()],
    ['epoch milliseconds as text', String(instant.getTime())],
    ['an ISO string', '2026-11-25T08:30:00.123Z'],
    ["SQLite's UTC text", '2026-11-25 08:30:00.123'],
  ])('reads %s', (_, value) => {
    expect(toDate(value)).toEqual(instant);
  });
});
