import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  EntityEvaluation,
  StepNumber,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { DatabaseEvaluationStore } from './DatabaseEvaluationStore';

jest.setTimeout(60_000);

/** An evaluation at a step with its next gate's verdict (none at step 5). */
const at = (step: StepNumber, verdict?: 'GO' | 'NO-GO'): EntityEvaluation => ({
  step,
  ...(verdict ? { nextGate: { step, verdict, blockers: [] } } : {}),
  gates: [],
  results: [],
});

describe('the step and verdict query of the catalog filter', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it.each(databases.eachSupportedId())(
    'lists latest results by step and verdict, ordered by ref and bounded, on %p',
    async id => {
      const knex = await databases.init(id);
      const store = await DatabaseEvaluationStore.create({
        database: mockServices.database({ knex }),
      });
      const save = (name: string, evaluation: EntityEvaluation, minutes = 0) =>
        store.saveEvaluation({
          entityRef: `Component:default/${name}`,
          kind: 'Component',
          ownerRef: 'group:default/team',
          evaluation,
          criteriaVersion: 'v1',
          evaluatedAt: new Date(Date.UTC(2026, 10, 25, 8, minutes)),
        });
      await save('d', at(3, 'NO-GO'));
      await save('a', at(1, 'NO-GO'));
      await save('c', at(3, 'GO'));
      await save('e', at(5));
      // b was at step 3, then fell back to 2: only its latest result counts.
      await save('b', at(3, 'NO-GO'));
      await save('b', at(2, 'NO-GO'), 5);

      const refs = async (
        query: Parameters<typeof store.listStepVerdicts>[0],
      ) =>
        (await store.listStepVerdicts(query)).map(
          r => `${r.entityRef} ${r.step} ${r.verdict}`,
        );
      expect(await refs({ limit: 100 })).toEqual([
        'component:default/a 1 NO-GO',
        'component:default/b 2 NO-GO',
        'component:default/c 3 GO',
        'component:default/d 3 NO-GO',
        'component:default/e 5 NONE',
      ]);
      expect(await refs({ steps: [3], limit: 100 })).toEqual([
        'component:default/c 3 GO',
        'component:default/d 3 NO-GO',
      ]);
      expect(await refs({ verdicts: ['NO-GO'], limit: 100 })).toEqual([
        'component:default/a 1 NO-GO',
        'component:default/b 2 NO-GO',
        'component:default/d 3 NO-GO',
      ]);
      expect(
        await refs({ steps: [2, 3], verdicts: ['NO-GO'], limit: 100 }),
      ).toEqual(['component:default/b 2 NO-GO', 'component:default/d 3 NO-GO']);
      expect(await refs({ steps: [4], limit: 100 })).toEqual([]);
      // Bounded: the first ones by ref.
      expect(await refs({ limit: 2 })).toEqual([
        'component:default/a 1 NO-GO',
        'component:default/b 2 NO-GO',
      ]);
      // An entity that left the catalog leaves the filter too.
      await store.markRemoved(['component:default/c'], new Date());
      expect(await refs({ steps: [3], limit: 100 })).toEqual([
        'component:default/d 3 NO-GO',
      ]);
      await knex.destroy();
    },
  );
});
