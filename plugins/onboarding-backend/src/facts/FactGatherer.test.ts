import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  FactSource,
  GatheredFacts,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { DatabaseEvaluationStore } from '../database';
import { ownedComponent } from '../__testUtils__/entities';
import { DatabaseFactStore } from './DatabaseFactStore';
import { FactGatherer, GatheringSettings } from './FactGatherer';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const SETTINGS: GatheringSettings = {
  concurrency: 3,
  attemptTimeoutMs: 200,
  breakerThreshold: 3,
  breakerCooldownMs: 60_000,
};

/** A source whose answer per entity name each test scripts, counting calls and peak concurrency. */
function scriptedSource(
  answer: (name: string, signal: AbortSignal) => Promise<GatheredFacts>,
) {
  const stats = { calls: 0, running: 0, peak: 0 };
  const source: FactSource = {
    id: 'tool',
    title: 'Tool',
    provides: [{ name: 'tool/ok', type: 'boolean', description: 'ok' }],
    appliesTo: entity => entity.metadata.name !== 'ignored',
    async gather(entity, { signal }) {
      stats.calls += 1;
      stats.running += 1;
      stats.peak = Math.max(stats.peak, stats.running);
      try {
        return await answer(entity.metadata.name, signal);
      } finally {
        stats.running -= 1;
      }
    },
  };
  return { source, stats };
}

const ok = (value: boolean): GatheredFacts => ({
  facts: { 'tool/ok': value },
  unavailable: {},
  gatheredAt: new Date(),
});

describe('FactGatherer', () => {
  let store: DatabaseFactStore;
  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    await DatabaseEvaluationStore.create({
      database: mockServices.database({ knex }),
    });
    store = new DatabaseFactStore(knex);
  });

  function gatherer(
    source: FactSource,
    entities: Entity[],
    changed: string[] = [],
    options: { pageSize?: number; settings?: Partial<GatheringSettings> } = {},
  ) {
    return new FactGatherer({
      source,
      store,
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      kinds: ['Component'],
      pageSize: options.pageSize ?? 4,
      settings: { ...SETTINGS, ...options.settings },
      onChanged: async entity => {
        changed.push(stringifyEntityRef(entity));
      },
    });
  }

  it('gathers every entity the source applies to, a few at a time, and reports changes once', async () => {
    const entities = [
      ...Array.from({ length: 10 }, (_, i) => ownedComponent(`svc-${i}`)),
      ownedComponent('ignored'),
    ];
    const { source, stats } = scriptedSource(async () => {
      await new Promise(resolve => setTimeout(resolve, 10));
      return ok(true);
    });
    const changed: string[] = [];
    const first = await gatherer(source, entities, changed).runPass();
    expect(first).toMatchObject({ entities: 10, changed: 10, failed: 0 });
    expect(stats.calls).toBe(10);
    expect(stats.peak).toBeLessThanOrEqual(SETTINGS.concurrency);
    expect(stats.peak).toBeGreaterThan(1);
    expect(changed).toHaveLength(10);
    const second = await gatherer(source, entities, changed).runPass();
    expect(second.changed).toBe(0);
    expect(changed).toHaveLength(10);
  });

  it('times out a source that does not answer, and aborts its signal', async () => {
    let aborted = false;
    const { source } = scriptedSource(
      (_name, signal) =>
        new Promise(() => {
          signal.addEventListener('abort', () => (aborted = true));
        }),
    );
    const result = await gatherer(source, [ownedComponent('slow')]).gatherOne(
      ownedComponent('slow'),
    );
    expect(result.outcome).toBe('failed');
    expect(aborted).toBe(true);
    const [row] = await store.getFacts('component:default/slow');
    expect(row.error).toBe('Tool: no answer within 200 ms');
  });

  it('opens the breaker after repeated failures: later entities are not asked', async () => {
    const entities = Array.from({ length: 8 }, (_, i) =>
      ownedComponent(`down-${i}`),
    );
    const { source, stats } = scriptedSource(async () => {
      throw new Error('Tool GET /api: HTTP 503 Service Unavailable');
    });
    const g = gatherer(source, entities, [], {
      pageSize: 100,
      settings: { concurrency: 1 },
    });
    const summary = await g.runPass();
    expect(summary).toMatchObject({ entities: 8, failed: 3, refused: 5 });
    expect(stats.calls).toBe(3);
    const [refused] = await store.getFacts('component:default/down-7');
    expect(refused.error).toBe(
      'Tool: not asked, the source failed repeatedly (Tool GET /api: HTTP 503 Service Unavailable)',
    );
  });

  it('forgets facts about entities that left the catalog after a pass', async () => {
    const { source } = scriptedSource(async () => ok(true));
    await gatherer(source, [
      ownedComponent('stays'),
      ownedComponent('leaves'),
    ]).runPass();
    const summary = await gatherer(source, [ownedComponent('stays')]).runPass();
    expect(summary.removed).toBe(1);
    expect(await store.getFacts('component:default/leaves')).toEqual([]);
    expect(await store.getFacts('component:default/stays')).toHaveLength(1);
  });
});
