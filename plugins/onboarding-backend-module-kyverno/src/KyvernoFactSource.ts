import { Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { withKubernetesCluster } from './kubernetesCluster';
import {
  ANNOTATION_CONSOLE_PROJECT,
  KYVERNO_AUDIT_IN_DEV_POLICIES,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
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
  SourceConfigError,
  ToolClient,
  ToolClientOptions,
  toolSourceTitle,
  ToolRequestError,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import {
  PolicyReport,
  PolicyTally,
  tallyPolicyReports,
} from './tallyPolicyReports';

const TOOL = 'Kyverno (Kubernetes API)';
const REPORTS_API = '/apis/wgpolicyk8s.io/v1alpha2';
/** Items per page: keeps each answer well under the client's byte cap. */
const PAGE_SIZE = 100;
/** Beyond this, a project's listing is not what this source is for. */
const MAX_PAGES = 50;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

const fact = (name: string) => `kyverno/${name}`;

export interface KyvernoFactSourceOptions {
  baseUrl: string;
  token: string;
  simulated?: boolean;
  /** The client's limits; backoffMs for tests. */
  limits?: Pick<
    ToolClientOptions,
    'timeoutMs' | 'retries' | 'maxBytes' | 'backoffMs'
  >;
  productionEnvironments?: string[];
  nonProdPolicies?: readonly string[];
}

interface KubeList<T> {
  items?: T[] | null;
  metadata?: { continue?: string };
}

interface Namespace {
  metadata?: { name?: string; labels?: Record<string, string> };
}

/**
 * Reads the PolicyReports Kyverno writes in the namespaces of a console project, found by
 * the labels the console puts on them (`dso/project.slug`, `dso/environment`), and counts
 * failures per policy, apart for production (gate 4) and the other environments (gate 3).
 */
export class KyvernoFactSource implements FactSource {
  readonly id = 'kyverno';
  readonly title: string;
  readonly simulated: boolean;
  readonly provides: readonly FactDefinition[] = [
    {
      name: fact('environments'),
      type: 'list',
      description:
        'Console environments of the project that have a namespace on the cluster',
    },
    {
      name: fact('nonProdChecks'),
      type: 'number',
      description:
        'Results (pass, fail, warn…) of the AUDIT-in-dev policies in the dev/preprod namespaces: 0 means nothing was checked',
    },
    {
      name: fact('nonProdFailures'),
      type: 'number',
      description:
        'Failed results of the AUDIT-in-dev policies in the dev/preprod namespaces',
    },
    {
      name: fact('nonProdFailedPolicies'),
      type: 'list',
      description:
        'The AUDIT-in-dev policies that fail in the dev/preprod namespaces',
    },
    {
      name: fact('prodChecks'),
      type: 'number',
      description: 'Results of every policy in the production namespaces',
    },
    {
      name: fact('prodFailures'),
      type: 'number',
      description:
        'Failed results of every policy in the production namespaces',
    },
    {
      name: fact('prodFailedPolicies'),
      type: 'list',
      description: 'The policies that fail in the production namespaces',
    },
    {
      name: fact('failuresByEnvironment'),
      type: 'object',
      description:
        'Failed results per environment and policy, every policy included',
    },
  ];

  private readonly client: ToolClient;
  private readonly production: Set<string>;
  private readonly nonProdPolicies: Set<string>;

  constructor(options: KyvernoFactSourceOptions) {
    this.simulated = options.simulated ?? false;
    this.title = toolSourceTitle('Kyverno', options);
    this.client = sourceToolClient(TOOL, options, {
      authorization: `Bearer ${options.token}`,
    });
    this.production = new Set(
      options.productionEnvironments ?? DEFAULT_PRODUCTION_ENVIRONMENTS,
    );
    this.nonProdPolicies = new Set(
      options.nonProdPolicies ?? KYVERNO_AUDIT_IN_DEV_POLICIES,
    );
  }

  /** Builds the source from `onboarding.sources.kyverno`, or undefined when it is absent; errors name the config path. */
  static fromConfig(root: Config): KyvernoFactSource | undefined {
    const source = readToolSourceConfig(
      withKubernetesCluster(root),
      'kyverno',
      {
        tool: 'Kyverno',
        secrets: ['token'],
      },
    );
    if (!source) return undefined;
    const nonProdPolicies =
      source.config.getOptionalStringArray('nonProdPolicies');
    if (nonProdPolicies?.length === 0) {
      throw new SourceConfigError(
        source.path,
        'nonProdPolicies',
        'give at least one policy name, or leave it out for the default list',
      );
    }
    return new KyvernoFactSource({
      ...source,
      token: source.secrets.token,
      productionEnvironments: readProductionEnvironments(source),
      nonProdPolicies,
    });
  }

  /** Components linked to a console project: their namespaces carry its slug. */
  appliesTo(entity: Entity): boolean {
    return isComponentWith(entity, ANNOTATION_CONSOLE_PROJECT);
  }

  async gather(
    entity: Entity,
    context: FactGatheringContext,
  ): Promise<GatheredFacts> {
    const slug =
      entity.metadata.annotations?.[ANNOTATION_CONSOLE_PROJECT] ?? '';
    const allFacts = this.provides.map(p => p.name);
    if (!SLUG.test(slug)) {
      return foundFacts(
        {},
        sameReason(
          allFacts,
          `${ANNOTATION_CONSOLE_PROJECT} ${JSON.stringify(
            slug,
          )} is not a console project slug`,
        ),
      );
    }
    const selector = `dso/project.slug=${slug}`;
    const namespaces = await this.list<Namespace>(
      '/api/v1/namespaces',
      { labelSelector: selector },
      context.signal,
    );
    const byEnvironment = new Map<string, string[]>();
    for (const ns of namespaces) {
      const environment = ns.metadata?.labels?.['dso/environment'];
      const name = ns.metadata?.name;
      if (!environment || !name) continue;
      byEnvironment.set(environment, [
        ...(byEnvironment.get(environment) ?? []),
        name,
      ]);
    }
    context.logger.debug(
      `Kyverno: ${
        namespaces.length
      } namespace(s) labelled ${selector}, environments ${
        [...byEnvironment.keys()].join(', ') || 'none'
      }`,
    );
    if (byEnvironment.size === 0) {
      return foundFacts(
        {},
        sameReason(
          allFacts,
          `${TOOL}: no namespace labelled ${selector} with a dso/environment label; the console project "${slug}" has no environment on this cluster`,
        ),
      );
    }

    const tallies = new Map<string, PolicyTally>();
    for (const [environment, names] of byEnvironment) {
      const reports: PolicyReport[] = [];
      for (const name of names) {
        reports.push(...(await this.reports(name, context.signal)));
      }
      tallies.set(environment, tallyPolicyReports(reports));
    }
    return this.summarise(slug, tallies);
  }

  private summarise(
    slug: string,
    tallies: Map<string, PolicyTally>,
  ): GatheredFacts {
    const facts: Record<string, unknown> = {
      [fact('environments')]: [...tallies.keys()].sort(),
      [fact('failuresByEnvironment')]: Object.fromEntries(
        [...tallies].map(([environment, t]) => [
          environment,
          Object.fromEntries(t.failures),
        ]),
      ),
    };
    const sum = (prod: boolean, policies?: Set<string>) => {
      let checks = 0;
      let failures = 0;
      const failed = new Set<string>();
      for (const [environment, tally] of tallies) {
        if (this.production.has(environment) !== prod) continue;
        for (const [policy, n] of tally.checks)
          if (!policies || policies.has(policy)) checks += n;
        for (const [policy, n] of tally.failures) {
          if (policies && !policies.has(policy)) continue;
          failures += n;
          failed.add(policy);
        }
      }
      return { checks, failures, failed: [...failed].sort() };
    };
    const found = { facts, missing: {} as Record<string, string> };
    const environments = [...tallies.keys()];
    const nonProd = sum(false, this.nonProdPolicies);
    addGateFacts(
      found,
      environments.some(e => !this.production.has(e)),
      {
        [fact('nonProdChecks')]: nonProd.checks,
        [fact('nonProdFailures')]: nonProd.failures,
        [fact('nonProdFailedPolicies')]: nonProd.failed,
      },
      `${TOOL}: the console project "${slug}" has no dev or preprod namespace on this cluster`,
    );
    const prod = sum(true);
    addGateFacts(
      found,
      environments.some(e => this.production.has(e)),
      {
        [fact('prodChecks')]: prod.checks,
        [fact('prodFailures')]: prod.failures,
        [fact('prodFailedPolicies')]: prod.failed,
      },
      `${TOOL}: the console project "${slug}" has no production namespace (${[
        ...this.production,
      ].join(', ')}) on this cluster`,
    );
    return foundFacts(found.facts, found.missing);
  }

  private async reports(
    namespace: string,
    signal: AbortSignal,
  ): Promise<PolicyReport[]> {
    try {
      return await this.list<PolicyReport>(
        `${REPORTS_API}/namespaces/${encodeURIComponent(
          namespace,
        )}/policyreports`,
        {},
        signal,
      );
    } catch (error) {
      // Listing in any namespace answers 200, even an empty one: a 404 means the API itself is absent.
      if (error instanceof ToolRequestError && error.failure === 'not-found') {
        throw new ToolRequestError(
          'not-found',
          `${TOOL}: the cluster does not serve wgpolicyk8s.io/v1alpha2 PolicyReports (is Kyverno installed, with openreports disabled?)`,
          404,
        );
      }
      throw error;
    }
  }

  /** Reads every page of a Kubernetes list. */
  private async list<T>(
    path: string,
    query: Record<string, string>,
    signal: AbortSignal,
  ): Promise<T[]> {
    const items: T[] = [];
    let token: string | undefined;
    for (let pages = 0; pages < MAX_PAGES; pages++) {
      const { body } = await this.client.getJson<KubeList<T>>(path, {
        query: { ...query, limit: PAGE_SIZE, continue: token },
        signal,
      });
      if (
        !body ||
        typeof body !== 'object' ||
        !(body.items === null || Array.isArray(body.items))
      ) {
        throw invalidAnswer(TOOL, path, 'the answer is not a Kubernetes list');
      }
      items.push(...(body.items ?? []));
      token = body.metadata?.continue || undefined;
      if (!token) return items;
    }
    throw invalidAnswer(
      TOOL,
      path,
      `more than ${MAX_PAGES} pages of ${PAGE_SIZE}`,
    );
  }
}
