import { Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  addGateFacts,
  DEFAULT_PRODUCTION_ENVIRONMENTS,
  FactDefinition,
  FactGatheringContext,
  FactSource,
  foundFacts,
  GatheredFacts,
  invalidAnswer,
  isComponentWith,
  readProductionEnvironments,
  readToolSourceConfig,
  sameReason,
  sourceToolClient,
  ToolClient,
  ToolClientOptions,
  toolSourceTitle,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';

const TOOL = 'Argo CD';
export const ANNOTATION_ARGOCD_SELECTOR = 'argocd/app-selector';
/** Equality-based label selectors, as the console's labels are matched: `a=b`, `a!=b`, `a`, `!a`, comma-separated. */
const SELECTOR =
  /^!?[A-Za-z0-9_./-]+(?:(?:==?|!=)[A-Za-z0-9_.-]*)?(?:,!?[A-Za-z0-9_./-]+(?:(?:==?|!=)[A-Za-z0-9_.-]*)?)*$/;

const fact = (name: string) => `argocd/${name}`;

export interface ArgoCdFactSourceOptions {
  baseUrl: string;
  token: string;
  simulated?: boolean;
  /** The client's limits; backoffMs for tests. */
  limits?: Pick<
    ToolClientOptions,
    'timeoutMs' | 'retries' | 'maxBytes' | 'backoffMs'
  >;
  productionEnvironments?: string[];
}

/** The part of an Argo CD Application this source reads. */
interface Application {
  metadata?: { name?: string; labels?: Record<string, string> };
  status?: { sync?: { status?: string }; health?: { status?: string } };
}

/** Sync and health counts of one environment. */
interface EnvironmentState {
  applications: number;
  synced: number;
  healthy: number;
}

/**
 * Reads the Argo CD applications an entity's `argocd/app-selector` selects and reports, per
 * console environment (label `dso/environment`), whether they are in sync and healthy:
 * production for gate 4, the other environments for gate 3.
 */
export class ArgoCdFactSource implements FactSource {
  readonly id = 'argocd';
  readonly title: string;
  readonly simulated: boolean;
  readonly provides: readonly FactDefinition[] = [
    {
      name: fact('applications'),
      type: 'number',
      description: 'Applications the selector matches, in every environment',
    },
    {
      name: fact('environments'),
      type: 'list',
      description:
        'Console environments (label dso/environment) of those applications',
    },
    {
      name: fact('nonProdApplications'),
      type: 'number',
      description: 'Applications in the dev/preprod environments',
    },
    {
      name: fact('nonProdNotSyncedHealthy'),
      type: 'list',
      description:
        'dev/preprod applications not both Synced and Healthy, as "name: sync/health"',
    },
    {
      name: fact('prodApplications'),
      type: 'number',
      description: 'Applications in the production environments',
    },
    {
      name: fact('prodNotSyncedHealthy'),
      type: 'list',
      description:
        'Production applications not both Synced and Healthy, as "name: sync/health"',
    },
    {
      name: fact('byEnvironment'),
      type: 'object',
      description:
        'Per environment: applications, how many are Synced, how many Healthy',
    },
  ];

  private readonly client: ToolClient;
  private readonly production: Set<string>;

  constructor(options: ArgoCdFactSourceOptions) {
    this.simulated = options.simulated ?? false;
    this.title = toolSourceTitle(TOOL, options);
    this.client = sourceToolClient(TOOL, options, {
      authorization: `Bearer ${options.token}`,
    });
    this.production = new Set(
      options.productionEnvironments ?? DEFAULT_PRODUCTION_ENVIRONMENTS,
    );
  }

  /** Builds the source from `onboarding.sources.argocd`, or undefined when it is absent; errors name the config path. */
  static fromConfig(root: Config): ArgoCdFactSource | undefined {
    const source = readToolSourceConfig(root, 'argocd', {
      tool: TOOL,
      secrets: ['token'],
    });
    return (
      source &&
      new ArgoCdFactSource({
        ...source,
        token: source.secrets.token,
        productionEnvironments: readProductionEnvironments(source),
      })
    );
  }

  /** Components that name their Argo CD applications. */
  appliesTo(entity: Entity): boolean {
    return isComponentWith(entity, ANNOTATION_ARGOCD_SELECTOR);
  }

  async gather(
    entity: Entity,
    context: FactGatheringContext,
  ): Promise<GatheredFacts> {
    const selector = (
      entity.metadata.annotations?.[ANNOTATION_ARGOCD_SELECTOR] ?? ''
    ).replace(/\s+/g, '');
    const allFacts = this.provides.map(p => p.name);
    if (!SELECTOR.test(selector)) {
      return foundFacts(
        {},
        sameReason(
          allFacts,
          `${ANNOTATION_ARGOCD_SELECTOR} ${JSON.stringify(
            selector,
          )} is not a label selector such as dso/project.slug=my-project`,
        ),
      );
    }
    const { body } = await this.client.getJson<{
      items?: Application[] | null;
    }>('/api/v1/applications', {
      query: { selector },
      signal: context.signal,
    });
    if (
      !body ||
      typeof body !== 'object' ||
      !(
        body.items === null ||
        body.items === undefined ||
        Array.isArray(body.items)
      )
    ) {
      throw invalidAnswer(
        TOOL,
        '/api/v1/applications',
        'the answer is not an application list',
      );
    }
    const applications = body.items ?? [];
    context.logger.debug(
      `Argo CD: ${applications.length} application(s) match ${selector}`,
    );
    if (applications.length === 0) {
      return foundFacts(
        {},
        sameReason(
          allFacts,
          `${TOOL} has no application matching ${selector} (or the token may not see them)`,
        ),
      );
    }

    const byEnvironment: Record<string, EnvironmentState> = {};
    const unhealthy = { prod: [] as string[], nonProd: [] as string[] };
    const counts = { prod: 0, nonProd: 0 };
    for (const app of applications) {
      const environment = app.metadata?.labels?.['dso/environment'];
      // Without the console's environment label, an application counts for neither gate.
      if (!environment) continue;
      const sync = app.status?.sync?.status ?? 'Unknown';
      const health = app.status?.health?.status ?? 'Unknown';
      const state = (byEnvironment[environment] ??= {
        applications: 0,
        synced: 0,
        healthy: 0,
      });
      state.applications += 1;
      if (sync === 'Synced') state.synced += 1;
      if (health === 'Healthy') state.healthy += 1;
      const gate = this.production.has(environment) ? 'prod' : 'nonProd';
      counts[gate] += 1;
      if (sync !== 'Synced' || health !== 'Healthy') {
        unhealthy[gate].push(
          `${app.metadata?.name ?? '(unnamed)'}: ${sync}/${health}`,
        );
      }
    }
    const facts: Record<string, unknown> = {
      [fact('applications')]: applications.length,
      [fact('environments')]: Object.keys(byEnvironment).sort(),
      [fact('byEnvironment')]: byEnvironment,
    };
    const found = { facts, missing: {} as Record<string, string> };
    addGateFacts(
      found,
      counts.nonProd > 0,
      {
        [fact('nonProdApplications')]: counts.nonProd,
        [fact('nonProdNotSyncedHealthy')]: unhealthy.nonProd.sort(),
      },
      `${TOOL} has no dev or preprod application matching ${selector}`,
    );
    addGateFacts(
      found,
      counts.prod > 0,
      {
        [fact('prodApplications')]: counts.prod,
        [fact('prodNotSyncedHealthy')]: unhealthy.prod.sort(),
      },
      `${TOOL} has no production application (${[...this.production].join(
        ', ',
      )}) matching ${selector}`,
    );
    return foundFacts(found.facts, found.missing);
  }
}
