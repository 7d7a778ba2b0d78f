import { TestDatabases } from '@backstage/backend-test-utils';
import {
  DEFAULT_CRITERIA,
  evaluateEntity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { ownedComponent, STEP_ONE_EVIDENCE } from '../__testUtils__/entities';
import { DatabaseEvaluationStore } from './DatabaseEvaluationStore';
import { DatabaseObjectiveStore } from './DatabaseObjectiveStore';

/** SQLite always; a PostgreSQL version only when its connection string is set. */
const databases = TestDatabases.create({ ids: testDatabaseIds() });

async function storesOn(databaseId: Parameters<typeof databases.init>[0]) {
  const knex = await databases.init(databaseId);
  // The evaluation store runs the plugin's migrations, the objectives table's included.
  const evaluations = await DatabaseEvaluationStore.create({
    database: { getClient: async () => knex },
  });
  return { evaluations, objectives: new DatabaseObjectiveStore(knex) };
}

const at = (iso: string) => new Date(iso);

describe.each(databases.eachSupportedId())(
  'DatabaseObjectiveStore on %p',
  id => {
    it('creates, lists, updates and deletes objectives, with who and when', async () => {
      const { objectives } = await storesOn(id);
      const created = await objectives.createObjective(
        {
          title: 'Étape 3',
          groupRef: 'Group:Default/Team-A',
          target: { step: 3 },
          dueDate: '2027-03-31',
        },
        {
          id: 'o1',
          userRef: 'user:default/camille',
          at: at('2026-12-01T10:00:00Z'),
        },
      );
      expect(created).toEqual({
        id: 'o1',
        origin: 'stored',
        title: 'Étape 3',
        groupRef: 'group:default/team-a',
        target: { step: 3 },
        dueDate: '2027-03-31',
        createdBy: 'user:default/camille',
        createdAt: '2026-12-01T10:00:00.000Z',
        updatedBy: 'user:default/camille',
        updatedAt: '2026-12-01T10:00:00.000Z',
      });
      await objectives.createObjective(
        {
          title: 'Pipeline',
          groupRef: 'group:default/team-b',
          target: { criteria: ['S1-SPONSOR'] },
          dueDate: '2027-01-15',
        },
        {
          id: 'o2',
          userRef: 'user:default/camille',
          at: at('2026-12-01T10:00:00Z'),
        },
      );
      expect((await objectives.listObjectives()).map(o => o.id)).toEqual([
        'o2',
        'o1',
      ]);

      const updated = await objectives.updateObjective(
        'o1',
        { ...created, title: 'Étape 4', target: { step: 4 } },
        { userRef: 'user:default/dominique', at: at('2026-12-02T10:00:00Z') },
      );
      expect(updated).toMatchObject({
        title: 'Étape 4',
        target: { step: 4 },
        createdBy: 'user:default/camille',
        updatedBy: 'user:default/dominique',
        updatedAt: '2026-12-02T10:00:00.000Z',
      });
      expect(
        await objectives.updateObjective('nope', created, {
          userRef: 'user:default/x',
          at: at('2026-12-02T10:00:00Z'),
        }),
      ).toBeUndefined();
      expect(await objectives.deleteObjective('o1')).toBe(true);
      expect(await objectives.deleteObjective('o1')).toBe(false);
      expect(await objectives.getObjective('o1')).toBeUndefined();
    });

    it('reads the history from a date on, with the last change before it', async () => {
      const { evaluations, objectives } = await storesOn(id);
      const bare = ownedComponent('svc');
      const evidenced = ownedComponent('svc', 'team', STEP_ONE_EVIDENCE);
      const save = (entity: typeof bare, iso: string) =>
        evaluations.saveEvaluation({
          entityRef: 'component:default/svc',
          kind: 'Component',
          ownerRef: 'group:default/team',
          evaluation: evaluateEntity(entity, DEFAULT_CRITERIA, {
            now: at(iso),
          }),
          criteriaVersion: 'v1',
          evaluatedAt: at(iso),
        });
      await save(bare, '2026-10-01T00:00:00Z'); // long before: not read
      await save(evidenced, '2026-10-20T00:00:00Z'); // the last before `from`
      await save(bare, '2026-11-10T00:00:00Z');
      await save(evidenced, '2026-11-20T00:00:00Z');

      const rows = await objectives.listHistorySince(
        ['Component:Default/SVC', 'component:default/other'],
        at('2026-11-01T00:00:00Z'),
      );
      expect(rows.map(r => [r.evaluatedAt.toISOString(), r.step])).toEqual([
        ['2026-10-20T00:00:00.000Z', 2],
        ['2026-11-10T00:00:00.000Z', 1],
        ['2026-11-20T00:00:00.000Z', 2],
      ]);
      expect(rows[1].unmet.has('S1-SPONSOR')).toBe(true);
      expect(rows[2].unmet.has('S1-SPONSOR')).toBe(false);
    });
  },
);
