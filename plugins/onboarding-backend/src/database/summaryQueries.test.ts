import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_CRITERIA,
  evaluateEntity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
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

      const counts = new Map(
        (
          await store.countUnmetForOwners(owners, {
            excludeKinds: ['template'],
          })
        ).map(c => [c.criterionId, c.count]),
      );
      expect(counts.get('S1-PREQUAL')).toBe(2);
      // a now has a sponsor: only b fails S1-SPONSOR.
      expect(counts.get('S1-SPONSOR')).toBe(1);
      expect(counts.has('T1-OWNER')).toBe(false);
      const rows = await store.listUnmetForOwners(owners);
      expect(
        rows
          .filter(r => r.criterionId === 'S1-PREQUAL')
          .map(r => r.entityRef)
          .sort(),
      ).toEqual(['component:default/a', 'component:default/b']);

      const history = await store.listHistoryForOwners(owners);
      expect(
        history.filter(h => h.entityRef === 'component:default/a'),
      ).toHaveLength(2);
      expect(history.map(h => h.evaluatedAt.getTime())).toEqual(
        [...history.map(h => h.evaluatedAt.getTime())].sort(),
      );

      const byRefs = await store.listLatestByRefs([
        'component:default/c',
        'component:default/nope',
      ]);
      expect(byRefs.map(r => r.entityRef)).toEqual(['component:default/c']);
      await knex.destroy();
    },
  );
});
