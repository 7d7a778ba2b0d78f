import { ConfigReader } from '@backstage/config';
import { readSettings } from './settings';

const read = (notifications: unknown) =>
  readSettings(new ConfigReader({ onboarding: { notifications } } as any))
    .notifications;

describe('onboarding.notifications settings', () => {
  it('are off by default, every kind on once enabled, in French, topic onboarding', () => {
    expect(readSettings(new ConfigReader({})).notifications).toEqual({
      enabled: false,
      events: {
        'gate-passed': true,
        'fell-back': true,
        'exemption-expiring': true,
      },
      topic: 'onboarding',
      language: 'fr',
      exemptionNoticeDays: 14,
    });
  });

  it('reads each kind, the topic, the language and the notice', () => {
    expect(
      read({
        enabled: true,
        events: { fellBack: false },
        topic: ' Embarquement ',
        language: 'en',
        exemptionNoticeDays: 30,
      }),
    ).toEqual({
      enabled: true,
      events: {
        'gate-passed': true,
        'fell-back': false,
        'exemption-expiring': true,
      },
      topic: 'Embarquement',
      language: 'en',
      exemptionNoticeDays: 30,
    });
  });

  it.each([
    [
      { enabled: 'yes' },
      'Invalid config onboarding.notifications.enabled: expected true or false, found "yes"',
    ],
    [
      { events: { gatePased: true } },
      'Invalid config onboarding.notifications.events.gatePased: unknown kind of event, expected one of gatePassed, fellBack, exemptionExpiring',
    ],
    [
      { events: { fellBack: 1 } },
      'Invalid config onboarding.notifications.events.fellBack: expected true or false, found 1',
    ],
    [
      { language: 'de' },
      'Invalid config onboarding.notifications.language: expected fr or en, found "de"',
    ],
    [
      { topic: '  ' },
      'Invalid config onboarding.notifications.topic: expected a non-empty text of at most 255 characters, found "  "',
    ],
    [
      { exemptionNoticeDays: 0 },
      'Invalid config onboarding.notifications.exemptionNoticeDays: expected a whole number from 1 to 365, found 0',
    ],
  ])('refuses %j with a clear error', (notifications, message) => {
    expect(() => read(notifications)).toThrow(message);
  });
});
