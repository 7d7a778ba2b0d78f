import { Entity } from '@backstage/catalog-model';
import {
  FactDefinition,
  FactGatheringContext,
  FactSource,
  foundFacts,
  GatheredFacts,
  invalidAnswer,
  isJsonObject,
  sameReason,
  sourceToolClient,
  ToolClient,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import type { ConsoleSourceOptions } from './config';

/** The annotation naming the entity's console project (its slug). */
export const CONSOLE_PROJECT_ANNOTATION = 'cloud-pi-native.fr/console-project';

/** Console project slugs: lower-case letters, digits and dashes (`generateSlug`). */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Repositories the platform creates itself: neither the team's application nor its infrastructure. */
const PLATFORM_REPOSITORIES = ['infra-observability', 'mirror', 'infra-apps'];

/** The console's name in titles and messages. */
export const TOOL = 'Cloud Pi Native console';

export const CONSOLE_FACTS: readonly FactDefinition[] = [
  {
    name: 'console/projectStatus',
    type: 'string',
    description:
      'Status of the console project: initializing, created, failed, archived or warning.',
  },
  {
    name: 'console/projectLocked',
    type: 'boolean',
    description: 'Whether the console project is locked.',
  },
  {
    name: 'console/projectLimitless',
    type: 'boolean',
    description:
      'Whether the project escapes resource quotas (limitless); false means its quotas apply.',
  },
  {
    name: 'console/prodCpu',
    type: 'number',
    description: 'CPU quota of the production environments.',
  },
  {
    name: 'console/prodMemory',
    type: 'number',
    description: 'Memory quota of the production environments, in GiB.',
  },
  {
    name: 'console/appRepositories',
    type: 'list',
    description:
      'Names of the application repositories (not isInfra, not created by the platform).',
  },
  {
    name: 'console/appRepositoryCount',
    type: 'number',
    description: 'How many application repositories the project has.',
  },
  {
    name: 'console/infraRepositories',
    type: 'list',
    description: 'Names of the infrastructure repositories (isInfra).',
  },
  {
    name: 'console/infraRepositoryCount',
    type: 'number',
    description: 'How many infrastructure repositories the project has.',
  },
  {
    name: 'console/environments',
    type: 'list',
    description: 'The environments, as `<name>:<stage>`.',
  },
  {
    name: 'console/nonProdEnvironmentCount',
    type: 'number',
    description: 'How many environments are on a stage other than production.',
  },
  {
    name: 'console/prodEnvironmentCount',
    type: 'number',
    description: 'How many environments are on the production stage.',
  },
];

interface ConsoleProject {
  id: string;
  slug: string;
  status: string;
  locked: boolean;
  limitless: boolean;
  prodCpu: number;
  prodMemory: number;
}

interface ConsoleEnvironment {
  name: string;
  stageId?: string | null;
  stage?: { id: string; name: string };
}

interface ConsoleRepository {
  internalRepoName: string;
  isInfra: boolean;
}

function checkProject(body: unknown, path: string): ConsoleProject {
  if (
    !isJsonObject(body) ||
    typeof body.id !== 'string' ||
    typeof body.status !== 'string' ||
    typeof body.locked !== 'boolean'
  ) {
    throw invalidAnswer(TOOL, path);
  }
  return body as unknown as ConsoleProject;
}

function checkList<T>(
  body: unknown,
  path: string,
  valid: (item: Record<string, unknown>) => boolean,
): T[] {
  if (!Array.isArray(body) || !body.every(i => isJsonObject(i) && valid(i))) {
    throw invalidAnswer(TOOL, path);
  }
  return body as T[];
}

/**
 * Reads an entity's console project (`cloud-pi-native.fr/console-project`, its slug): its
 * status and lock, its repositories and its environments with their stages.
 */
export class ConsoleFactSource implements FactSource {
  readonly id = 'console';
  readonly title: string;
  readonly simulated: boolean;
  readonly provides = CONSOLE_FACTS;
  private readonly client: ToolClient;
  private readonly prodStageName: string;

  constructor(options: ConsoleSourceOptions) {
    this.simulated = options.simulated;
    this.title = options.title;
    this.prodStageName = options.prodStageName;
    this.client = sourceToolClient(TOOL, options, {
      'x-dso-token': options.secrets.token,
    });
  }

  appliesTo(entity: Entity): boolean {
    return SLUG.test(
      entity.metadata.annotations?.[CONSOLE_PROJECT_ANNOTATION] ?? '',
    );
  }

  async gather(
    entity: Entity,
    { signal }: FactGatheringContext,
  ): Promise<GatheredFacts> {
    const slug = entity.metadata.annotations?.[CONSOLE_PROJECT_ANNOTATION];
    if (!slug || !SLUG.test(slug)) {
      throw new Error(
        `${TOOL}: the entity's ${CONSOLE_PROJECT_ANNOTATION} annotation is not a console project slug`,
      );
    }
    // The project loader accepts a slug; the v2 lists are then asked with the UUID.
    const projectPath = `/api/v1/projects/${encodeURIComponent(slug)}`;
    const found = await this.client.getJson<unknown>(projectPath, {
      signal,
      allowNotFound: true,
    });
    if (found.status === 404) {
      const reason = `The console has no project '${slug}' (${CONSOLE_PROJECT_ANNOTATION}): create it or correct the annotation.`;
      return foundFacts(
        {},
        sameReason(
          CONSOLE_FACTS.map(f => f.name),
          reason,
        ),
      );
    }
    const project = checkProject(found.body, projectPath);
    const base = `/api/v2/projects/${encodeURIComponent(project.id)}`;
    const [environments, repositories] = await Promise.all([
      this.environments(`${base}/environments`, signal),
      this.client
        .getJson<unknown>(`${base}/repositories`, { signal })
        .then(r =>
          checkList<ConsoleRepository>(
            r.body,
            `${base}/repositories`,
            i =>
              typeof i.internalRepoName === 'string' &&
              typeof i.isInfra === 'boolean',
          ),
        ),
    ]);

    const teamRepositories = repositories.filter(
      r => !PLATFORM_REPOSITORIES.includes(r.internalRepoName),
    );
    const app = teamRepositories
      .filter(r => !r.isInfra)
      .map(r => r.internalRepoName);
    const infra = teamRepositories
      .filter(r => r.isInfra)
      .map(r => r.internalRepoName);
    const prod = environments.filter(e => e.stage === this.prodStageName);
    return {
      facts: {
        'console/projectStatus': project.status,
        'console/projectLocked': project.locked,
        'console/projectLimitless': project.limitless,
        'console/prodCpu': project.prodCpu,
        'console/prodMemory': project.prodMemory,
        'console/appRepositories': app,
        'console/appRepositoryCount': app.length,
        'console/infraRepositories': infra,
        'console/infraRepositoryCount': infra.length,
        'console/environments': environments.map(e => `${e.name}:${e.stage}`),
        'console/nonProdEnvironmentCount': environments.length - prod.length,
        'console/prodEnvironmentCount': prod.length,
      },
      unavailable: {},
      gatheredAt: new Date(),
    };
  }

  /** Environments with their stage names; the stages list fills in any stage the answer does not embed. */
  private async environments(
    path: string,
    signal: AbortSignal,
  ): Promise<Array<{ name: string; stage: string }>> {
    const { body } = await this.client.getJson<unknown>(path, { signal });
    const environments = checkList<ConsoleEnvironment>(
      body,
      path,
      i => typeof i.name === 'string',
    );
    let stages = new Map<string, string>();
    if (environments.some(e => typeof e.stage?.name !== 'string')) {
      const listed = await this.client.getJson<unknown>('/api/v1/stages', {
        signal,
      });
      stages = new Map(
        checkList<{ id: string; name: string }>(
          listed.body,
          '/api/v1/stages',
          i => typeof i.id === 'string' && typeof i.name === 'string',
        ).map(s => [s.id, s.name]),
      );
    }
    return environments.map(e => ({
      name: e.name,
      stage: e.stage?.name ?? (e.stageId && stages.get(e.stageId)) ?? 'unknown',
    }));
  }
}
