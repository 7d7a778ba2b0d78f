import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { InputError } from '@backstage/errors';
import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  DEFAULT_DOCS_BASE_URL,
  DEFAULT_EVALUATED_KINDS,
  Language,
  LinkTargets,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { DEFAULT_FACTS_TTL_MS, GatheringSettings } from '../facts';
import { NotificationEventKind } from '../notifications/changeEvents';

/** The onboarding backend's settings, read once from `onboarding.*` with their defaults. */
export interface OnboardingSettings {
  links: LinkTargets;
  /** Kinds of entities the suite evaluates. */
  kinds: string[];
  /** How often the whole catalog is evaluated. */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** Entities read from the catalog per page during the scheduled evaluation. */
  pageSize: number;
  /** How long history rows are kept, in days. */
  retentionDays: number;
  /** How long a template's skeleton facts are reused, in milliseconds. */
  templateFactsTtlMs: number;
  /** How fact sources from modules are run. */
  facts: {
    schedule: SchedulerServiceTaskScheduleDefinition;
    /** Facts older than this are unknown. */
    ttlMs: number;
  } & GatheringSettings;
  notifications: NotificationSettings;
}

/** Which onboarding notifications are sent, and how they read (onboarding.notifications.*). */
export interface NotificationSettings {
  enabled: boolean;
  /** Per kind of event; each defaults to on once notifications are enabled. */
  events: Record<NotificationEventKind, boolean>;
  /** The notifications' topic, by which users filter and mute them. */
  topic: string;
  /** The language the texts are written in. */
  language: Language;
  /** How many days before its last day an exemption is recalled. */
  exemptionNoticeDays: number;
}

/** Config keys of the event kinds, under onboarding.notifications.events. */
export const NOTIFICATION_EVENT_KEYS: Record<NotificationEventKind, string> = {
  'gate-passed': 'gatePassed',
  'fell-back': 'fellBack',
  'exemption-expiring': 'exemptionExpiring',
};

/** Kinds evaluated unless `onboarding.evaluation.kinds` says otherwise (shared with the CLI). */
export const DEFAULT_KINDS = DEFAULT_EVALUATED_KINDS;

function positiveInteger(
  config: Config,
  key: string,
  fallback: number,
  max: number,
): number {
  const value = config.getOptionalNumber(key);
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new InputError(
      `Invalid config ${key}: expected a whole number from 1 to ${max}, found ${value}`,
    );
  }
  return value;
}

/** Hosts a console URL may name: lower-case host names, optionally with a port. */
function allowedConsoleHosts(config: Config): string[] | undefined {
  const key = 'onboarding.console.allowedHosts';
  const hosts = config.getOptionalStringArray(key);
  if (hosts === undefined) return undefined;
  if (hosts.length === 0)
    throw new InputError(
      `Invalid config ${key}: list at least one host, or leave it out to allow any https host`,
    );
  return hosts.map((host, index) => {
    const normalized = host.trim().toLocaleLowerCase('en');
    if (
      !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?$/.test(
        normalized,
      )
    )
      throw new InputError(
        `Invalid config ${key}[${index}]: expected a host name such as console.example.gouv.fr, found ${JSON.stringify(
          host,
        )}`,
      );
    return normalized;
  });
}

/** Minutes (a number) or a duration: { minutes: 10 }, 'PT10M', '10m'. */
function duration(config: Config, key: string, fallbackMs: number): number {
  if (!config.has(key)) return fallbackMs;
  const value = config.get(key);
  let ms: number;
  if (typeof value === 'number') {
    ms = value * 60_000;
  } else {
    try {
      ms = durationToMilliseconds(readDurationFromConfig(config, { key }));
    } catch (error) {
      throw new InputError(
        `Invalid config ${key}: expected minutes or a duration such as { minutes: 10 }, ${error}`,
      );
    }
  }
  if (!Number.isFinite(ms) || ms < 0) {
    throw new InputError(
      `Invalid config ${key}: expected minutes or a duration such as { minutes: 10 }, found ${JSON.stringify(
        value,
      )}`,
    );
  }
  return ms;
}

