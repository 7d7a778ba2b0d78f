import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { LinkTargets } from '@cloud-pi-native/backstage-plugin-onboarding-common';

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
}

export const DEFAULT_KINDS = ['Component', 'System', 'API', 'Template'];

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

export function readSettings(config: Config): OnboardingSettings {
  const scheduleConfig = config.getOptionalConfig('onboarding.schedule');
  return {
    links: {
      docsBaseUrl:
        config.getOptionalString('onboarding.docs.baseUrl') ??
        'https://cloud-pi-native.fr',
      consoleBaseUrl: config.getOptionalString('onboarding.console.baseUrl'),
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
  };
}
