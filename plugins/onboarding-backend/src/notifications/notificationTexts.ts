import {
  Language,
  getStep,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { OnboardingEvent } from './changeEvents';

/** What a notification says: its title and its description. */
export interface NotificationText {
  title: string;
  description: string;
}

/** What the texts name besides the event: the entity and the criteria's titles. */
export interface TextContext {
  /** The entity's title, or its name. */
  entityName: string;
  /** A criterion's title in the language, or its id when the criteria set no longer has it. */
  criterionTitle: (criterionId: string) => string;
}

type Texts = {
  [K in OnboardingEvent['kind']]: (
    event: Extract<OnboardingEvent, { kind: K }>,
    context: TextContext,
  ) => NotificationText;
};

const named = (context: TextContext, ids: string[]) =>
  ids.map(id => `${id} (${context.criterionTitle(id)})`).join(', ');

/**
 * Every notification text, in French and in English. Notifications are written on the
 * server, so their language is the portal's choice (onboarding.notifications.language).
 */
export const NOTIFICATION_TEXTS: Record<Language, Texts> = {
  fr: {
    'gate-passed': (event, { entityName }) => ({
      title: `${entityName} passe à l'étape ${event.toStep}`,
      description: `${entityName} a franchi ${
        event.toStep - event.fromStep > 1
          ? `les portes des étapes ${event.fromStep} à ${event.toStep - 1}`
          : `la porte de l'étape ${event.fromStep}`
      } : ses preuves le placent désormais à l'étape ${event.toStep}, « ${
        getStep(event.toStep).title.fr
      } ».`,
    }),
    'fell-back': (event, context) => {
      const dropped = event.toStep < event.fromStep;
      const count = event.criteria.length;
      return {
        title: dropped
          ? `${context.entityName} redescend de l'étape ${event.fromStep} à l'étape ${event.toStep}`
          : `${context.entityName} : ${
              count > 1
                ? `${count} critères ne sont plus remplis`
                : "un critère n'est plus rempli"
            }`,
        description: [
          count > 0
            ? `${
                count > 1
                  ? 'Critères qui étaient remplis'
                  : 'Critère qui était rempli'
              } et ne l'${count > 1 ? 'sont' : 'est'} plus : ${named(
                context,
                event.criteria,
              )}.`
            : '',
          dropped
            ? `Ses preuves le placent désormais à l'étape ${event.toStep} au lieu de ${event.fromStep}.`
            : '',
          "L'onglet Embarquement de l'entité dit quoi corriger.",
        ]
          .filter(Boolean)
          .join(' '),
      };
    },
    'exemption-expiring': (event, context) => ({
      title: `${context.entityName} : l'exemption de ${event.criterionId} expire le ${event.expires}`,
      description: `L'exemption déclarée pour le critère ${
        event.criterionId
      } (${context.criterionTitle(event.criterionId)}) ${
        event.daysLeft === 0
          ? "vaut jusqu'à ce soir"
          : `expire dans ${event.daysLeft} jour${event.daysLeft > 1 ? 's' : ''}`
      } (dernier jour : ${
        event.expires
      }). Remplissez le critère ou renouvelez l'exemption, sans quoi la porte de l'étape ${
        event.step
      } se fermera.`,
    }),
  },
  en: {
    'gate-passed': (event, { entityName }) => ({
      title: `${entityName} moves to step ${event.toStep}`,
      description: `${entityName} passed ${
        event.toStep - event.fromStep > 1
          ? `the gates of steps ${event.fromStep} to ${event.toStep - 1}`
          : `the gate of step ${event.fromStep}`
      }: its evidence now places it at step ${event.toStep}, "${
        getStep(event.toStep).title.en
      }".`,
    }),
    'fell-back': (event, context) => {
      const dropped = event.toStep < event.fromStep;
      const count = event.criteria.length;
      return {
        title: dropped
          ? `${context.entityName} falls back from step ${event.fromStep} to step ${event.toStep}`
          : `${context.entityName}: ${
              count > 1 ? `${count} criteria are` : 'a criterion is'
            } no longer met`,
        description: [
          count > 0
            ? `${
                count > 1
                  ? 'Criteria that were met and are'
                  : 'Criterion that was met and is'
              } no longer: ${named(context, event.criteria)}.`
            : '',
          dropped
            ? `Its evidence now places it at step ${event.toStep} instead of ${event.fromStep}.`
            : '',
          "The entity's Onboarding tab says what to fix.",
        ]
          .filter(Boolean)
          .join(' '),
      };
    },
    'exemption-expiring': (event, context) => ({
      title: `${context.entityName}: the exemption for ${event.criterionId} expires on ${event.expires}`,
      description: `The exemption declared for criterion ${
        event.criterionId
      } (${context.criterionTitle(event.criterionId)}) ${
        event.daysLeft === 0
          ? 'holds until tonight'
          : `expires in ${event.daysLeft} day${event.daysLeft > 1 ? 's' : ''}`
      } (last day: ${
        event.expires
      }). Meet the criterion or renew the exemption, or the gate of step ${
        event.step
      } will close.`,
    }),
  },
};

/** The text of an event in a language. */
export function notificationText(
  language: Language,
  event: OnboardingEvent,
  context: TextContext,
): NotificationText {
  const texts = NOTIFICATION_TEXTS[language];
  return (
    texts[event.kind] as (
      e: OnboardingEvent,
      c: TextContext,
    ) => NotificationText
  )(event, context);
}
