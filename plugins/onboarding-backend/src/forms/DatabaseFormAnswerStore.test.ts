import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseEvaluationStore } from '../database';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { DatabaseFormAnswerStore } from './DatabaseFormAnswerStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: testDatabaseIds() });
const REF = 'Component:default/Portail';
const t = (minutes: number) => new Date(Date.UTC(2026, 10, 27, 8, minutes));

describe.each(databases.eachSupportedId())(
  'DatabaseFormAnswerStore (%s)',
  databaseId => {
    let knex: Knex;
    let store: DatabaseFormAnswerStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      // The evaluation store runs the plugin's migrations, the forms' table included.
      await DatabaseEvaluationStore.create({
        database: mockServices.database({ knex }),
      });
      store = new DatabaseFormAnswerStore(knex);
    });
    afterEach(() => knex('onboarding_form_answers').delete());

    const save = (
      status: 'draft' | 'submitted',
      funding: string,
      minutes: number,
      formId = 'prequalification',
    ) =>
      store.save({
        entityRef: REF,
        formId,
        status,
        answers: { funding },
        author: 'user:default/paul',
        savedAt: t(minutes),
      });

    it('numbers each save as a new version, never editing one', async () => {
      expect(await save('draft', 'budget', 0)).toEqual({
        entityRef: 'component:default/portail',
        formId: 'prequalification',
        version: 1,
        status: 'draft',
        answers: { funding: 'budget' },
        author: 'user:default/paul',
        savedAt: t(0).toISOString(),
      });
      await save('submitted', 'programme', 5);
      await save('draft', 'project', 9);
      // Another form of the same entity counts on its own.
      expect((await save('draft', 'x', 10, 'project-plan')).version).toBe(1);

      expect(await store.get(REF, 'prequalification')).toMatchObject({
        version: 3,
        status: 'draft',
        answers: { funding: 'project' },
      });
      expect(await store.get(REF, 'prequalification', 2)).toMatchObject({
        version: 2,
        answers: { funding: 'programme' },
      });
      expect(await store.get(REF, 'prequalification', 7)).toBeUndefined();
      expect(
        (await store.listVersions(REF, 'prequalification')).map(v => [
          v.version,
          v.status,
          v.savedAt,
        ]),
      ).toEqual([
        [3, 'draft', t(9).toISOString()],
        [2, 'submitted', t(5).toISOString()],
        [1, 'draft', t(0).toISOString()],
      ]);
    });

    it('gives the newest submitted version of each form: a later draft does not replace it', async () => {
      expect(await store.latestSubmitted(REF)).toEqual([]);
      await save('submitted', 'budget', 0);
      await save('submitted', 'programme', 5);
      await save('draft', 'project', 9);
      await save('submitted', 'x', 10, 'project-plan');
      await store.save({
        entityRef: 'component:default/other',
        formId: 'prequalification',
        status: 'submitted',
        answers: {},
        author: 'user:default/x',
        savedAt: t(11),
      });
      const latest = await store.latestSubmitted('component:default/portail');
      const expected = [
        [
          'component:default/portail',
          'prequalification',
          2,
          { funding: 'programme' },
        ],
        ['component:default/portail', 'project-plan', 1, { funding: 'x' }],
      ];
      const rows = (versions: typeof latest) =>
        versions
          .map(v => [v.entityRef, v.formId, v.version, v.answers])
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      expect(rows(latest)).toEqual(expected);
      expect(rows(await store.allLatestSubmitted())).toEqual([
        ['component:default/other', 'prequalification', 1, {}],
        ...expected,
      ]);
    });

    it('never gives two saves the same version, even at once', async () => {
      const settled = await Promise.allSettled(
        [0, 1, 2, 3].map(m => save('draft', `f${m}`, m)),
      );
      const versions = settled.flatMap(r =>
        r.status === 'fulfilled' ? [r.value.version] : [],
      );
      // A save that lost the race is refused with a conflict, never stored twice.
      const refusals = settled.flatMap(r =>
        r.status === 'rejected' ? [r.reason.name] : [],
      );
      expect(refusals.filter(name => name !== 'ConflictError')).toEqual([]);
      expect(new Set(versions).size).toBe(versions.length);
      expect(
        (await store.listVersions(REF, 'prequalification')).map(v => v.version),
      ).toEqual([...versions].sort().reverse());
    });
  },
);
