import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** The onboarding journey's recommended resources. */
      onboarding?: {
        /** When they are indexed; defaults to 5 s after each start of each instance (scope local), then daily. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
