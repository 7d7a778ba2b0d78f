import { createHash } from 'node:crypto';
import { header } from '../server';
import { SimulatedResponse, ToolSimulator } from '../types';

/** A GitLab project as the dataset writes it: its files on the default branch and its pipelines. */
export interface GitlabProjectData {
  id: number;
  /** Full path, e.g. `forge/projects/dossier-usager/portail-usager`. */
  path: string;
  /** `null` for an empty repository. Default `main`. */
  defaultBranch?: string | null;
  /** File path → content, on the default branch. */
  files?: Record<string, string>;
  pipelines?: Array<{
    id: number;
    ref?: string;
    status: string;
    sha?: string;
    createdAt?: string;
  }>;
}

export interface GitlabData {
  /** e.g. `https://gitlab.example.gouv.fr`, for `web_url`s. */
  webUrl?: string;
  projects: GitlabProjectData[];
}

const message = (status: number, text: string): SimulatedResponse => ({
  status,
  json: { message: text },
});

const sha = (text: string) => createHash('sha1').update(text).digest('hex');

const branchOf = (project: GitlabProjectData) =>
  project.defaultBranch === undefined ? 'main' : project.defaultBranch;

function projectJson(project: GitlabProjectData, data: GitlabData) {
  const web = `${data.webUrl ?? 'https://gitlab.simulator.invalid'}/${
    project.path
  }`;
  const segments = project.path.split('/');
  return {
    id: project.id,
    name: segments[segments.length - 1],
    path: segments[segments.length - 1],
    path_with_namespace: project.path,
    default_branch: branchOf(project),
    web_url: web,
    http_url_to_repo: `${web}.git`,
    archived: false,
    visibility: 'private',
    last_activity_at: '2026-09-01T08:00:00.000Z',
  };
}

/** Offset pagination with GitLab's headers. */
function paginate<T>(items: T[], query: URLSearchParams): SimulatedResponse {
  const perPage = Math.min(
    Math.max(Number(query.get('per_page')) || 20, 1),
    100,
  );
  const page = Math.max(Number(query.get('page')) || 1, 1);
  const pages = Math.max(Math.ceil(items.length / perPage), 1);
  return {
    status: 200,
    headers: {
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-next-page': page < pages ? String(page + 1) : '',
      'x-prev-page': page > 1 ? String(page - 1) : '',
      'x-total': String(items.length),
      'x-total-pages': String(pages),
    },
    json: items.slice((page - 1) * perPage, page * perPage),
  };
}

/** Entries of a folder: its files and, once each, its sub-folders. */
function tree(
  files: Record<string, string>,
  folder: string,
  recursive: boolean,
) {
  const prefix = folder ? `${folder.replace(/\/+$/, '')}/` : '';
  const entries = new Map<string, { type: 'tree' | 'blob'; path: string }>();
  for (const path of Object.keys(files).sort()) {
    if (!path.startsWith(prefix)) continue;
    const parts = path.slice(prefix.length).split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      if (!recursive && depth > 1) break;
      const entry = `${prefix}${parts.slice(0, depth).join('/')}`;
      entries.set(entry, {
        type: depth === parts.length ? 'blob' : 'tree',
        path: entry,
      });
    }
  }
  return [...entries.values()].map(entry => ({
    id: sha(entry.path),
    name: entry.path.split('/').pop(),
    type: entry.type,
    path: entry.path,
    mode: entry.type === 'tree' ? '040000' : '100644',
  }));
}

/**
 * GitLab's REST API v4 (`PRIVATE-TOKEN` or a bearer token): a project by id or encoded
 * full path, raw files, the repository tree and the pipelines list, with GitLab's own
 * `{"message":"404 … Not Found"}` bodies.
 */
export const gitlabSimulator: ToolSimulator<GitlabData> = {
  tool: 'gitlab',
  unauthorized(request, token) {
    const given =
      header(request, 'private-token') ??
      header(request, 'authorization')?.replace(/^Bearer /, '');
    return given === token ? undefined : message(401, '401 Unauthorized');
  },
  handle(request, data) {
    const match = request.path.match(/^\/api\/v4\/projects\/([^/]+)(\/.*)?$/);
    if (request.method !== 'GET' || !match) {
      return message(404, '404 Not found');
    }
    const idOrPath = decodeURIComponent(match[1]);
    const project = data.projects.find(
      p => String(p.id) === idOrPath || p.path === idOrPath,
    );
    if (!project) return message(404, '404 Project Not Found');
    const rest = match[2] ?? '';
    const files = project.files ?? {};
    const branch = branchOf(project);
    const ref = request.query.get('ref') ?? branch ?? 'main';

    if (rest === '') return { status: 200, json: projectJson(project, data) };

    const raw = rest.match(/^\/repository\/files\/([^/]+)\/raw$/);
    if (raw) {
      const path = decodeURIComponent(raw[1]);
      const content = ref === branch ? files[path] : undefined;
      if (content === undefined) return message(404, '404 File Not Found');
      return {
        status: 200,
        headers: {
          'x-gitlab-file-name': path.split('/').pop()!,
          'x-gitlab-file-path': path,
          'x-gitlab-ref': ref,
          'x-gitlab-size': String(Buffer.byteLength(content)),
          'x-gitlab-blob-id': sha(content),
        },
        text: content,
      };
    }
    if (rest === '/repository/tree') {
      if (ref !== branch) return message(404, '404 Tree Not Found');
      return paginate(
        tree(
          files,
          request.query.get('path') ?? '',
          request.query.get('recursive') === 'true',
        ),
        request.query,
      );
    }
    if (rest === '/pipelines') {
      const refFilter = request.query.get('ref');
      const pipelines = (project.pipelines ?? [])
        .map(p => ({ ...p, ref: p.ref ?? branch ?? 'main' }))
        .filter(p => !refFilter || p.ref === refFilter)
        .sort((a, b) =>
          request.query.get('sort') === 'asc' ? a.id - b.id : b.id - a.id,
        )
        .map(p => {
          const created = p.createdAt ?? '2026-09-01T08:00:00.000Z';
          return {
            id: p.id,
            iid: p.id % 1000,
            project_id: project.id,
            sha: p.sha ?? sha(`${project.path}#${p.id}`),
            ref: p.ref,
            status: p.status,
            source: 'push',
            created_at: created,
            updated_at: created,
            web_url: `${projectJson(project, data).web_url}/-/pipelines/${
              p.id
            }`,
          };
        });
      return paginate(pipelines, request.query);
    }
    return message(404, '404 Not found');
  },
};