function readFactSettings(config: Config): OnboardingSettings['facts'] {
  const scheduleConfig = config.getOptionalConfig('onboarding.facts.schedule');
  return {
    schedule: scheduleConfig
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig)
      : {
          frequency: { minutes: 30 },
          timeout: { minutes: 25 },
          initialDelay: { seconds: 15 },
        },
    ttlMs: duration(config, 'onboarding.facts.ttl', 2 * 60 * 60_000),
    concurrency: positiveInteger(config, 'onboarding.facts.concurrency', 8, 64),
    attemptTimeoutMs: duration(
      config,
      'onboarding.facts.attemptTimeout',
      30_000,
    ),
    breakerThreshold: positiveInteger(
      config,
      'onboarding.facts.breaker.failures',
      5,
      1000,
    ),
    breakerCooldownMs: duration(
      config,
      'onboarding.facts.breaker.cooldown',
      5 * 60_000,
    ),
  };
}

/**
 * How one fact source runs: its own `onboarding.sources.<id>.schedule` and `.factsTtl`
 * when given, the `onboarding.facts` defaults otherwise.
 */
export function readSourceRunSettings(
  config: Config,
  sourceId: string,
  defaults: OnboardingSettings['facts'],
): { schedule: SchedulerServiceTaskScheduleDefinition; ttlMs: number } {
  const key = `onboarding.sources.${sourceId}`;
  const scheduleConfig = config.getOptionalConfig(`${key}.schedule`);
  return {
    schedule: scheduleConfig
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig)
      : defaults.schedule,
    ttlMs: duration(config, `${key}.factsTtl`, defaults.ttlMs),
  };
}

function optionalBoolean(config: Config, key: string, fallback: boolean) {
  if (!config.has(key)) return fallback;
  const value = config.get(key);
  if (typeof value !== 'boolean')
    throw new InputError(
      `Invalid config ${key}: expected true or false, found ${JSON.stringify(
        value,
      )}`,
    );
  return value;
}

function readNotificationSettings(config: Config): NotificationSettings {
  const key = 'onboarding.notifications';
  const events = config.getOptionalConfig(`${key}.events`);
  const known = Object.values(NOTIFICATION_EVENT_KEYS);
  const unknown = events?.keys().filter(k => !known.includes(k)) ?? [];
  if (unknown.length > 0)
    throw new InputError(
      `Invalid config ${key}.events.${
        unknown[0]
      }: unknown kind of event, expected one of ${known.join(', ')}`,
    );
  const topic = config.getOptionalString(`${key}.topic`) ?? 'onboarding';
  if (!topic.trim() || topic.length > 255)
    throw new InputError(
      `Invalid config ${key}.topic: expected a non-empty text of at most 255 characters, found ${JSON.stringify(
        topic,
      )}`,
    );
  const language = config.getOptionalString(`${key}.language`) ?? 'fr';
  if (language !== 'fr' && language !== 'en')
    throw new InputError(
      `Invalid config ${key}.language: expected fr or en, found ${JSON.stringify(
        language,
      )}`,
    );
  return {
    enabled: optionalBoolean(config, `${key}.enabled`, false),
    events: Object.fromEntries(
      Object.entries(NOTIFICATION_EVENT_KEYS).map(([event, name]) => [
        event,
        optionalBoolean(config, `${key}.events.${name}`, true),
      ]),
    ) as Record<NotificationEventKind, boolean>,
    topic: topic.trim(),
    language,
    exemptionNoticeDays: positiveInteger(
      config,
      `${key}.exemptionNoticeDays`,
      14,
      365,
    ),
  };
}

export function readSettings(config: Config): OnboardingSettings {
  const scheduleConfig = config.getOptionalConfig('onboarding.schedule');
  return {
    links: {
      docsBaseUrl:
        config.getOptionalString('onboarding.docs.baseUrl') ??
        DEFAULT_DOCS_BASE_URL,
      consoleBaseUrl: config.getOptionalString('onboarding.console.baseUrl'),
      consoleAllowedHosts: allowedConsoleHosts(config),
    },
    kinds:
      config.getOptionalStringArray('onboarding.evaluation.kinds') ??
      DEFAULT_KINDS,
    schedule: scheduleConfig
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig)
      : {
          frequency: { minutes: 30 },
          timeout: { minutes: 15 },
          initialDelay: { seconds: 20 },
        },
    pageSize: positiveInteger(
      config,
      'onboarding.evaluation.pageSize',
      200,
      1000,
    ),
    retentionDays: positiveInteger(
      config,
      'onboarding.retention.days',
      365,
      36500,
    ),
    templateFactsTtlMs: duration(
      config,
      'onboarding.templates.factsTtl',
      DEFAULT_FACTS_TTL_MS,
    ),
    facts: readFactSettings(config),
    notifications: readNotificationSettings(config),
  };
}
