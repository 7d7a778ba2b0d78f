import {
  SchedulerServiceTaskScheduleDefinition,
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { OnboardingResourceCollatorFactory } from './OnboardingResourceCollatorFactory';
import { resolveResources } from '@cloud-pi-native/backstage-plugin-onboarding-common';

/**
 * The resources only change with the package, so once a day is plenty. Each instance
 * indexes them itself, soon after every start: an in-memory engine (Lunr, the default)
 * loses its index on restart, and a global task would wait for its next daily run.
 */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 24 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 5 },
  scope: 'local',
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
          // The resources the journey serves: onboarding.resources applied to the defaults.
          factory: new OnboardingResourceCollatorFactory(
            resolveResources(config.getOptional('onboarding.resources')),
          ),
        });
      },
    });
  },
});
