import {
  SchedulerServiceTaskScheduleDefinition,
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { OnboardingResourceCollatorFactory } from './OnboardingResourceCollatorFactory';

/**
 * The resources only change with the package, so once a day is plenty; the first
 * run comes soon after start-up so that a new portal finds them at once.
 */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 24 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 5 },
};

/**
 * Search module indexing the Cloud Pi Native journey's recommended resources
 * (document type `onboarding-resource`); schedule in
 * `search.collators.onboarding.schedule`.
 *
 * @public
 */
export const searchModuleOnboardingCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'onboarding-collator',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({ config, scheduler, indexRegistry }) {
        const key = 'search.collators.onboarding.schedule';
        const schedule = config.has(key)
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig(key),
            )
          : DEFAULT_SCHEDULE;
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new OnboardingResourceCollatorFactory(),
        });
      },
    });
  },
});
