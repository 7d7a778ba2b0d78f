/*
 * Two backend instances of the portal (onboarding + Backstage's real notifications
 * backend) sharing one database, as replicas do: both evaluate the same entity after the
 * same change of its catalog entry, and the owner group's members get exactly one
 * notification for it, again after a restart. PostgreSQL 15 when
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is set (both instances answer at
 * the same moment); a SQLite file otherwise (one after the other: better-sqlite3 blocks
 * its process while it waits for a lock, so two pools in one process cannot wait on each other).
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import knexFactory, { Knex } from 'knex';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import onboardingPlugin from '..';
import { STEP_ONE_EVIDENCE, ownedComponent } from '../__testUtils__/entities';

jest.setTimeout(90_000);

const CONNECTION_ENV = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';
const postgres = process.env[CONNECTION_ENV];
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const OUTSIDER = 'user:default/outsider';
const TOPIC = 'embarquement-test';
/** The plugins of each instance that have a database. */
const PLUGINS = ['onboarding', 'notifications'];

const user = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: {},
});
const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team', namespace: 'default' },
  spec: { type: 'team', children: [] },
  relations: [
    { type: 'hasMember', targetRef: ALICE },
    { type: 'hasMember', targetRef: BOB },
  ],
};
const { 'cloud-pi-native.fr/funding': _funding, ...WITHOUT_FUNDING } =
  STEP_ONE_EVIDENCE;

type TestBackend = Awaited<ReturnType<typeof startTestBackend>>;

describe(`onboarding notifications with two backend instances on ${
  postgres ? 'PostgreSQL 15' : 'a SQLite file'
}`, () => {
  const portail = ownedComponent('portail', 'team', WITHOUT_FUNDING);
  // Both instances' catalogs hold these very objects: changing one changes both views.
  const entities: Entity[] = [
    team,
    user('alice'),
    user('bob'),
    user('outsider'),
    portail,
  ];
  const backends: TestBackend[] = [];
  const pools: Knex[] = [];
  let directory: string | undefined;
  let admin: Knex | undefined;
  let databaseName = '';

  /** A new pool on a plugin's database, as each instance has its own. */
  function pool(pluginId: string): Knex {
    const knex = postgres
      ? knexFactory({
          client: 'pg',
          connection: `${postgres.replace(
            /\/$/,
            '',
          )}/${databaseName}_${pluginId}`,
        })
      : knexFactory({
          client: 'better-sqlite3',
          connection: { filename: join(directory!, `${pluginId}.sqlite`) },
          useNullAsDefault: true,
        });
    pools.push(knex);
    return knex;
  }

  /** Each plugin its own database (as in production), shared by both instances. */
  const databaseFactory = createServiceFactory({
    service: coreServices.database,
    deps: { plugin: coreServices.pluginMetadata },
    factory: ({ plugin }) => {
      const knex = pool(plugin.getId());
      return { getClient: async () => knex };
    },
  });

  async function startInstance(): Promise<TestBackend> {
    const backend = await startTestBackend({
      features: [
        onboardingPlugin,
        notificationsPlugin,
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => {
            const catalog = catalogServiceMock({ entities });
            return catalog;
          },
        }),
        databaseFactory,
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            onboarding: {
              // Only the requests under test evaluate: the scheduled pass is a day away.
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 5 },
                initialDelay: { hours: 1 },
              },
              notifications: { enabled: true, language: 'en', topic: TOPIC },
            },
          },
        }),
      ],
    });
    backends.push(backend);
    return backend;
  }

  function setPortail(annotations: Record<string, string>) {
    portail.metadata.annotations = annotations;
  }

  /** Every instance evaluates the entity, as the tab of two users on two replicas does. */
  async function viewOnEveryInstance(instances: TestBackend[]) {
    const view = (backend: TestBackend) =>
      request(backend.server)
        .get('/api/onboarding/entities/default/component/portail')
        .set('Authorization', mockCredentials.user.header(ALICE));
    const responses = postgres
      ? await Promise.all(instances.map(view))
      : await instances.reduce<Promise<request.Response[]>>(
          async (done, backend) => [...(await done), await view(backend)],
          Promise.resolve([]),
        );
    for (const res of responses) expect(res.status).toBe(200);
    return responses.map(res => res.body.step as number);
  }

  async function notificationsOf(backend: TestBackend, userRef: string) {
    const res = await request(backend.server)
      .get('/api/notifications/notifications')
      .query({ topic: TOPIC })
      .set('Authorization', mockCredentials.user.header(userRef));
    expect(res.status).toBe(200);
    return (
      res.body.notifications as Array<{
        user: string;
        payload: {
          title: string;
          description: string;
          link: string;
          topic: string;
          severity: string;
        };
      }>
    ).map(n => n.payload);
  }

  beforeAll(async () => {
    if (postgres) {
      databaseName = `onboarding_notify_${Date.now()}`;
      admin = knexFactory({ client: 'pg', connection: postgres });
      for (const pluginId of PLUGINS)
        await admin.raw(`CREATE DATABASE ${databaseName}_${pluginId}`);
    } else {
      directory = mkdtempSync(join(tmpdir(), 'onboarding-notify-'));
    }
    // One after the other: both run the migrations of every plugin.
    await startInstance();
    await startInstance();
  });

  afterAll(async () => {
    await Promise.all(backends.map(b => b.stop()));
    await Promise.all(pools.map(p => p.destroy()));
    if (admin) {
      for (const pluginId of PLUGINS)
        await admin.raw(`DROP DATABASE IF EXISTS ${databaseName}_${pluginId}`);
      await admin.destroy();
    }
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('tells nothing of an entity seen for the first time', async () => {
    expect(await viewOnEveryInstance(backends)).toEqual([1, 1]);
    expect(await notificationsOf(backends[0], ALICE)).toEqual([]);
  });

  it('notifies the owner group once when the entity passes a gate', async () => {
    setPortail(STEP_ONE_EVIDENCE);
    expect(await viewOnEveryInstance(backends)).toEqual([2, 2]);

    const expected = {
      title: 'portail moves to step 2',
      link: '/catalog/default/component/portail/onboarding',
      topic: TOPIC,
      severity: 'normal',
    };
    for (const member of [ALICE, BOB]) {
      const received = await notificationsOf(backends[1], member);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject(expected);
      expect(received[0].description).toContain('passed the gate of step 1');
    }
    expect(await notificationsOf(backends[0], OUTSIDER)).toEqual([]);
  });

  it('sends nothing more after a restart, for a change already notified', async () => {
    const first = backends.shift()!;
    await first.stop();
    const restarted = await startInstance();

    expect(await viewOnEveryInstance([restarted, backends[0]])).toEqual([2, 2]);
    expect(await notificationsOf(restarted, ALICE)).toHaveLength(1);
  });

  it('notifies once when it falls back, naming the criterion lost', async () => {
    setPortail(WITHOUT_FUNDING);
    expect(await viewOnEveryInstance(backends)).toEqual([1, 1]);

    const received = await notificationsOf(backends[0], ALICE);
    expect(received.map(n => n.title)).toEqual([
      'portail falls back from step 2 to step 1',
      'portail moves to step 2',
    ]);
    expect(received[0]).toMatchObject({
      severity: 'high',
      link: '/catalog/default/component/portail/onboarding',
    });
    expect(received[0].description).toContain('S1-FUNDING');
  });
});
