import { TestDatabases } from '@backstage/backend-test-utils';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { DatabaseGateReviewStore } from './DatabaseGateReviewStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: testDatabaseIds() });
const directory = resolvePackagePath(
  '@cloud-pi-native/backstage-plugin-onboarding-backend',
  'migrations',
);

describe.each(databases.eachSupportedId())(
  'DatabaseGateReviewStore (%s)',
  databaseId => {
    async function createStore() {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory });
      return new DatabaseGateReviewStore(knex);
    }

    it('appends reviews and lists them newest first, per entity, whatever the case of the ref', async () => {
      const store = await createStore();
      const first = await store.addReview({
        entityRef: 'component:default/Portail',
        gate: 2,
        decision: 'GO_WITH_RESERVATIONS',
        reservations: [{ text: 'Name a PO', dueDate: '2027-01-15' }],
        decidedOn: '2026-12-10',
        reviewers: ['Alice', 'Bob'],
        comment: 'Fine',
        minutesUrl: 'https://wiki.example.fr/cr/1',
        recordedBy: 'user:default/alice',
        recordedAt: new Date('2026-12-10T10:00:00Z'),
      });
      expect(first).toEqual({
        id: expect.any(Number),
        entityRef: 'component:default/portail',
        gate: 2,
        decision: 'GO_WITH_RESERVATIONS',
        reservations: [{ text: 'Name a PO', dueDate: '2027-01-15' }],
        decidedOn: '2026-12-10',
        reviewers: ['Alice', 'Bob'],
        comment: 'Fine',
        minutesUrl: 'https://wiki.example.fr/cr/1',
        recordedBy: 'user:default/alice',
        recordedAt: '2026-12-10T10:00:00.000Z',
      });
      const lifted = await store.addReview({
        entityRef: 'component:default/portail',
        gate: 2,
        decision: 'GO_WITH_RESERVATIONS',
        reservations: [
          { text: 'Name a PO', dueDate: '2027-01-15', liftedAt: '2026-12-20' },
        ],
        decidedOn: '2026-12-10',
        reviewers: ['Alice'],
        supersedes: first.id,
        recordedBy: 'user:default/bob',
        recordedAt: new Date('2026-12-20T09:00:00Z'),
      });
      await store.addReview({
        entityRef: 'component:default/other',
        gate: 1,
        decision: 'NO_GO',
        reservations: [],
        decidedOn: '2026-12-11',
        reviewers: ['Carol'],
        recordedBy: 'user:default/carol',
        recordedAt: new Date('2026-12-11T09:00:00Z'),
      });

      const listed = await store.listReviews('component:default/PORTAIL');
      expect(listed.map(r => r.id)).toEqual([lifted.id, first.id]);
      expect(listed[0]).toMatchObject({
        supersedes: first.id,
        recordedBy: 'user:default/bob',
        reservations: [{ liftedAt: '2026-12-20' }],
      });
      // The first record is unchanged: a lift is a new record.
      expect(listed[1]).toEqual(first);
      expect(await store.getReview('component:default/other', first.id)).toBe(
        undefined,
      );
      expect(
        await store.getReview('component:default/portail', first.id),
      ).toEqual(first);
    });
  },
);
