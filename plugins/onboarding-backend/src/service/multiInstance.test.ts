/*
 * Two backend instances of the onboarding plugin sharing one PostgreSQL database, as in a
 * production deployment with several replicas: the real scheduler (not the test mock)
 * takes its global task lock in that database, so each cadence of the catalog evaluation
 * runs on one instance only, and the store keeps one history row per change of an
 * entity's result however many instances evaluate it. The same holds for fact gathering:
 * a source registered by a module (here one that counts its calls) is asked about each
 * entity once per cadence in all, not once per instance.
 *
 * Runs only when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is set
 * (e.g. postgresql://postgres:postgres@localhost:5432, see scripts/start-postgres.sh).
 */
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createBackendModule,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';
// The real scheduler, which keeps its task lock in the plugin's database.
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { onboardingFactSourcesExtensionPoint } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import knexFactory, { Knex } from 'knex';
import onboardingPlugin from '..';
import { toDate } from '../database/DatabaseEvaluationStore';

const CONNECTION_ENV = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';
const TASK_ID = 'onboarding-evaluate-catalog';
const SOURCE_ID = 'counting';
const FACTS_TASK_ID = `onboarding-facts-${SOURCE_ID}`;
const FREQUENCY_MS = 2_000;
const ENTITY_COUNT = 300;
const PAGE_SIZE = 50;
/** Timer and clock slack allowed when comparing run start times with the cadence. */
const SLACK_MS = 500;
const INSTANCES = ['A', 'B'];

const ANNOTATION = (name: string) => `cloud-pi-native.fr/${name}`;
const STEP = ANNOTATION('onboarding-step');
const OWNERS = [
  'equipe-usagers',
  'equipe-usagers-mobile',
  'equipe-plateforme',
  'equipe-data',
  'equipe-securite',
];

/** A Component with evidence that varies with its index, so that evaluations differ. */
function makeEntity(i: number): Entity {
  const name = `service-${String(i).padStart(3, '0')}`;
  const owner = `group:default/${OWNERS[i % OWNERS.length]}`;
  const slug = `projet-${Math.floor(i / 3)}`;
  const annotations: Record<string, string> = {
    [STEP]: String((i % 5) + 1),
  };
  const add = (when: boolean, key: string, value: string) => {
    if (when) annotations[key] = value;
  };
  add(i % 2 === 0, ANNOTATION('sponsor'), 'user:default/camille.martin');
  add(
    i % 3 !== 1,
    ANNOTATION('request-type'),
    i % 2 ? 'move2cloud' : 'new-project',
  );
  add(
    i % 4 !== 3,
    ANNOTATION('funding'),
    ['budget', 'programme', 'project'][i % 3],
  );
  add(i % 5 !== 0, ANNOTATION('eligibility-case'), '1');
  add(
    i % 6 !== 5,
    ANNOTATION('prequalification'),
    `https://www.demarches-simplifiees.fr/dossiers/${4_800_000 + i}`,
  );
  add(
    i % 7 < 5,
    ANNOTATION('project-plan'),
    i % 11 === 0
      ? "voir le drive de l'équipe"
      : `https://wiki.example.gouv.fr/${slug}/plan-projet`,
  );
  add(i % 8 < 5, ANNOTATION('cct-reviewed'), '2026-06-02');
  add(
    i % 9 < 6,
    ANNOTATION('architecture-doc'),
    `https://wiki.example.gouv.fr/${slug}/architecture`,
  );
  add(i % 10 < 6, ANNOTATION('skills'), 'containers, kubernetes, gitops');
  add(i % 3 !== 2, ANNOTATION('console-project'), slug);
  add(i % 4 < 3, 'sonarqube.org/project-key', `${slug}-${name}`);
  add(i % 5 < 3, 'argocd/app-selector', `dso/project.slug=${slug}`);
  add(i % 6 < 3, ANNOTATION('access-request'), '2026-06-20');
  add(
    i % 7 < 3,
    ANNOTATION('sandbox-mvp'),
    `https://${name}.sandbox.example.gouv.fr`,
  );
  add(i % 8 < 3, ANNOTATION('health-path'), '/health');
  add(
    i % 9 < 3,
    ANNOTATION('hosting-request'),
    'https://resana.numerique.gouv.fr/public/document/consulter/7054535',
  );
  add(i % 10 < 3, ANNOTATION('homologation'), '2026-08-28');
  add(
    i % 11 < 3,
    ANNOTATION('observability-dashboards'),
    `https://grafana.example.gouv.fr/d/${slug}`,
  );
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner },
    relations: [{ type: RELATION_OWNED_BY, targetRef: owner }],
  };
}

