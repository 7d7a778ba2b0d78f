import { OnboardingEvent } from './changeEvents';
import { NOTIFICATION_TEXTS, notificationText } from './notificationTexts';

const context = {
  entityName: 'Portail usager',
  criterionTitle: (id: string) => `titre de ${id}`,
};

const EVENTS: OnboardingEvent[] = [
  { kind: 'gate-passed', fromStep: 1, toStep: 2 },
  { kind: 'gate-passed', fromStep: 1, toStep: 3 },
  { kind: 'fell-back', fromStep: 3, toStep: 2, criteria: ['S2-ARCHI'] },
  { kind: 'fell-back', fromStep: 2, toStep: 2, criteria: ['S1-A', 'S1-B'] },
  { kind: 'fell-back', fromStep: 3, toStep: 2, criteria: [] },
  {
    kind: 'exemption-expiring',
    criterionId: 'S3-HOMOLOGATION',
    step: 3,
    expires: '2026-12-11',
    daysLeft: 14,
  },
  {
    kind: 'exemption-expiring',
    criterionId: 'S3-HOMOLOGATION',
    step: 3,
    expires: '2026-11-27',
    daysLeft: 0,
  },
];

describe('notification texts', () => {
  it('has every kind of event in both languages', () => {
    expect(Object.keys(NOTIFICATION_TEXTS.fr).sort()).toEqual(
      Object.keys(NOTIFICATION_TEXTS.en).sort(),
    );
  });

  it.each(EVENTS.map(e => [e.kind, e] as const))(
    'writes %s in French and in English, naming the entity',
    (_kind, event) => {
      const fr = notificationText('fr', event, context);
      const en = notificationText('en', event, context);
      for (const text of [fr, en]) {
        expect(text.title).toContain('Portail usager');
        expect(text.description.length).toBeGreaterThan(20);
        expect(`${text.title} ${text.description}`).not.toMatch(
          /undefined|NaN|\[object/,
        );
      }
      expect(fr.title).not.toEqual(en.title);
      expect(fr.description).not.toEqual(en.description);
    },
  );

  it('names the criteria lost and the steps, with the right agreement', () => {
    const two = notificationText('fr', EVENTS[3], context);
    expect(two.title).toBe('Portail usager : 2 critères ne sont plus remplis');
    expect(two.description).toContain(
      'S1-A (titre de S1-A), S1-B (titre de S1-B)',
    );
    expect(notificationText('en', EVENTS[2], context)).toEqual({
      title: 'Portail usager falls back from step 3 to step 2',
      description:
        "Criterion that was met and is no longer: S2-ARCHI (titre de S2-ARCHI). Its evidence now places it at step 2 instead of 3. The entity's Onboarding tab says what to fix.",
    });
    expect(notificationText('fr', EVENTS[1], context).description).toContain(
      'les portes des étapes 1 à 2',
    );
    expect(notificationText('fr', EVENTS[6], context).description).toContain(
      "vaut jusqu'à ce soir",
    );
  });
});
