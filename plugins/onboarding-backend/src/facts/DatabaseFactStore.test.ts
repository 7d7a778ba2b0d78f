import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseEvaluationStore } from '../database';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { DatabaseFactStore } from './DatabaseFactStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: testDatabaseIds() });
const REF = 'Component:default/Portail';
const t = (minutes: number) => new Date(Date.UTC(2026, 10, 27, 8, minutes));

describe.each(databases.eachSupportedId())(
  'DatabaseFactStore (%s)',
  databaseId => {
    let knex: Knex;
    let store: DatabaseFactStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      // The evaluation store runs the plugin's migrations, the fact table's included.
      await DatabaseEvaluationStore.create({
        database: mockServices.database({ knex }),
      });
      store = new DatabaseFactStore(knex);
    });
    afterEach(() => knex('onboarding_facts').delete());

    const gathered = (qualityGate: string, at: Date) => ({
      facts: { 'sonarqube/qualityGate': qualityGate },
      unavailable: {},
      missing: {},
      gatheredAt: at,
    });

    it('tells a change of facts from the same facts gathered again', async () => {
      expect(
        await store.recordGathered(REF, 'sonarqube', gathered('OK', t(0))),
      ).toEqual({ changed: true });
      expect(
        await store.recordGathered(REF, 'sonarqube', gathered('OK', t(5))),
      ).toEqual({ changed: false });
      expect(
        await store.recordGathered(REF, 'sonarqube', gathered('ERROR', t(9))),
      ).toEqual({ changed: true });
      expect(await store.getFacts(REF.toLowerCase())).toEqual([
        {
          entityRef: 'component:default/portail',
          source: 'sonarqube',
          facts: { 'sonarqube/qualityGate': 'ERROR' },
          unavailable: {},
          missing: {},
          gatheredAt: t(9),
        },
      ]);
    });

    it('reads the facts of many entities at once, by lower-cased ref, across chunks', async () => {
      await store.recordGathered(REF, 'sonarqube', gathered('OK', t(0)));
      await store.recordGathered(REF, 'harbor', gathered('OK', t(1)));
      await store.recordFailure(
        'component:default/other',
        'sonarqube',
        'down',
        t(2),
      );
      // More refs than one statement holds: the ones past the first chunk are read too.
      const filler = Array.from(
        { length: 600 },
        (_, i) => `component:default/x${i}`,
      );
      const byRef = await store.getFactsOfEntities([
        ...filler,
        REF,
        'component:default/other',
        'component:default/none',
      ]);
      expect(
        byRef
          .get('component:default/portail')
          ?.map(f => f.source)
          .sort(),
      ).toEqual(['harbor', 'sonarqube']);
      expect(byRef.get('component:default/other')).toEqual([
        expect.objectContaining({ source: 'sonarqube', error: 'down' }),
      ]);
      expect(byRef.has('component:default/none')).toBe(false);
    });

    it('keeps the first failure time through a run of failures, and forgets it on recovery', async () => {
      await store.recordGathered(REF, 'sonarqube', gathered('OK', t(0)));
      expect(
        await store.recordFailure(REF, 'sonarqube', 'HTTP 503', t(10)),
      ).toEqual({ changed: true });
      expect(
        await store.recordFailure(REF, 'sonarqube', 'timeout', t(20)),
      ).toEqual({ changed: false });
      const [failing] = await store.getFacts(REF);
      expect(failing).toMatchObject({
        error: 'timeout',
        failingSince: t(10),
        gatheredAt: t(0),
        facts: { 'sonarqube/qualityGate': 'OK' },
      });
      // Same facts as before the failure: still a change, unknown becomes decided again.
      expect(
        await store.recordGathered(REF, 'sonarqube', gathered('OK', t(30))),
      ).toEqual({ changed: true });
      const [recovered] = await store.getFacts(REF);
      expect(recovered.error).toBeUndefined();
      expect(recovered.failingSince).toBeUndefined();
    });

    it('records a failure for an entity never gathered', async () => {
      await store.recordFailure(REF, 'harbor', 'HTTP 401', t(1));
      const [row] = await store.getFacts(REF);
      expect(row).toMatchObject({
        source: 'harbor',
        facts: {},
        error: 'HTTP 401',
        failingSince: t(1),
      });
      expect(row.gatheredAt).toBeUndefined();
    });

    it('sums up each source and forgets entities outside a pass', async () => {
      await store.recordGathered(
        'component:default/a',
        'sonarqube',
        gathered('OK', t(1)),
      );
      await store.recordGathered(
        'component:default/b',
        'sonarqube',
        gathered('OK', t(2)),
      );
      await store.recordFailure(
        'component:default/c',
        'sonarqube',
        'HTTP 500',
        t(3),
      );
      await store.recordGathered(
        'component:default/a',
        'argocd',
        gathered('OK', t(4)),
      );
      const health = await store.sourceHealth();
      expect(health.find(h => h.source === 'sonarqube')).toEqual({
        source: 'sonarqube',
        entities: 3,
        failing: 1,
        lastGatheredAt: t(2),
        failingSince: t(3),
        lastError: 'HTTP 500',
      });
      expect(
        await store.deleteOtherEntities(
          'sonarqube',
          new Set(['component:default/a']),
        ),
      ).toBe(2);
      expect(await store.getFacts('component:default/b')).toEqual([]);
      // Another source's facts about the same entities are left alone.
      expect(await store.getFacts('component:default/a')).toHaveLength(2);
    });
  },
);