interface CatalogCall {
  instance: string;
  at: number;
  /** The first page of a run is read without a cursor. */
  first: boolean;
  /** Read by a fact gathering pass rather than by the catalog evaluation. */
  gathering: boolean;
}

/** One question the fact source was asked. */
interface GatherCall {
  instance: string;
  at: number;
  entityRef: string;
}

interface LogEntry {
  instance: string;
  at: number;
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
}

interface Run {
  kind: RunKind;
  instance: string;
  startedAt: number;
  /** When the instance logged the run's summary; undefined while running (or if it failed). */
  endedAt?: number;
}

type RunKind = 'evaluation' | 'gathering';

/** How each kind of run logs its end (plugin.ts for the evaluation, FactGatherer.runPass). */
const END_OF_RUN: Record<RunKind, string> = {
  evaluation: 'Evaluated ',
  gathering: `Fact source ${SOURCE_ID}: `,
};

/** A module adding, on one instance, a fact source that records each entity it is asked about. */
function countingSourceModule(instance: string, gathered: GatherCall[]) {
  return createBackendModule({
    pluginId: 'onboarding',
    moduleId: 'counting-source',
    register(reg) {
      reg.registerInit({
        deps: { sources: onboardingFactSourcesExtensionPoint },
        async init({ sources }) {
          sources.addFactSource({
            id: SOURCE_ID,
            title: 'Counting source of the test',
            provides: [
              {
                name: `${SOURCE_ID}/constant`,
                type: 'number',
                description: 'Always 1: only the calls matter',
              },
            ],
            appliesTo: () => true,
            async gather(entity) {
              gathered.push({
                instance,
                at: Date.now(),
                entityRef: stringifyEntityRef(entity).toLocaleLowerCase(),
              });
              return {
                facts: { [`${SOURCE_ID}/constant`]: 1 },
                unavailable: {},
                gatheredAt: new Date(),
              };
            },
          });
        },
      });
    },
  });
}

/** A logger that records what one instance logs, with the time. */
function recordingLogger(instance: string, log: LogEntry[]): LoggerService {
  const record =
    (level: LogEntry['level']) =>
    (message: string): void => {
      log.push({ instance, at: Date.now(), level, message });
    };
  const logger: LoggerService = {
    error: record('error'),
    warn: record('warn'),
    info: record('info'),
    debug: record('debug'),
    child: () => logger,
  };
  return logger;
}

/** Waits until check() returns a value other than undefined, or fails at the deadline. */
async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

const connectionString = process.env[CONNECTION_ENV];
const describeIfPostgres = connectionString ? describe : describe.skip;

