import { Config } from '@backstage/config';
import {
  readToolSourceConfig,
  SourceConfigError,
  ToolSourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { GitlabFactSource, TOOL } from './GitlabFactSource';

/** What the GitLab source needs, read from `onboarding.sources.gitlab`. */
export interface GitlabSourceOptions extends ToolSourceConfig<'token'> {
  /** The console's PROJECTS_ROOT_DIR, without slashes around it. */
  projectsRootDir: string;
  observabilityRepository: string;
}

const PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;

/** Reads and checks the source's config; undefined when the source is not configured. */
export function readGitlabSourceConfig(
  root: Config,
): GitlabSourceOptions | undefined {
  const common = readToolSourceConfig(root, 'gitlab', {
    tool: TOOL,
    secrets: ['token'],
  });
  if (!common) return undefined;
  const projectsRootDir = common.config
    .getString('projectsRootDir')
    .replace(/^\/+|\/+$/g, '');
  if (!PATH.test(projectsRootDir)) {
    throw new SourceConfigError(
      common.path,
      'projectsRootDir',
      `expected a GitLab group path such as 'forge/projects', found ${JSON.stringify(
        projectsRootDir,
      )}`,
    );
  }
  const observabilityRepository =
    common.config.getOptionalString('observabilityRepository') ??
    'infra-observability';
  if (!/^[A-Za-z0-9_.-]+$/.test(observabilityRepository)) {
    throw new SourceConfigError(
      common.path,
      'observabilityRepository',
      `expected a repository name, found ${JSON.stringify(
        observabilityRepository,
      )}`,
    );
  }
  return { ...common, projectsRootDir, observabilityRepository };
}

/** The GitLab source as configured, or undefined when it is not. */
export function gitlabSourceFromConfig(root: Config) {
  const options = readGitlabSourceConfig(root);
  return options && new GitlabFactSource(options);
}
