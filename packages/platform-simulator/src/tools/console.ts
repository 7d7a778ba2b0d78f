import { header } from '../server';
import { SimulatedRequest, SimulatedResponse, ToolSimulator } from '../types';

/** A console project as the dataset writes it; the simulator fills in the rest of the API shape. */
export interface ConsoleProjectData {
  id: string;
  slug: string;
  /** Defaults to the slug without dashes (console names are `[a-z0-9]+`). */
  name?: string;
  status: 'initializing' | 'created' | 'failed' | 'archived' | 'warning';
  locked?: boolean;
  limitless?: boolean;
  hprodCpu?: number;
  hprodMemory?: number;
  prodCpu?: number;
  prodMemory?: number;
  environments?: Array<{
    id: string;
    name: string;
    /** Name of a stage of the dataset. */
    stage: string;
    cpu?: number;
    memory?: number;
  }>;
  repositories?: Array<{
    id: string;
    internalRepoName: string;
    isInfra?: boolean;
    isPrivate?: boolean;
    externalRepoUrl?: string;
  }>;
}

export interface ConsoleData {
  stages: Array<{ id: string; name: string }>;
  projects: ConsoleProjectData[];
  /** Answer environments without their embedded `stage`, as the v1 zod shape does. */
  omitEmbeddedStage?: boolean;
}

const CREATED_AT = '2026-01-05T09:00:00.000Z';
const CLUSTER_ID = '6c1f3c52-4a51-4b9e-9a0e-0d2c1f6f7a10';

// NestJS routes (projects, all of v2) answer Nest's default error body; legacy Fastify routes `{message}`.
const isNest = (path: string) =>
  path.startsWith('/api/v1/projects') || path.startsWith('/api/v2/');

const nestError = (status: number, error: string, message: string) => ({
  status,
  json: { statusCode: status, message, error },
});

const notFoundProject = () => nestError(404, 'Not Found', 'Projet introuvable');

function projectJson(project: ConsoleProjectData) {
  const ownerId = `${project.id.slice(0, -4)}0001`;
  return {
    id: project.id,
    name: project.name ?? project.slug.replace(/-/g, ''),
    slug: project.slug,
    description: '',
    status: project.status,
    locked: project.locked ?? false,
    limitless: project.limitless ?? false,
    hprodCpu: project.hprodCpu ?? 4,
    hprodGpu: 0,
    hprodMemory: project.hprodMemory ?? 8,
    prodCpu: project.prodCpu ?? 8,
    prodGpu: 0,
    prodMemory: project.prodMemory ?? 16,
    everyonePerms: '0',
    ownerId,
    owner: {
      id: ownerId,
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'camille.martin@interieur.gouv.fr',
      type: 'human',
      lastLogin: null,
      createdAt: CREATED_AT,
      updatedAt: CREATED_AT,
    },
    members: [],
    roles: [],
    clusterIds: [CLUSTER_ID],
    lastSuccessProvisionningVersion: '9.24.0',
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
  };
}

function environmentsJson(project: ConsoleProjectData, data: ConsoleData) {
  return (project.environments ?? []).map(env => {
    const stage = data.stages.find(s => s.name === env.stage);
    return {
      id: env.id,
      name: env.name,
      projectId: project.id,
      cpu: env.cpu ?? 1,
      gpu: 0,
      memory: env.memory ?? 2,
      autosync: true,
      clusterId: CLUSTER_ID,
      stageId: stage?.id ?? null,
      createdAt: CREATED_AT,
      updatedAt: CREATED_AT,
      ...(data.omitEmbeddedStage || !stage
        ? {}
        : { stage: { id: stage.id, name: stage.name } }),
    };
  });
}

function repositoriesJson(project: ConsoleProjectData) {
  return (project.repositories ?? []).map(repo => ({
    id: repo.id,
    projectId: project.id,
    internalRepoName: repo.internalRepoName,
    externalRepoUrl: repo.externalRepoUrl ?? '',
    externalUserName: '',
    isInfra: repo.isInfra ?? false,
    isPrivate: repo.isPrivate ?? false,
    deployRevision: '',
    deployPath: '',
    helmValuesFiles: '',
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
  }));
}

/** The project loader resolves a UUID or, failing that, a slug. */
const findProject = (data: ConsoleData, idOrSlug: string) =>
  data.projects.find(p => p.id === idOrSlug || p.slug === idOrSlug);

/**
 * The Cloud Pi Native console API (`x-dso-token`): get a project (UUID or slug), list its
 * environments and repositories (v2), list the stages (v1, no auth check).
 */
export const consoleSimulator: ToolSimulator<ConsoleData> = {
  tool: 'console',
  unauthorized(request: SimulatedRequest, token: string) {
    if (request.path === '/api/v1/stages') return undefined;
    if (header(request, 'x-dso-token') === token) return undefined;
    return isNest(request.path)
      ? nestError(401, 'Unauthorized', 'Not authenticated')
      : { status: 401, json: { message: 'Unauthorized' } };
  },
  handle(request, data): SimulatedResponse {
    if (request.method !== 'GET') {
      return { status: 404, json: { message: 'Not Found' } };
    }
    if (request.path === '/api/v1/stages') {
      return {
        status: 200,
        json: data.stages.map(s => ({ ...s, clusterIds: [CLUSTER_ID] })),
      };
    }
    const single = request.path.match(/^\/api\/v1\/projects\/([^/]+)$/);
    if (single) {
      const project = findProject(data, decodeURIComponent(single[1]));
      return project
        ? { status: 200, json: projectJson(project) }
        : notFoundProject();
    }
    const list = request.path.match(
      /^\/api\/v2\/projects\/([^/]+)\/(environments|repositories)$/,
    );
    if (list) {
      const project = findProject(data, decodeURIComponent(list[1]));
      if (!project) return notFoundProject();
      return {
        status: 200,
        json:
          list[2] === 'environments'
            ? environmentsJson(project, data)
            : repositoriesJson(project),
      };
    }
    return isNest(request.path)
      ? nestError(404, 'Not Found', `Cannot GET ${request.path}`)
      : { status: 404, json: { message: 'Not Found' } };
  },
};
