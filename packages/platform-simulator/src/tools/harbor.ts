import { createHash } from 'node:crypto';
import { header } from '../server';
import { SimulatedRequest, SimulatedResponse, ToolSimulator } from '../types';

/** A time in the dataset: an ISO date-time, or a number of days before now (keeps the demo fresh). */
type When = string | number;

/** One artifact (an image version) of a simulated Harbor repository. */
export interface HarborArtifact {
  tags?: string[];
  /** Default `IMAGE`; Helm charts are `CHART` and have no scan. */
  type?: string;
  pushed: When;
  /** The Trivy scan; absent when the artifact was never scanned. */
  scan?: {
    status?:
      | 'Success'
      | 'Error'
      | 'Running'
      | 'Pending'
      | 'Stopped'
      | 'Scheduled';
    scanned: When;
    critical?: number;
    high?: number;
    medium?: number;
    low?: number;
  };
}

export interface HarborData {
  /** Projects by name (the console project slug), each with its repositories by short name. */
  projects?: Record<
    string,
    { repositories?: Record<string, { artifacts?: HarborArtifact[] }> }
  >;
}

const REPORT_MIME =
  'application/vnd.security.vulnerability.report; version=1.1';
const SEVERITIES = ['Critical', 'High', 'Medium', 'Low'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

const errors = (
  status: number,
  code: string,
  message: string,
): SimulatedResponse => ({
  status,
  headers: { 'x-request-id': `sim-${Date.now()}` },
  json: { errors: [{ code, message }] },
});

const at = (when: When, now: number) =>
  new Date(typeof when === 'number' ? now - when * DAY_MS : when);

const own = <T>(record: Record<string, T> | undefined, key: string) =>
  record && Object.prototype.hasOwnProperty.call(record, key)
    ? record[key]
    : undefined;

/** Page and page size as Harbor reads them (size 1–100, default 10), and the headers it sends. */
function paginate<T>(request: SimulatedRequest, items: T[]) {
  const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1);
  const size = Math.min(
    100,
    Math.max(1, Number(request.query.get('page_size') ?? 10) || 10),
  );
  const headers: Record<string, string> = {
    'x-total-count': String(items.length),
  };
  const link = (p: number) => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(p));
    query.set('page_size', String(size));
    return `</api/v2.0${request.path.slice('/api/v2.0'.length)}?${query}>`;
  };
  const links = [];
  if (page * size < items.length) links.push(`${link(page + 1)}; rel="next"`);
  if (page > 1) links.push(`${link(page - 1)}; rel="prev"`);
  if (links.length) headers.link = links.join(' , ');
  return { items: items.slice((page - 1) * size, page * size), headers };
}

function artifactJson(
  project: string,
  repository: string,
  artifact: HarborArtifact,
  index: number,
  now: number,
) {
  const digest = `sha256:${createHash('sha256')
    .update(`${project}/${repository}#${index}`)
    .digest('hex')}`;
  const pushTime = at(artifact.pushed, now).toISOString();
  const scan = artifact.scan;
  const end = scan && at(scan.scanned, now);
  const counts = scan
    ? Object.fromEntries(
        SEVERITIES.map(s => [s, scan[s.toLowerCase() as 'critical'] ?? 0]),
      )
    : {};
  // Harbor leaves out severities with no finding.
  const summary = Object.fromEntries(
    Object.entries(counts).filter(([, n]) => n > 0),
  );
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    id: index + 1,
    type: artifact.type ?? 'IMAGE',
    project_id: 1,
    repository_id: 1,
    repository_name: `${project}/${repository}`,
    digest,
    size: 52428800,
    media_type: 'application/vnd.docker.container.image.v1+json',
    manifest_media_type: 'application/vnd.docker.distribution.manifest.v2+json',
    push_time: pushTime,
    pull_time: pushTime,
    tags: (artifact.tags ?? []).map((name, i) => ({
      id: i + 1,
      repository_id: 1,
      artifact_id: index + 1,
      name,
      push_time: pushTime,
      pull_time: pushTime,
      immutable: false,
    })),
    scan_overview: scan
      ? {
          [REPORT_MIME]: {
            report_id: createHash('sha1').update(digest).digest('hex'),
            scan_status: scan.status ?? 'Success',
            severity: SEVERITIES.find(s => counts[s] > 0) ?? 'None',
            duration: 12,
            complete_percent: 100,
            start_time: new Date(end!.getTime() - 12_000).toISOString(),
            end_time: end!.toISOString(),
            scanner: {
              name: 'Trivy',
              vendor: 'Aqua Security',
              version: 'v0.50.1',
            },
            summary: { total, fixable: total, summary },
          },
        }
      : null,
  };
}

/**
 * Harbor's v2.0 API for what the fact source reads: a project's repositories and each
 * repository's artifacts with their Trivy scan overview, newest first, paginated with
 * `X-Total-Count` and `Link`, and Harbor's `{"errors":[{code,message}]}` bodies. Accepts
 * Basic credentials whose password is the simulator's credential (a robot secret).
 */
export const harbor: ToolSimulator<HarborData> = {
  tool: 'harbor',
  unauthorized(request, token) {
    const auth = header(request, 'authorization') ?? '';
    const decoded = auth.startsWith('Basic ')
      ? Buffer.from(auth.slice(6), 'base64').toString('utf8')
      : '';
    const colon = decoded.indexOf(':');
    return colon > 0 && decoded.slice(colon + 1) === token
      ? undefined
      : errors(401, 'UNAUTHORIZED', 'unauthorized');
  },
  handle(request, data) {
    if (request.method !== 'GET') {
      return errors(405, 'METHOD_NOT_ALLOWED', 'method not allowed');
    }
    const match =
      /^\/api\/v2\.0\/projects\/([^/]+)\/repositories(?:\/([^/]+)\/artifacts)?$/.exec(
        request.path,
      );
    if (!match) return errors(404, 'NOT_FOUND', `no route ${request.path}`);
    const projectName = decodeURIComponent(match[1]);
    const project = own(data?.projects, projectName);
    if (!project) {
      return errors(404, 'NOT_FOUND', `project ${projectName} not found`);
    }
    const repositories = project.repositories ?? {};
    const now = Date.now();

    if (match[2] === undefined) {
      const list = Object.entries(repositories).map(([name, repo], i) => ({
        id: i + 1,
        project_id: 1,
        name: `${projectName}/${name}`,
        description: '',
        artifact_count: repo.artifacts?.length ?? 0,
        pull_count: 0,
        creation_time: new Date(now - 90 * DAY_MS).toISOString(),
        update_time: new Date(now).toISOString(),
      }));
      const { items, headers } = paginate(request, list);
      return { status: 200, headers, json: items };
    }

    // A repository name with a slash comes encoded twice (`a%252Fb`); the router decoded nothing yet.
    const repositoryName = decodeURIComponent(decodeURIComponent(match[2]));
    const repository = own(repositories, repositoryName);
    if (!repository) {
      return errors(
        404,
        'NOT_FOUND',
        `repository ${projectName}/${repositoryName} not found`,
      );
    }
    const artifacts = (repository.artifacts ?? [])
      .map((a, i) => artifactJson(projectName, repositoryName, a, i, now))
      .sort((a, b) =>
        request.query.get('sort') === '-push_time'
          ? b.push_time.localeCompare(a.push_time)
          : a.id - b.id,
      )
      .map(a =>
        request.query.get('with_scan_overview') === 'true'
          ? a
          : { ...a, scan_overview: undefined },
      );
    const { items, headers } = paginate(request, artifacts);
    return { status: 200, headers, json: items };
  },
};
