import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_CRITERIA,
  EntityEvaluation,
  StepNumber,
  TEAM_ENTITY_SORTS,
  evaluateEntity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import {
  countNextGateBlockers,
  pageRows,
  trendWeeks,
} from '../service/teamSummary';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { STEP_ONE_EVIDENCE } from '../__testUtils__/entities';
import { DatabaseEvaluationStore } from './DatabaseEvaluationStore';

jest.setTimeout(60_000);

const now = new Date('2026-11-25T12:00:00Z');
const entity = (
  kind: string,
  name: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', annotations },
  spec: { owner: 'group:default/team' },
});

describe('summary queries of the store', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it.each(databases.eachSupportedId())(
    'lists, counts and dates what owners own, on %p',
    async id => {
      const knex = await databases.init(id);
      const store = await DatabaseEvaluationStore.create({
        database: mockServices.database({ knex }),
      });
      const save = (e: Entity, owner: string, at: Date) =>
        store.saveEvaluation({
          entityRef: `${e.kind.toLocaleLowerCase('en')}:default/${
            e.metadata.name
          }`,
          kind: e.kind,
          ownerRef: owner,
          evaluation: evaluateEntity(e, DEFAULT_CRITERIA, { now }),
          criteriaVersion: 'v1',
          evaluatedAt: at,
        });
      const sponsor = { 'cloud-pi-native.fr/sponsor': 'user:default/a' };
      await save(
        entity('Component', 'a'),
        'group:default/team',
        new Date('2026-11-01T00:00:00Z'),
      );
      await save(
        entity('Component', 'a', sponsor),
        'group:default/team',
        new Date('2026-11-10T00:00:00Z'),
      );
      await save(
        entity('Component', 'b'),
        'group:default/sub',
        new Date('2026-11-02T00:00:00Z'),
      );
      await save(
        entity('Component', 'c'),
        'group:default/elsewhere',
        new Date('2026-11-02T00:00:00Z'),
      );
      await save(
        entity('Template', 't'),
        'group:default/team',
        new Date('2026-11-02T00:00:00Z'),
      );

      const owners = ['group:default/team', 'group:default/sub'];
      const latest = await store.listLatestForOwners(owners);
      expect(latest.map(r => r.entityRef)).toEqual([
        'component:default/a',
        'component:default/b',
        'template:default/t',
      ]);
      const scope = { ownerRefs: owners, excludeKinds: ['Template'] };
      expect(await store.countLatest(scope)).toEqual([
        { step: 1, verdict: 'NO-GO', count: 2 },
      ]);
      // Restricted to some entities, whoever owns them.
      expect(
        await store.countLatest({
          entityRefs: ['component:default/a', 'component:default/c'],
        }),
      ).toEqual([{ step: 1, verdict: 'NO-GO', count: 2 }]);
      // Over the whole store, by kind (the portal's onboarding_entities metric).
      expect(
        (await store.countLatestByStep()).sort((x, y) =>
          x.kind.localeCompare(y.kind),
        ),
      ).toEqual([
        { kind: 'component', step: 1, count: 3 },
        { kind: 'template', step: 1, count: 1 },
      ]);

      const counts = new Map(
        (await store.countUnmet(scope)).map(c => [c.criterionId, c.count]),
      );
      expect(counts.get('S1-PREQUAL')).toBe(2);
      // a now has a sponsor: only b fails S1-SPONSOR.
      expect(counts.get('S1-SPONSOR')).toBe(1);
      expect(counts.has('T1-OWNER')).toBe(false);
      const byEntity = new Map(
        (await store.countUnmet({ entityRefs: ['component:default/b'] })).map(
          c => [c.criterionId, c.count],
        ),
      );
      expect(byEntity.get('S1-SPONSOR')).toBe(1);
      const rows = await store.listUnmetForOwners(owners);
      expect(
        rows
          .filter(r => r.criterionId === 'S1-PREQUAL')
          .map(r => r.entityRef)
          .sort(),
      ).toEqual(['component:default/a', 'component:default/b']);

      // What holds each entity at its next gate: the database and the row-by-row count agree.
      const nextGate = await store.countNextGateBlockers(scope);
      expect(nextGate.length).toBeGreaterThan(0);
      expect(new Map(nextGate.map(c => [c.criterionId, c.count]))).toEqual(
        new Map(
          countNextGateBlockers(
            latest.filter(r => r.kind !== 'template'),
            rows,
          ).map(c => [c.criterionId, c.count]),
        ),
      );
      // a and b stand at step 1: a step-2 criterion holds neither of them yet.
      const criterionStep = new Map(DEFAULT_CRITERIA.map(c => [c.id, c.step]));
      expect(nextGate.every(c => criterionStep.get(c.criterionId) === 1)).toBe(
        true,
      );
      expect(nextGate.find(c => c.criterionId === 'S1-PREQUAL')?.count).toBe(2);
      expect(rows.some(r => r.step === 2)).toBe(true);

      const byRefs = await store.listLatestByRefs([
        'component:default/c',
        'component:default/nope',
      ]);
      expect(byRefs.map(r => r.entityRef)).toEqual(['component:default/c']);
      await knex.destroy();
    },
  );

  /** An evaluation at a given step, nothing else: enough for the trend and the table. */
  const atStep = (step: StepNumber): EntityEvaluation => ({
    step,
    gates: [],
    results: [],
  });

  it.each(databases.eachSupportedId())(
    'counts the weekly trend from the weeks asked for and the evaluation before them, on %p',
    async id => {
      const knex = await databases.init(id);
      const store = await DatabaseEvaluationStore.create({
        database: mockServices.database({ knex }),
      });
      const save = (
        name: string,
        step: StepNumber,
        iso: string,
        criteriaVersion = 'v1',
        ownerRef = 'group:default/team',
      ) =>
        store.saveEvaluation({
          entityRef: `component:default/${name}`,
          kind: 'Component',
          ownerRef,
          evaluation: atStep(step),
          criteriaVersion,
          evaluatedAt: new Date(iso),
        });
      await save('a', 1, '2026-11-03T10:00:00Z');
      await save('a', 2, '2026-11-18T10:00:00Z');
      await save('b', 3, '2026-11-10T09:00:00Z');
      await save('a', 3, '2026-11-24T08:00:00Z');
      // After now: not counted.
      await save('c', 5, '2026-11-26T08:00:00Z');
      // Long before the weeks: counted at the step of its last evaluation before them.
      await save('old', 1, '2026-01-05T08:00:00Z');
      await save('old', 4, '2026-02-05T08:00:00Z');
      // Someone else's.
      await save('other', 5, '2026-11-03T08:00:00Z', 'v1', 'group:default/x');
      const scope = { ownerRefs: ['group:default/team'] };

      const weeks = trendWeeks(4, now);
      const trend = await store.countTrend(scope, weeks);
      expect(trend.map(w => w.counts)).toEqual([
        { 1: 1, 2: 0, 3: 0, 4: 1, 5: 0 },
        { 1: 1, 2: 0, 3: 1, 4: 1, 5: 0 },
        { 1: 0, 2: 1, 3: 1, 4: 1, 5: 0 },
        { 1: 0, 2: 0, 3: 2, 4: 1, 5: 0 },
      ]);
      expect(trend.every(w => w.criteriaChanges === 0)).toBe(true);

      // Nobody counts before their first evaluation.
      const early = await store.countTrend(
        { entityRefs: ['component:default/a', 'component:default/b'] },
        trendWeeks(6, now),
      );
      expect(early[0].counts).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });
      expect(early[5].counts).toEqual({ 1: 0, 2: 0, 3: 2, 4: 0, 5: 0 });

      // The criteria change in the week of 16 November: b is re-evaluated under v2.
      await save('b', 3, '2026-11-17T09:00:00Z', 'v2');
      const changed = await store.countTrend(scope, weeks);
      expect(changed.map(w => w.criteriaChanges)).toEqual([0, 0, 1, 0]);
      expect(changed.map(w => w.counts)).toEqual(trend.map(w => w.counts));
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'pages, sorts and searches the latest evaluations as the service does in memory, on %p',
    async id => {
      const knex = await databases.init(id);
      const store = await DatabaseEvaluationStore.create({
        database: mockServices.database({ knex }),
      });
      const names = ['b-2', 'a_1', 'A-10', 'z', 'a-1', 'c.3', 'ab', 'a1'];
      for (const [i, name] of names.entries()) {
        await store.saveEvaluation({
          entityRef: `component:default/${name}`,
          kind: i % 3 ? 'Component' : 'API',
          ownerRef: i % 2 ? 'group:default/team' : 'group:default/sub-team',
          evaluation: atStep(((i % 5) + 1) as StepNumber),
          criteriaVersion: 'v1',
          evaluatedAt: new Date(Date.UTC(2026, 10, 1 + (i % 4))),
        });
      }
      await store.saveEvaluation({
        entityRef: 'template:default/t',
        kind: 'Template',
        ownerRef: 'group:default/team',
        evaluation: atStep(1),
        criteriaVersion: 'v1',
        evaluatedAt: now,
      });
      const scope = {
        ownerRefs: ['group:default/team', 'group:default/sub-team'],
        excludeKinds: ['template'],
      };
      const all = (await store.listLatestForOwners(scope.ownerRefs)).filter(
        r => r.kind !== 'template',
      );
      expect(all).toHaveLength(names.length);
      for (const sort of TEAM_ENTITY_SORTS) {
        for (const order of ['asc', 'desc'] as const) {
          for (const q of [undefined, 'A_', 'sub']) {
            const page = { limit: 3, offset: 2, sort, order, q };
            const fromDb = await store.pageLatest(scope, page);
            expect({ sort, order, q, ...fromDb }).toEqual({
              sort,
              order,
              q,
              ...pageRows(all, page),
            });
          }
        }
      }
      // The underscore is taken literally, not as a wildcard.
      const underscore = await store.pageLatest(scope, {
        limit: 10,
        offset: 0,
        sort: 'entityRef',
        order: 'asc',
        q: '_',
      });
      expect(underscore.items.map(r => r.entityRef)).toEqual([
        'component:default/a_1',
      ]);
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the per-owner unmet and next-gate counts equal to a count of the rows, whatever changes, on %p',
    async id => {
      const knex = await databases.init(id);
      const store = await DatabaseEvaluationStore.create({
        database: mockServices.database({ knex }),
      });
      const sponsor = { 'cloud-pi-native.fr/sponsor': 'user:default/a' };
      const owners = ['group:default/team', 'group:default/sub'];
      let minute = 0;
      const save = (
        name: string,
        owner: string,
        annotations: Record<string, string> = {},
        kind = 'Component',
      ) =>
        store.saveEvaluation({
          entityRef: `component:default/${name}`,
          kind,
          ownerRef: owner,
          evaluation: evaluateEntity(
            entity(kind, name, annotations),
            DEFAULT_CRITERIA,
            { now },
          ),
          criteriaVersion: 'v1',
          evaluatedAt: new Date(now.getTime() + (minute += 1) * 60_000),
        });
      const fromRows = async () => {
        const rows = await store.listUnmetForOwners(owners);
        const latest = await store.listLatestForOwners(owners);
        const counted = new Set(
          latest.filter(r => r.kind !== 'template').map(r => r.entityRef),
        );
        const counts = new Map<string, number>();
        for (const row of rows.filter(r => counted.has(r.entityRef)))
          counts.set(row.criterionId, (counts.get(row.criterionId) ?? 0) + 1);
        return counts;
      };
      const nextGateFromRows = async () => {
        const latest = (await store.listLatestForOwners(owners)).filter(
          r => r.kind !== 'template',
        );
        return new Map(
          countNextGateBlockers(
            latest,
            await store.listUnmetForOwners(owners),
          ).map(c => [c.criterionId, c.count]),
        );
      };
      const check = async () => {
        const scope = { ownerRefs: owners, excludeKinds: ['template'] };
        const kept = await store.countUnmet(scope);
        expect(new Map(kept.map(c => [c.criterionId, c.count]))).toEqual(
          await fromRows(),
        );
        const nextGate = await store.countNextGateBlockers(scope);
        expect(new Map(nextGate.map(c => [c.criterionId, c.count]))).toEqual(
          await nextGateFromRows(),
        );
      };

      await save('a', 'group:default/team');
      await save('b', 'group:default/team');
      await save('c', 'group:default/sub');
      await check();
      await save('a', 'group:default/team', sponsor); // result changes
      await check();
      await save('b', 'group:default/sub'); // owner changes, result does not
      await check();
      await save('c', 'group:default/sub', STEP_ONE_EVIDENCE); // to step 2: another gate holds it
      await check();
      expect(
        (
          await store.countNextGateBlockers({
            entityRefs: ['component:default/c'],
          })
        ).every(c => c.criterionId.startsWith('S2-')),
      ).toBe(true);
      await save('c', 'group:default/elsewhere'); // leaves the team
      await check();
      await save('c', 'group:default/sub', {}, 'Template'); // kind changes
      await check();
      await store.markRemoved(['component:default/a'], now);
      await check();
      await store.deleteEntity('component:default/b');
      await check();
      expect(
        await store.countUnmet({
          ownerRefs: owners,
          excludeKinds: ['template'],
        }),
      ).toEqual([]);
      await knex.destroy();
    },
  );
});
