import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  actionsRegistryServiceRef,
  metricsServiceRef,
} from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { registerOnboardingActions } from './actions';
import {
  DatabaseEvaluationStore,
  DatabaseObjectiveStore,
  DatabaseTrainingStore,
} from './database';
import {
  DatabaseFactStore,
  FactGatherer,
  FactSource,
  TemplateFactSource,
} from './facts';
import {
  onboardingPermissions,
  resolveResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingFactSourcesExtensionPoint } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { EntityEvaluator } from './service/EntityEvaluator';
import { SourcesOverview } from './service/SourcesOverview';
import { loadCriteria, resolveCriteriaSet } from './service/criteriaConfig';
import { CriteriaPreview } from './service/CriteriaPreview';
import { CatalogEvaluationPass } from './service/CatalogEvaluationPass';
import { EntityReports } from './service/EntityReports';
import { RetentionCleaner } from './service/RetentionCleaner';
import { TeamSummaries } from './service/TeamSummaries';
import { TemplateScoring } from './service/TemplateScoring';
import { createRouter } from './service/router';
import {
  ExemptionReminder,
  NotificationLog,
  OnboardingNotifier,
} from './notifications';
import { CatalogFilter } from './service/CatalogFilter';
import { readSettings, readSourceRunSettings } from './service/settings';
import { Objectives } from './service/Objectives';
import { readConfiguredObjectives } from './service/objectivesConfig';
import { DatabaseFormAnswerStore, FormAnswers, FormFactSource } from './forms';
import { DatabaseGateReviewStore, GateReviews } from './reviews';
import { gatesPassedByDecision } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { Training } from './service/Training';
import { OnboardingMetrics } from './service/OnboardingMetrics';

/**
 * The onboarding backend plugin, served under `/api/onboarding`: evaluates the
 * go/no-go criteria on catalog entities, stores what changes, serves the results.
 *
 * @public
 */
