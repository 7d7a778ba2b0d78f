import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import {
  DEFAULT_CRITERIA,
  evaluateEntity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import knexFactory, { Knex } from 'knex';
import { DatabaseEvaluationStore } from '../database';
import { STEP_ONE_EVIDENCE, ownedComponent } from '../__testUtils__/entities';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { NotificationSettings } from '../service/settings';
import { ExemptionReminder } from './ExemptionReminder';
import { NotificationLog } from './NotificationLog';
import { OnboardingNotifier } from './OnboardingNotifier';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: testDatabaseIds() });
const DAY_MS = 24 * 60 * 60 * 1000;
const EVALUATED = new Date('2026-11-20T10:00:00Z');

const SETTINGS: NotificationSettings = {
  enabled: true,
  events: {
    'gate-passed': true,
    'fell-back': true,
    'exemption-expiring': true,
  },
  topic: 'onboarding',
  language: 'fr',
  exemptionNoticeDays: 14,
};

/**
 * The notification service at the edge: records what would go to the notifications
 * backend (the two-instance test runs the real one).
 */
function recordingNotifications() {
  const sent: NotificationSendOptions[] = [];
  const service: NotificationService = {
    send: async options => {
      sent.push(options);
    },
  };
  return { sent, service };
}

/** A component of `owner` whose funding is exempted until `expires`. */
function exempted(name: string, expires: string) {
  return ownedComponent(name, 'team', {
    ...STEP_ONE_EVIDENCE,
    'cloud-pi-native.fr/funding': '',
    'cloud-pi-native.fr/exemption.S1-FUNDING': `${expires}: budget voté en janvier`,
  });
}

describe.each(databases.eachSupportedId())('ExemptionReminder (%s)', id => {
  const pools: Knex[] = [];
  afterEach(async () => {
    await Promise.all(pools.splice(0).map(p => p.destroy()));
  });

  /** An instance of the backend's reminder on the database, with its own pool on PostgreSQL. */
  async function instance(
    knex: Knex,
    now: () => Date,
    settings: NotificationSettings = SETTINGS,
  ) {
    let db = knex;
    if (knex.client.dialect === 'postgresql') {
      db = knexFactory(knex.client.config);
      pools.push(db);
    }
    const store = await DatabaseEvaluationStore.create({
      database: mockServices.database({ knex: db }),
    });
    const log = new NotificationLog(db);
    const { sent, service } = recordingNotifications();
    const notifier = new OnboardingNotifier({
      notifications: service,
      log,
      settings,
      criteria: () => DEFAULT_CRITERIA,
      logger: mockServices.logger.mock(),
      now,
    });
    const reminder = new ExemptionReminder({
      store,
      notifier,
      log,
      noticeDays: settings.exemptionNoticeDays,
      retentionDays: 30,
      now,
    });
    return { store, sent, reminder };
  }

  async function save(
    store: DatabaseEvaluationStore,
    entity: ReturnType<typeof exempted>,
  ) {
    await store.saveEvaluation({
      entityRef: `component:default/${entity.metadata.name}`,
      kind: 'Component',
      ownerRef: entity.relations?.[0]?.targetRef,
      evaluation: evaluateEntity(entity, DEFAULT_CRITERIA, {
        now: EVALUATED,
        facts: {},
      }),
      criteriaVersion: 'v1',
      evaluatedAt: EVALUATED,
    });
  }

  it('recalls each exemption once to its owner, however many instances run it, and again once renewed', async () => {
    const knex = await databases.init(id);
    let now = new Date('2026-11-27T06:00:00Z');
    const a = await instance(knex, () => now);
    const b = await instance(knex, () => now);
    await save(a.store, exempted('portail', '2026-12-11'));
    await save(a.store, exempted('plus-tard', '2026-12-12'));
    // No owner: nobody to tell.
    await save(a.store, {
      ...exempted('sans-equipe', '2026-12-01'),
      relations: [],
    });
    await save(a.store, ownedComponent('sans-exemption', 'team'));

    const counts = await Promise.all([a.reminder.run(), b.reminder.run()]);

    const sent = [...a.sent, ...b.sent];
    expect(counts.reduce((x, y) => x + y, 0)).toBe(1);
    expect(sent).toEqual([
      {
        recipients: { type: 'entity', entityRef: 'group:default/team' },
        payload: {
          title: "portail : l'exemption de S1-FUNDING expire le 2026-12-11",
          description: expect.stringContaining('expire dans 14 jours'),
          link: '/catalog/default/component/portail/onboarding',
          topic: 'onboarding',
          severity: 'normal',
        },
      },
    ]);

    // The next days: the same exemption is not recalled, the one entering the notice is.
    now = new Date(now.getTime() + DAY_MS);
    await a.reminder.run();
    await b.reminder.run();
    expect([...a.sent, ...b.sent].map(s => s.payload.title).sort()).toEqual([
      "plus-tard : l'exemption de S1-FUNDING expire le 2026-12-12",
      "portail : l'exemption de S1-FUNDING expire le 2026-12-11",
    ]);

    // Renewed to a later day that is also near: a new exemption, recalled once.
    await save(a.store, exempted('portail', '2026-12-12'));
    await a.reminder.run();
    await b.reminder.run();
    expect([...a.sent, ...b.sent]).toHaveLength(3);
  });

  it('sends nothing when notifications, or this kind of event, are off', async () => {
    const knex = await databases.init(id);
    const now = () => new Date('2026-11-27T06:00:00Z');
    const off = await instance(knex, now, { ...SETTINGS, enabled: false });
    const kindOff = await instance(knex, now, {
      ...SETTINGS,
      events: { ...SETTINGS.events, 'exemption-expiring': false },
    });
    await save(off.store, exempted('portail', '2026-12-01'));

    expect(await off.reminder.run()).toBe(0);
    expect(await kindOff.reminder.run()).toBe(0);
    expect([...off.sent, ...kindOff.sent]).toEqual([]);
  });
});
