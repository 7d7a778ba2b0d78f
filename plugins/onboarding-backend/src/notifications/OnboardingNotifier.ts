import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Criterion } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { stableHash } from '../database';
import { NotificationSettings } from '../service/settings';
import { OnboardingEvent } from './changeEvents';
import { NotificationLog } from './NotificationLog';
import { notificationText } from './notificationTexts';

/** The entity an event is about, as far as the notification needs it. */
export interface NotifiedEntity {
  entityRef: string;
  /** The owner group (or user) told; without one, nobody is. */
  ownerRef?: string;
  /** Shown in the texts; the entity's name when absent. */
  title?: string;
}

/** Kinds with an Onboarding tab in the frontend plugin (see its entity content filters). */
const KINDS_WITH_TAB = new Set(['component', 'system', 'api']);

/** Where the notification leads: the entity's Onboarding tab, or its page for other kinds. */
export function onboardingLink(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  const page = `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}`;
  return KINDS_WITH_TAB.has(kind.toLocaleLowerCase('en-US'))
    ? `${page}/onboarding`
    : page;
}

/**
 * Sends the onboarding notifications to the owner of an entity, each change once: the
 * instance that claims it in the shared log sends it, any other finds it claimed.
 */
export class OnboardingNotifier {
  constructor(
    private readonly deps: {
      notifications: NotificationService;
      log: NotificationLog;
      settings: NotificationSettings;
      criteria: () => readonly Criterion[];
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  /**
   * Notifies the events of one entity. Each comes with what makes it unique (e.g. the
   * result it replaced and what changed): the same key is claimed, and sent, once. A
   * failure to send is logged, never thrown: evaluation goes on.
   */
  async notify(
    entity: NotifiedEntity,
    events: Array<{ event: OnboardingEvent; key: unknown }>,
  ): Promise<number> {
    const { settings } = this.deps;
    if (!settings.enabled || !entity.ownerRef) return 0;
    let sent = 0;
    for (const { event, key } of events) {
      if (!settings.events[event.kind]) continue;
      try {
        const claimed = await this.deps.log.claim({
          entityRef: entity.entityRef,
          event: event.kind,
          changeKey: stableHash(key),
          at: this.deps.now?.() ?? new Date(),
        });
        if (!claimed) continue;
        await this.send(entity, entity.ownerRef, event);
        sent += 1;
      } catch (error) {
        this.deps.logger.warn(
          `Could not notify ${entity.ownerRef} of ${event.kind} on ${entity.entityRef}: ${error}`,
        );
      }
    }
    return sent;
  }

  private async send(
    entity: NotifiedEntity,
    ownerRef: string,
    event: OnboardingEvent,
  ) {
    const { language, topic } = this.deps.settings;
    const criteria = this.deps.criteria();
    const { title, description } = notificationText(language, event, {
      entityName: entity.title || parseEntityRef(entity.entityRef).name,
      criterionTitle: id =>
        criteria.find(c => c.id === id)?.title[language] ?? id,
    });
    await this.deps.notifications.send({
      recipients: { type: 'entity', entityRef: ownerRef },
      payload: {
        title,
        description,
        link: onboardingLink(entity.entityRef),
        topic,
        severity: event.kind === 'fell-back' ? 'high' : 'normal',
      },
    });
  }
}
