import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DEFAULT_CRITERIA } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EvaluationStore } from '../database';
import { FactSource } from '../facts';
import { CatalogEvaluationPass } from '../service/CatalogEvaluationPass';
import { EntityEvaluator } from '../service/EntityEvaluator';
import { readSettings } from '../service/settings';
import { TeamSummaries } from '../service/TeamSummaries';

/**
 * The catalog pass and team summaries as the plugin builds them (settings read from
 * config, the default criteria, one EntityEvaluator), on a given catalog and store: for
 * tests of these jobs without the HTTP layer.
 */
export function testOnboardingJobs(options: {
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
  const evaluator = new EntityEvaluator({
    store: options.store,
    criteria,
    settings,
    logger,
    sources: {
      inline: options.inlineSources ?? [],
      scheduled: [],
      factsTtlMsOf: () => 0,
    },
    now: options.now,
  });
  const teams = new TeamSummaries({
    catalog: options.catalog,
    permissions: mockServices.permissions(),
    store: options.store,
    criteria,
    evaluator,
  });
  const catalogPass = new CatalogEvaluationPass({
    catalog: options.catalog,
    auth: mockServices.auth(),
    evaluator,
    store: options.store,
    settings,
    logger,
    onRemoved: () => teams.forget(),
  });
  return { evaluator, teams, catalogPass };
}