export const onboardingPlugin = createBackendPlugin({
  pluginId: 'onboarding',
  register(env) {
    // Fact sources added by onboarding-backend-module-* packages.
    const scheduledSources: FactSource[] = [];
    env.registerExtensionPoint(onboardingFactSourcesExtensionPoint, {
      addFactSource(...sources) {
        for (const source of sources) {
          if (!/^[a-z0-9][a-z0-9-]*$/.test(source.id)) {
            throw new Error(
              `Invalid fact source id '${source.id}': lower-case letters, digits and dashes`,
            );
          }
          if (scheduledSources.some(s => s.id === source.id)) {
            throw new Error(`Fact source '${source.id}' is added twice`);
          }
          scheduledSources.push(source);
        }
      },
    });
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
        notifications: notificationService,
        actionsRegistry: actionsRegistryServiceRef,
        userInfo: coreServices.userInfo,
        metricsService: metricsServiceRef,
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
        notifications,
        actionsRegistry,
        userInfo,
        metricsService,
      }) {
        permissionsRegistry.addPermissions(onboardingPermissions);
        // Bad criteria or settings throw here, with the config path, and stop the backend.
        const settings = readSettings(config);
        const criteria = loadCriteria(
          config,
          settings.links.consoleAllowedHosts,
          new Set(scheduledSources.map(source => source.id)),
        );
        // The journey's resources as configured: a bad entry stops the start-up too.
        const resources = resolveResources(
          config.getOptional('onboarding.resources'),
        );
        // Objectives in app-config.yaml are checked against the criteria in force.
        const configuredObjectives = readConfiguredObjectives(
          config,
          new Set(criteria.criteria.map(c => c.id)),
        );
        const store = await DatabaseEvaluationStore.create({ database });
        const metrics = new OnboardingMetrics(metricsService, store);
        const factStore = new DatabaseFactStore(await database.getClient());
        // Issue 12 §3: answers to the forms, read as facts on each evaluation.
        const formStore = new DatabaseFormAnswerStore(
          await database.getClient(),
        );
        const formFacts = new FormFactSource(formStore);
        const reviewStore = new DatabaseGateReviewStore(
          await database.getClient(),
        );
        // Off by default: a decision never silently overrides the criteria.
        const goCountsAsEvidence =
          config.getOptionalBoolean('onboarding.reviews.goCountsAsEvidence') ??
          false;
        // Each source's schedule and facts TTL, read once (bad values stop the start-up).
        const sourceRuns = new Map(
          scheduledSources.map(source => [
            source.id,
            readSourceRunSettings(config, source.id, settings.facts),
          ]),
        );
        const notificationLog = new NotificationLog(await database.getClient());
        const notifier = new OnboardingNotifier({
          notifications,
          log: notificationLog,
          settings: settings.notifications,
          criteria: () => criteria.criteria,
          logger,
        });
        const evaluator = new EntityEvaluator({
          store,
          criteria,
          settings,
          logger,
          notifier,
          ...(goCountsAsEvidence
            ? {
                gatesPassedByDecision: async (entityRef: string) =>
                  gatesPassedByDecision(
                    await reviewStore.listReviews(entityRef),
                  ),
              }
            : {}),
          sources: {
            inline: [
              new TemplateFactSource({
                urlReader,
                logger,
                ttlMs: settings.templateFactsTtlMs,
              }),
              formFacts,
            ],
            scheduled: scheduledSources,
            factStore,
            factsTtlMsOf: sourceId =>
              sourceRuns.get(sourceId)?.ttlMs ?? settings.facts.ttlMs,
          },
        });
        const gatherers = scheduledSources.map(
          source =>
            new FactGatherer({
              source,
              store: factStore,
              catalog,
              auth,
              logger: logger.child({ factSource: source.id }),
              kinds: settings.kinds,
              pageSize: settings.pageSize,
              settings: settings.facts,
              onChanged: entity => evaluator.reevaluate(entity),
              onFailure: reason =>
                metrics.recordSourceFailure(source.id, reason),
            }),
        );
        const entities = new EntityReports({
          catalog,
          evaluator,
          gatherers,
          store,
          criteria,
          settings,
        });
        const teams = new TeamSummaries({
          catalog,
          permissions,
          store,
          criteria,
          evaluator,
        });
        const templates = new TemplateScoring({ catalog, evaluator, store });
        const catalogFilter = new CatalogFilter({
          catalog,
          permissions,
          store,
        });
        const objectives = new Objectives({
          catalog,
          permissions,
          store: new DatabaseObjectiveStore(await database.getClient()),
          evaluations: store,
          teams,
          criteria,
          configured: configuredObjectives,
          now: () => evaluator.now(),
        });
        // A proposed criteria set is resolved as start-up resolves app-config's.
        const criteriaPreview = new CriteriaPreview({
          catalog,
          permissions,
          evaluator,
          settings,
          resolve: configured =>
            resolveCriteriaSet(
              configured,
              settings.links.consoleAllowedHosts,
              new Set(scheduledSources.map(source => source.id)),
            ),
        });
        const training = new Training({
          catalog,
          store: new DatabaseTrainingStore(await database.getClient()),
          teams,
          now: () => evaluator.now(),
        });
        const catalogPass = new CatalogEvaluationPass({
          catalog,
          auth,
          evaluator,
          store,
          settings,
          logger,
          onRemoved: () => teams.forget(),
        });
        const retention = new RetentionCleaner({
          store,
          retentionDays: settings.retentionDays,
          logger,
        });
        for (const gatherer of gatherers) {
          await scheduler.scheduleTask({
            id: `onboarding-facts-${gatherer.source.id}`,
            ...sourceRuns.get(gatherer.source.id)!.schedule,
            // Each fact once per cadence, even when several backends share the database.
            scope: 'global',
            fn: async () => {
              await gatherer.runPass();
            },
          });
        }
        const sources = new SourcesOverview({
          gatherers,
          factStore,
          criteria,
        });

        await scheduler.scheduleTask({
          id: 'onboarding-evaluate-catalog',
          ...settings.schedule,
          // One instance runs each cadence, even when several backends share the database.
          scope: 'global',
          fn: async () => {
            const summary = await catalogPass.run();
            metrics.recordPass(summary);
            logger.info(
              `Evaluated ${summary.evaluated} entities in ${summary.durationMs} ms: ${summary.changed} changed, ${summary.failed} failed, ${summary.removed} no longer in the catalog`,
            );
          },
        });
        await scheduler.scheduleTask({
          id: 'onboarding-retention',
          frequency: { hours: 24 },
          timeout: { minutes: 30 },
          initialDelay: { minutes: 5 },
          scope: 'global',
          fn: async () => {
            await retention.apply();
          },
        });

        if (
          settings.notifications.enabled &&
          settings.notifications.events['exemption-expiring']
        ) {
          const reminder = new ExemptionReminder({
            store,
            notifier,
            log: notificationLog,
            noticeDays: settings.notifications.exemptionNoticeDays,
            retentionDays: settings.retentionDays,
          });
          await scheduler.scheduleTask({
            id: 'onboarding-exemption-reminders',
            frequency: { hours: 24 },
            timeout: { minutes: 30 },
            initialDelay: { minutes: 1 },
            // One instance a day; the log makes a second run send nothing anyway.
            scope: 'global',
            fn: async () => {
              const sent = await reminder.run();
              if (sent > 0) logger.info(`Sent ${sent} exemption reminders`);
            },
          });
        }

        // Times every onboarding route, so it comes before the router.
        httpRouter.use(metrics.requestTimer());
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            entities,
            teams,
            templates,
            sources,
            catalogFilter,
            objectives,
            forms: new FormAnswers({
              catalog,
              store: formStore,
              reevaluate: entity => {
                formFacts.forget();
                return evaluator.reevaluate(entity);
              },
            }),
            reviews: new GateReviews({
              catalog,
              permissions,
              userInfo,
              store: reviewStore,
              // A new decision may move the step when a GO counts as evidence.
              ...(goCountsAsEvidence
                ? { onRecorded: entity => evaluator.reevaluate(entity) }
                : {}),
            }),
            criteriaPreview,
            resources,
            training,
          }),
        );
        // The same services, as actions for AI assistants (the portal's MCP server).
        registerOnboardingActions({ actionsRegistry, entities, teams });
        logger.info(
          `Onboarding criteria ${criteria.version}: ${
            criteria.criteria.length
          } in force; fact sources: ${
            scheduledSources.map(source => source.id).join(', ') || 'none'
          }${
            criteria.gatesOnDeclarations.length
              ? `; gates resting on declarations: ${criteria.gatesOnDeclarations.join(
                  ', ',
                )}`
              : ''
          }`,
        );
      },
    });
  },
});
