import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { DatabaseEvaluationStore } from './database';
import { TemplateFactSource } from './facts';
import { onboardingPermissions } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { loadCriteria } from './service/criteriaConfig';
import { OnboardingService } from './service/OnboardingService';
import { createRouter } from './service/router';
import { readSettings } from './service/settings';

/**
 * The onboarding backend plugin, served under `/api/onboarding`: evaluates the
 * go/no-go criteria on catalog entities, stores what changes, serves the results.
 *
 * @public
 */
export const onboardingPlugin = createBackendPlugin({
  pluginId: 'onboarding',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        urlReader: coreServices.urlReader,
      },
      async init({
        httpRouter,
        httpAuth,
        auth,
        permissions,
        permissionsRegistry,
        logger,
        config,
        database,
        scheduler,
        catalog,
        urlReader,
      }) {
        permissionsRegistry.addPermissions(onboardingPermissions);
        // Bad criteria or settings throw here, with the config path, and stop the backend.
        const criteria = loadCriteria(config);
        const settings = readSettings(config);
        const store = await DatabaseEvaluationStore.create({ database });
        const service = new OnboardingService({
          catalog,
          auth,
          permissions,
          factSources: [new TemplateFactSource(urlReader)],
          store,
          criteria,
          settings,
          logger,
        });

        await scheduler.scheduleTask({
          id: 'onboarding-evaluate-catalog',
          ...settings.schedule,
          // One instance runs each cadence, even when several backends share the database.
          scope: 'global',
          fn: async () => {
            const summary = await service.evaluateCatalog();
            logger.info(
              `Evaluated ${summary.evaluated} entities in ${summary.durationMs} ms: ${summary.changed} changed, ${summary.failed} failed, ${summary.removed} no longer in the catalog, ${summary.retentionDeleted} old rows removed`,
            );
          },
        });

        httpRouter.use(await createRouter({ httpAuth, permissions, service }));
        logger.info(
          `Onboarding criteria ${criteria.version}: ${criteria.criteria.length} in force`,
        );
      },
    });
  },
});