describeIfPostgres(
  connectionString
    ? 'onboarding evaluation with two backend instances sharing PostgreSQL 15'
    : `onboarding evaluation with two backend instances (skipped: set ${CONNECTION_ENV} to run it against PostgreSQL 15)`,
  () => {
    // Runs take from a fraction of a second to a few seconds, depending on the load.
    jest.setTimeout(120_000);

    type TestBackend = Awaited<ReturnType<typeof startTestBackend>>;
    const backends = new Map<string, TestBackend>();
    const knexes: Knex[] = [];
    const calls: CatalogCall[] = [];
    const gathered: GatherCall[] = [];
    const log: LogEntry[] = [];
    // Both instances' catalogs hold these very objects: changing one changes both views.
    const entities = Array.from({ length: ENTITY_COUNT }, (_, i) =>
      makeEntity(i),
    );
    const refs = entities.map(e => stringifyEntityRef(e).toLocaleLowerCase());
    let db: Knex;

    // Declared before TestDatabases.create so that it runs first: the test database can
    // only be dropped once no backend and no pool is connected to it any more.
    afterAll(async () => {
      await Promise.all([...backends.values()].map(b => b.stop()));
      backends.clear();
      // A stopped instance still finishes the run it had started, then releases the
      // task: wait for that before closing the pools under it.
      if (knexes.length > 0) {
        await waitFor(
          'the last evaluation to end',
          async () => ((await currentTicket()) ? undefined : true),
          30_000,
        ).catch(() => undefined);
      }
      await Promise.all(knexes.map(k => k.destroy()));
    }, 45_000);

    const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

    async function currentTicket(): Promise<string | null | undefined> {
      const row = await db('backstage_backend_tasks__tasks')
        .where({ id: TASK_ID })
        .first('current_run_ticket');
      return row?.current_run_ticket;
    }

    /** Runs as seen by the catalog reads and the summary each instance logs at the end. */
    function runs(kind: RunKind = 'evaluation'): Run[] {
      const result: Run[] = [];
      for (const instance of INSTANCES) {
        const starts = calls
          .filter(
            c =>
              c.instance === instance &&
              c.first &&
              c.gathering === (kind === 'gathering'),
          )
          .map(c => c.at);
        const ends = log
          .filter(
            e =>
              e.instance === instance &&
              e.level === 'info' &&
              e.message.startsWith(END_OF_RUN[kind]),
          )
          .map(e => e.at);
        starts.forEach((startedAt, index) => {
          const nextStart = starts[index + 1] ?? Infinity;
          const endedAt = ends.find(end => end >= startedAt && end < nextStart);
          result.push({ kind, instance, startedAt, endedAt });
        });
      }
      return result.sort((a, b) => a.startedAt - b.startedAt);
    }

    const completedRuns = (since = 0, kind: RunKind = 'evaluation') =>
      runs(kind).filter(r => r.startedAt >= since && r.endedAt !== undefined);

    /**
     * No two runs overlap (only the last one may still be running), and run starts follow
     * the cadence rather than the number of instances.
     */
    function expectOneRunPerCadence(kind: RunKind = 'evaluation') {
      const all = runs(kind);
      for (let i = 1; i < all.length; i++) {
        const previous = all[i - 1];
        expect({
          run: i,
          previousEnded: previous.endedAt !== undefined,
          startsAfterPreviousEnd:
            previous.endedAt !== undefined &&
            all[i].startedAt >= previous.endedAt,
        }).toEqual({
          run: i,
          previousEnded: true,
          startsAfterPreviousEnd: true,
        });
      }
      // The scheduler moves the next start one frequency after the previous scheduled
      // start, and a run starts at most one poll interval (the frequency) after its
      // scheduled start: so k runs later is at least (k - 1) frequencies later. Two
      // instances each running every cadence would break this for k >= 3.
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 2; j < all.length; j++) {
          const gap = all[j].startedAt - all[i].startedAt;
          expect({
            from: i,
            to: j,
            atLeastExpectedGap: gap >= (j - i - 1) * FREQUENCY_MS - SLACK_MS,
            gap,
          }).toEqual({
            from: i,
            to: j,
            atLeastExpectedGap: true,
            gap,
          });
        }
      }
    }

    async function historyCounts(): Promise<Map<string, number>> {
      const rows: Array<{ entity_ref: string; count: string | number }> =
        await db('onboarding_evaluations')
          .select('entity_ref')
          .count({ count: '*' })
          .groupBy('entity_ref');
      return new Map(rows.map(r => [r.entity_ref, Number(r.count)]));
    }

    async function latestRows() {
      const rows: Array<{
        entity_ref: string;
        evaluation_id: number;
        fingerprint: string;
        evaluated_at: Date;
        checked_at: Date;
      }> = await db('onboarding_latest').select(
        'entity_ref',
        'evaluation_id',
        'fingerprint',
        'evaluated_at',
        'checked_at',
      );
      return new Map(rows.map(r => [r.entity_ref, r]));
    }

    async function startInstance(instance: string, knex: Knex) {
      const catalogFactory = createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => {
          const catalog = catalogServiceMock({ entities });
          const queryEntities = catalog.queryEntities.bind(catalog);
          catalog.queryEntities = async (request, options) => {
            calls.push({
              instance,
              at: Date.now(),
              first: !(request && 'cursor' in request && request.cursor),
              // Both kinds of run read the same pages: the caller tells them apart
              // (a frame `FactGatherer.<name> [as runPass]` with source maps).
              gathering: /\bFactGatherer\./.test(new Error().stack ?? ''),
            });
            return queryEntities(request, options);
          };
          return catalog;
        },
      });
      const backend = await startTestBackend({
        features: [
          onboardingPlugin,
          catalogFactory,
          countingSourceModule(instance, gathered),
          schedulerServiceFactory,
          mockServices.database.factory({ knex }),
          createServiceFactory({
            service: coreServices.logger,
            deps: {},
            factory: () => recordingLogger(instance, log),
          }),
          mockServices.rootConfig.factory({
            data: {
              onboarding: {
                schedule: {
                  frequency: { seconds: FREQUENCY_MS / 1000 },
                  timeout: { seconds: 30 },
                  initialDelay: { seconds: 0 },
                },
                evaluation: { pageSize: PAGE_SIZE },
                facts: {
                  schedule: {
                    frequency: { seconds: FREQUENCY_MS / 1000 },
                    timeout: { seconds: 30 },
                    initialDelay: { seconds: 0 },
                  },
                },
              },
            },
          }),
        ],
      });
      backends.set(instance, backend);
    }

    beforeAll(async () => {
      db = await databases.init('POSTGRES_15');
      // The second instance has a pool of its own on the same database, like a replica.
      const other = knexFactory(db.client.config);
      knexes.push(db, other);
      // One after the other: both run the plugin's and the scheduler's migrations.
      await startInstance(INSTANCES[0], db);
      await startInstance(INSTANCES[1], other);
    });

    it('keeps the scheduler task and its lock in the shared database', async () => {
      const tasks = await db('backstage_backend_tasks__tasks').select('id');
      expect(tasks.map(t => t.id).sort()).toEqual(
        [TASK_ID, FACTS_TASK_ID, 'onboarding-retention'].sort(),
      );
      const [{ current_database: name }] = (
        await db.raw('SELECT current_database()')
      ).rows;
      const [{ current_database: otherName }] = (
        await knexes[1].raw('SELECT current_database()')
      ).rows;
      expect(otherName).toBe(name);
    });

    it('evaluates each entity once per cadence, on one instance at a time', async () => {
      // Several cadences: at least four completed runs.
      await waitFor(
        'four completed runs',
        () => (completedRuns().length >= 4 ? true : undefined),
        // Generous: on a loaded 2-core machine a run may take several cadences to finish.
        90_000,
      );
      const all = completedRuns();
      expectOneRunPerCadence();
      const elapsed = all[all.length - 1].startedAt - all[0].startedAt;
      expect(all.length).toBeLessThanOrEqual(
        Math.floor((elapsed + SLACK_MS) / FREQUENCY_MS) + 1,
      );
      // Each run read every page once: ENTITY_COUNT / PAGE_SIZE reads per run.
      const firstCalls = calls.filter(c => c.first).length;
      expect(calls.length).toBeGreaterThanOrEqual(
        (firstCalls - 1) * (ENTITY_COUNT / PAGE_SIZE),
      );

      // One history row per entity (its result never changed), none lost, none doubled.
      const counts = await historyCounts();
      expect(counts.size).toBe(ENTITY_COUNT);
      expect([...counts.keys()].sort()).toEqual([...refs].sort());
      expect([...counts.values()].every(c => c === 1)).toBe(true);
      const [{ total }] = await db('onboarding_evaluations').count({
        total: '*',
      });
      expect(Number(total)).toBe(ENTITY_COUNT);

      const latest = await latestRows();
      expect(latest.size).toBe(ENTITY_COUNT);
      // The evaluations differ from one entity to the next.
      expect(
        new Set([...latest.values()].map(r => r.fingerprint)).size,
      ).toBeGreaterThan(10);

      // Nothing went wrong on either instance.
      expect(
        log.filter(e => e.level === 'error' || e.level === 'warn'),
      ).toEqual([]);
      const summaries = log.filter(e => e.message.startsWith('Evaluated '));
      expect(
        summaries.every(e =>
          e.message.includes(`Evaluated ${ENTITY_COUNT} entities`),
        ),
      ).toBe(true);
      expect(summaries.every(e => e.message.includes(' 0 failed'))).toBe(true);
    });

    it('stores exactly one new row per changed entity, and checks the others again', async () => {
      const before = await latestRows();
      const changed = new Set<string>();
      // All at once, between two awaits: no run sees half of the change.
      entities.forEach((entity, i) => {
        if (i % 3 !== 0) return;
        const annotations = entity.metadata.annotations!;
        const declared = Number(annotations[STEP]);
        annotations[STEP] = String((declared % 5) + 1);
        changed.add(refs[i]);
      });
      const changedAt = Date.now();

      // Two complete runs started after the change: the change is seen, then seen again.
      await waitFor(
        'two runs after the change',
        () => (completedRuns(changedAt).length >= 2 ? true : undefined),
        30_000,
      );
      expectOneRunPerCadence();

      const counts = await historyCounts();
      for (const ref of refs) {
        expect({ ref, rows: counts.get(ref) }).toEqual({
          ref,
          rows: changed.has(ref) ? 2 : 1,
        });
      }
      const [{ total }] = await db('onboarding_evaluations').count({
        total: '*',
      });
      expect(Number(total)).toBe(ENTITY_COUNT + changed.size);

      const after = await latestRows();
      expect(after.size).toBe(ENTITY_COUNT);
      const newest: Array<{ entity_ref: string; id: number }> = await db(
        'onboarding_evaluations',
      )
        .select('entity_ref')
        .max({ id: 'id' })
        .groupBy('entity_ref');
      const newestId = new Map(newest.map(r => [r.entity_ref, Number(r.id)]));
      // Every entity's latest row, described the same way whether it holds or not.
      const ms = (value: Date) => toDate(value).getTime();
      const states = refs.map(ref => {
        const was = before.get(ref)!;
        const now = after.get(ref)!;
        const isChanged = changed.has(ref);
        return {
          ref,
          // The latest row points at the entity's newest history row.
          pointsAtNewest: now.evaluation_id === newestId.get(ref),
          // Checked again on every run, changed or not.
          checkedAgain: ms(now.checked_at) > ms(was.checked_at),
          // A changed entity has a new result, first seen after the change; the
          // others keep the row, result and date they had.
          resultAsExpected: isChanged
            ? now.fingerprint !== was.fingerprint &&
              ms(now.evaluated_at) >= changedAt - SLACK_MS
            : now.fingerprint === was.fingerprint &&
              now.evaluation_id === was.evaluation_id &&
              ms(now.evaluated_at) === ms(was.evaluated_at),
        };
      });
      expect(states).toEqual(
        refs.map(ref => ({
          ref,
          pointsAtNewest: true,
          checkedAgain: true,
          resultAsExpected: true,
        })),
      );
      expect(
        log.filter(e => e.level === 'error' || e.level === 'warn'),
      ).toEqual([]);
    });

    /** How many times each entity was asked about by the passes given (all complete). */
    function questionsPerEntity(passes: Run[]): Map<string, number> {
      const counts = new Map<string, number>();
      for (const g of gathered) {
        const inPass = passes.some(
          p =>
            p.instance === g.instance &&
            g.at >= p.startedAt &&
            g.at <= p.endedAt!,
        );
        if (inPass) counts.set(g.entityRef, (counts.get(g.entityRef) ?? 0) + 1);
      }
      return counts;
    }

    it("gathers each entity's facts once per cadence across both instances, one row per entity and source", async () => {
      await waitFor(
        'three completed gathering passes',
        () => (completedRuns(0, 'gathering').length >= 3 ? true : undefined),
        45_000,
      );
      const passes = completedRuns(0, 'gathering');
      // One pass at a time, following the cadence rather than the number of instances.
      expectOneRunPerCadence('gathering');
      const elapsed = passes[passes.length - 1].startedAt - passes[0].startedAt;
      expect(passes.length).toBeLessThanOrEqual(
        Math.floor((elapsed + SLACK_MS) / FREQUENCY_MS) + 1,
      );
      // Each pass asked about every entity once.
      for (const pass of passes) {
        const counts = questionsPerEntity([pass]);
        expect({
          instance: pass.instance,
          entities: counts.size,
          askedTwice: [...counts.values()].filter(n => n > 1).length,
        }).toEqual({
          instance: pass.instance,
          entities: ENTITY_COUNT,
          askedTwice: 0,
        });
      }
      // In all, once per completed pass, and never outside a pass: the two instances did not
      // both ask in the same cadence.
      const lastEnd = passes[passes.length - 1].endedAt!;
      const asked = gathered.filter(g => g.at <= lastEnd);
      expect(asked.length).toBe(passes.length * ENTITY_COUNT);
      const counts = questionsPerEntity(passes);
      expect([...counts.keys()].sort()).toEqual([...refs].sort());
      expect(new Set(counts.values())).toEqual(new Set([passes.length]));

      const rows: Array<{ entity_ref: string; source: string }> = await db(
        'onboarding_facts',
      ).select('entity_ref', 'source');
      expect(rows.every(r => r.source === SOURCE_ID)).toBe(true);
      expect(rows.map(r => r.entity_ref).sort()).toEqual([...refs].sort());
      expect(
        log.filter(e => e.level === 'error' || e.level === 'warn'),
      ).toEqual([]);
    });

    it('lets the other instance take over both cadences when the one that gathered stops', async () => {
      // The instance that ran the latest gathering pass stops; the other one, which was
      // waiting on the same locks all along, must take over the gathering and the evaluation.
      const latestPass = completedRuns(0, 'gathering').pop()!;
      const stopped = latestPass.instance;
      const survivor = INSTANCES.find(i => i !== stopped)!;
      // A run in progress there still completes and releases the lock.
      await backends.get(stopped)!.stop();
      backends.delete(stopped);
      const stoppedAt = Date.now();

      await waitFor(
        `an evaluation run and a gathering pass on instance ${survivor}`,
        () =>
          completedRuns(stoppedAt).some(r => r.instance === survivor) &&
          completedRuns(stoppedAt, 'gathering').some(
            r => r.instance === survivor,
          )
            ? true
            : undefined,
        30_000,
      );
      expect(completedRuns(stoppedAt).every(r => r.instance === survivor)).toBe(
        true,
      );
      expectOneRunPerCadence();
      const counts = await historyCounts();
      expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(
        ENTITY_COUNT + Math.ceil(ENTITY_COUNT / 3),
      );

      const passesAfter = completedRuns(stoppedAt, 'gathering');
      expect(passesAfter.every(r => r.instance === survivor)).toBe(true);
      expectOneRunPerCadence('gathering');
      const asked = questionsPerEntity(passesAfter);
      expect([...asked.keys()].sort()).toEqual([...refs].sort());
      expect(new Set(asked.values())).toEqual(new Set([passesAfter.length]));
      const [{ total }] = await db('onboarding_facts').count({ total: '*' });
      expect(Number(total)).toBe(ENTITY_COUNT);
    });
  },
);
