import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DEFAULT_CRITERIA } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EvaluationStore } from '../database';
import { FactSource } from '../facts';
import { EntityEvaluator } from '../service/EntityEvaluator';
import { OnboardingService } from '../service/OnboardingService';
import { readSettings } from '../service/settings';

/**
 * An OnboardingService as the plugin builds it (settings read from config, the default
 * criteria, an EntityEvaluator), on a given catalog and store: for tests of the service
 * itself, without the HTTP layer.
 */
export function testOnboardingService(options: {
  catalog: CatalogService;
  store: EvaluationStore;
  pageSize?: number;
  /** Sources read on each evaluation. */
  inlineSources?: FactSource[];
  logger?: LoggerService;
  now?: () => Date;
}) {
  const criteria = {
    criteria: [...DEFAULT_CRITERIA],
    version: 'v1',
    gatesOnDeclarations: [],
  };
  const settings = readSettings(
    new ConfigReader({
      onboarding: {
        docs: { baseUrl: 'https://docs.example.fr' },
        evaluation: { pageSize: options.pageSize ?? 3 },
        retention: { days: 30 },
        templates: { factsTtl: 0 },
      },
    }),
  );
  const logger = options.logger ?? mockServices.logger.mock();
  return new OnboardingService({
    catalog: options.catalog,
    auth: mockServices.auth(),
    permissions: mockServices.permissions(),
    evaluator: new EntityEvaluator({
      store: options.store,
      criteria,
      settings,
      logger,
      sources: {
        inline: options.inlineSources ?? [],
        scheduled: [],
        factsTtlMs: 0,
      },
      now: options.now,
    }),
    store: options.store,
    criteria,
    settings,
    logger,
    now: options.now,
  });
}
