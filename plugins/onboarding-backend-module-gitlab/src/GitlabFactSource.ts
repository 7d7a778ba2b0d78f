import { Entity } from '@backstage/catalog-model';
import {
  catalogInclude,
  finalUser,
  isRootUser,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import {
  FactDefinition,
  FactGatheringContext,
  FactSource,
  GatheredFacts,
  invalidAnswer,
  isJsonObject,
  sameReason,
  sourceToolClient,
  ToolClient,
  ToolRequestError,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import type { GitlabSourceOptions } from './config';

/** The entity's GitLab project by full path (the community GitLab plugin's annotation). */
export const PROJECT_SLUG_ANNOTATION = 'gitlab.com/project-slug';
/** The entity's GitLab project by numeric id. */
export const PROJECT_ID_ANNOTATION = 'gitlab.com/project-id';
/** The console project, whose infra-observability repository holds dashboards and rules. */
export const CONSOLE_PROJECT_ANNOTATION = 'cloud-pi-native.fr/console-project';

const PROJECT_PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/;
const PROJECT_ID = /^[1-9][0-9]*$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** The docs spell the file both ways; the documentation repository uses `.yml`. */
const CI_FILES = ['.gitlab-ci-dso.yml', '.gitlab-ci-dso.yaml'];
/** Only `main` of infra-observability is synchronised to Grafana and Alertmanager. */
const OBSERVABILITY_REF = 'main';
const MAX_TREE_PAGES = 10;

/** GitLab's name in titles and messages. */
export const TOOL = 'GitLab';
const API = '/api/v4';

const fact = (
  name: string,
  type: FactDefinition['type'],
  description: string,
): FactDefinition => ({ name: `gitlab/${name}`, type, description });

const DOCKERFILE_FACTS = [
  fact(
    'dockerfileUser',
    'string',
    "The USER the final stage of the application repository's root Dockerfile runs as.",
  ),
  fact(
    'dockerfileRootless',
    'boolean',
    'Whether that USER is not root (neither `root` nor uid 0).',
  ),
];
const CI_FACTS = [
  fact('ciFile', 'string', 'The CI file found: .gitlab-ci-dso.yml or .yaml.'),
  fact(
    'ciCatalogIncluded',
    'boolean',
    'Whether the CI file includes the Cloud Pi Native CI catalog ($CATALOG_PATH).',
  ),
  fact(
    'ciCatalogFiles',
    'list',
    'The catalog files the CI file includes, e.g. vault-ci.yml, kaniko-ci.yml.',
  ),
];
const PIPELINE_FACTS = [
  fact(
    'latestPipelineStatus',
    'string',
    'Status of the latest pipeline of the default branch: success, failed, running…',
  ),
  fact('latestPipelineUrl', 'string', 'Web URL of that pipeline.'),
];
const APP_FACTS = [
  fact(
    'defaultBranch',
    'string',
    "The application repository's default branch.",
  ),
  ...DOCKERFILE_FACTS,
  ...CI_FACTS,
  ...PIPELINE_FACTS,
];
const OBSERVABILITY_FACTS = [
  fact(
    'dashboards',
    'list',
    'Grafana dashboards of infra-observability: files/dashboards/*.json on main.',
  ),
  fact('dashboardCount', 'number', 'How many dashboards there are.'),
  fact(
    'alertRules',
    'list',
    'Alert rules of infra-observability: files/rules/*.yaml.tpl on main.',
  ),
  fact('alertRuleCount', 'number', 'How many alert rules there are.'),
];

export const GITLAB_FACTS: readonly FactDefinition[] = [
  ...APP_FACTS,
  ...OBSERVABILITY_FACTS,
];

type Gathered = Pick<GatheredFacts, 'facts' | 'unavailable'> & {
  missing: Record<string, string>;
};

const all = (facts: FactDefinition[], reason: string) =>
  sameReason(
    facts.map(f => f.name),
    reason,
  );

/** Marks a part's facts missing, all for one reason. */
const markMissing = (
  result: Gathered,
  facts: FactDefinition[],
  reason: string,
) => Object.assign(result.missing, all(facts, reason));

interface GitlabProject {
  default_branch: string | null;
  path_with_namespace: string;
}

/**
 * Reads an entity's GitLab repositories: the application repository named by
 * `gitlab.com/project-slug` (or `-id`) for its Dockerfile, CI file and latest pipeline,
 * and the console project's `infra-observability` repository for dashboards and alert
 * rules. Each part is read on its own: a part that fails leaves its facts unavailable
 * and the others stand; when every part fails, the first error is thrown.
 */
export class GitlabFactSource implements FactSource {
  readonly id = 'gitlab';
  readonly title: string;
  readonly simulated: boolean;
  readonly provides = GITLAB_FACTS;
  private readonly client: ToolClient;

  constructor(private readonly options: GitlabSourceOptions) {
    this.simulated = options.simulated;
    this.title = options.title;
    this.client = sourceToolClient(TOOL, options, {
      'PRIVATE-TOKEN': options.secrets.token,
    });
  }

  appliesTo(entity: Entity): boolean {
    return Boolean(this.appProject(entity) || this.consoleSlug(entity));
  }

  async gather(
    entity: Entity,
    { signal }: FactGatheringContext,
  ): Promise<GatheredFacts> {
    const result: Gathered = { facts: {}, unavailable: {}, missing: {} };
    const errors: ToolRequestError[] = [];
    /** Runs one part; a failed request leaves the part's facts unavailable. */
    const part = async (facts: FactDefinition[], read: () => Promise<void>) => {
      try {
        await read();
      } catch (error) {
        if (!(error instanceof ToolRequestError)) throw error;
        errors.push(error);
        Object.assign(result.unavailable, all(facts, error.message));
      }
    };

    const app = this.appProject(entity);
    if (app) {
      await part(APP_FACTS, () => this.readApp(app, result, part, signal));
    } else {
      markMissing(
        result,
        APP_FACTS,
        `The entity names no GitLab project: add the ${PROJECT_SLUG_ANNOTATION} annotation (e.g. ${this.options.projectsRootDir}/<console project>/<repository>).`,
      );
    }
    const slug = this.consoleSlug(entity);
    if (slug) {
      await part(OBSERVABILITY_FACTS, () =>
        this.readObservability(slug, result, signal),
      );
    } else {
      markMissing(
        result,
        OBSERVABILITY_FACTS,
        `The entity names no console project (${CONSOLE_PROJECT_ANNOTATION}), so its ${this.options.observabilityRepository} repository cannot be found.`,
      );
    }

    const answered =
      Object.keys(result.facts).length + Object.keys(result.missing).length > 0;
    // Nothing answered: the tool failed, and the runtime should see it as such.
    if (errors.length > 0 && !answered) throw errors[0];
    return { ...result, gatheredAt: new Date() };
  }

  private appProject(entity: Entity): string | undefined {
    const annotations = entity.metadata.annotations ?? {};
    const slug = annotations[PROJECT_SLUG_ANNOTATION];
    if (slug && PROJECT_PATH.test(slug)) return slug;
    const id = annotations[PROJECT_ID_ANNOTATION];
    return id && PROJECT_ID.test(id) ? id : undefined;
  }

  private consoleSlug(entity: Entity): string | undefined {
    const slug = entity.metadata.annotations?.[CONSOLE_PROJECT_ANNOTATION];
    return slug && SLUG.test(slug) ? slug : undefined;
  }

  /** The project, or undefined when GitLab does not know it. */
  private async project(
    idOrPath: string,
    signal: AbortSignal,
  ): Promise<GitlabProject | undefined> {
    const path = `${API}/projects/${encodeURIComponent(idOrPath)}`;
    const { status, body } = await this.client.getJson<unknown>(path, {
      signal,
      allowNotFound: true,
    });
    if (status === 404) return undefined;
    if (
      !isJsonObject(body) ||
      !(body.default_branch === null || typeof body.default_branch === 'string')
    ) {
      throw invalidAnswer(TOOL, path);
    }
    return body as unknown as GitlabProject;
  }

  /** A file's text on a ref, or undefined when absent. */
  private async file(
    project: string,
    file: string,
    ref: string,
    signal: AbortSignal,
  ): Promise<string | undefined> {
    const { status, body } = await this.client.getText(
      `${API}/projects/${encodeURIComponent(
        project,
      )}/repository/files/${encodeURIComponent(file)}/raw`,
      { query: { ref }, signal, allowNotFound: true },
    );
    return status === 404 || body === null ? undefined : body;
  }

  private async readApp(
    app: string,
    result: Gathered,
    part: (facts: FactDefinition[], read: () => Promise<void>) => Promise<void>,
    signal: AbortSignal,
  ) {
    const project = await this.project(app, signal);
    if (!project) {
      markMissing(
        result,
        APP_FACTS,
        `GitLab has no project '${app}' (${PROJECT_SLUG_ANNOTATION}), or the token cannot see it.`,
      );
      return;
    }
    const branch = project.default_branch;
    if (!branch) {
      markMissing(
        result,
        APP_FACTS,
        `The GitLab project '${app}' is empty: nothing is pushed.`,
      );
      return;
    }
    result.facts['gitlab/defaultBranch'] = branch;
    // The parts share nothing: read them together.
    await Promise.all([
      part(DOCKERFILE_FACTS, async () => {
        const dockerfile = await this.file(app, 'Dockerfile', branch, signal);
        const user =
          dockerfile === undefined ? undefined : finalUser(dockerfile);
        if (user) {
          result.facts['gitlab/dockerfileUser'] = user;
          result.facts['gitlab/dockerfileRootless'] = !isRootUser(user);
          return;
        }
        markMissing(
          result,
          DOCKERFILE_FACTS,
          dockerfile === undefined
            ? `No Dockerfile at the root of '${app}' on ${branch}.`
            : `The Dockerfile of '${app}' sets no USER in its final stage: the base image's user applies, root unless it says otherwise.`,
        );
      }),
      part(CI_FACTS, () => this.readCi(app, branch, result, signal)),
      part(PIPELINE_FACTS, async () => {
        const path = `${API}/projects/${encodeURIComponent(app)}/pipelines`;
        const { body } = await this.client.getJson<unknown>(path, {
          query: { ref: branch, per_page: 1, order_by: 'id', sort: 'desc' },
          signal,
        });
        if (!Array.isArray(body)) throw invalidAnswer(TOOL, path);
        const latest = body[0];
        if (latest === undefined) {
          markMissing(
            result,
            PIPELINE_FACTS,
            `No pipeline has run on ${branch} of '${app}'.`,
          );
          return;
        }
        if (!isJsonObject(latest) || typeof latest.status !== 'string') {
          throw invalidAnswer(TOOL, path);
        }
        result.facts['gitlab/latestPipelineStatus'] = latest.status;
        if (typeof latest.web_url === 'string') {
          result.facts['gitlab/latestPipelineUrl'] = latest.web_url;
        }
      }),
    ]);
  }

  private async readCi(
    app: string,
    branch: string,
    result: Gathered,
    signal: AbortSignal,
  ) {
    for (const name of CI_FILES) {
      const text = await this.file(app, name, branch, signal);
      if (text === undefined) continue;
      result.facts['gitlab/ciFile'] = name;
      // Read line by line, never throwing: text it cannot read includes nothing.
      const { included, files } = catalogInclude(text);
      result.facts['gitlab/ciCatalogIncluded'] = included;
      result.facts['gitlab/ciCatalogFiles'] = files;
      return;
    }
    markMissing(
      result,
      CI_FACTS,
      `No ${CI_FILES.join(' or ')} at the root of '${app}' on ${branch}.`,
    );
  }

  private async readObservability(
    slug: string,
    result: Gathered,
    signal: AbortSignal,
  ) {
    const path = `${this.options.projectsRootDir}/${slug}/${this.options.observabilityRepository}`;
    if (!(await this.project(path, signal))) {
      markMissing(
        result,
        OBSERVABILITY_FACTS,
        `GitLab has no project '${path}': the console creates it (version 9.4 or later, or after reprovisioning the project).`,
      );
      return;
    }
    const [dashboards, rules] = await Promise.all([
      this.listFiles(path, 'files/dashboards', signal),
      this.listFiles(path, 'files/rules', signal),
    ]);
    const json = dashboards.filter(name => name.endsWith('.json'));
    const tpl = rules.filter(name => name.endsWith('.yaml.tpl'));
    Object.assign(result.facts, {
      'gitlab/dashboards': json,
      'gitlab/dashboardCount': json.length,
      'gitlab/alertRules': tpl,
      'gitlab/alertRuleCount': tpl.length,
    });
  }

  /** Names of the files directly in a folder on main; an absent folder has none (200 [] or 404). */
  private async listFiles(
    project: string,
    folder: string,
    signal: AbortSignal,
  ): Promise<string[]> {
    const path = `${API}/projects/${encodeURIComponent(
      project,
    )}/repository/tree`;
    const names: string[] = [];
    for (let page = 1; page <= MAX_TREE_PAGES; page++) {
      const { status, body, headers } = await this.client.getJson<unknown>(
        path,
        {
          query: { path: folder, ref: OBSERVABILITY_REF, per_page: 100, page },
          signal,
          allowNotFound: true,
        },
      );
      if (status === 404) return names;
      if (!Array.isArray(body)) throw invalidAnswer(TOOL, path);
      for (const entry of body) {
        if (!isJsonObject(entry) || typeof entry.name !== 'string') {
          throw invalidAnswer(TOOL, path);
        }
        if (entry.type === 'blob') names.push(entry.name);
      }
      if (!headers.get('x-next-page')) return names;
    }
    return names;
  }
}
