import { createHash, createHmac } from 'node:crypto';
import { header } from '../server';
import { SimulatedResponse, ToolSimulator } from '../types';
import { matchesLabels, parseLabelSelector } from './labelSelector';

/** One Argo CD Application the console would have created, written compactly. */
interface SimulatedApplication {
  /** Console project slug. */
  project: string;
  environment: string;
  /** The console repository it deploys; absent for the environment's infrastructure app. */
  repository?: string;
  sync: 'Synced' | 'OutOfSync' | 'Unknown';
  health:
    | 'Healthy'
    | 'Progressing'
    | 'Degraded'
    | 'Suspended'
    | 'Missing'
    | 'Unknown';
  healthMessage?: string;
  /** Phase of the last sync operation. Default Succeeded. */
  operationPhase?: 'Running' | 'Terminating' | 'Failed' | 'Error' | 'Succeeded';
  reconciledAt?: string;
  images?: string[];
  /** Overrides or adds labels (e.g. to drop `dso/environment`). */
  labels?: Record<string, string | null>;
}

export interface ArgoCdData {
  applications?: SimulatedApplication[];
}

/** The 4 hex characters the console appends to names (HMAC-SHA256 with an empty key). */
const h4 = (text: string) =>
  createHmac('sha256', '').update(text).digest('hex').slice(0, 4);
const sha4 = (text: string) =>
  createHash('sha1').update(text).digest('hex').slice(0, 4);

/** The grpc-gateway error body Argo CD answers with. */
const grpcError = (
  httpStatus: number,
  code: number,
  message: string,
): SimulatedResponse => ({
  status: httpStatus,
  json: { error: message, code, message },
});

function application(app: SimulatedApplication) {
  const base = `${app.project}-${app.environment}-${h4(app.environment)}`;
  const name = app.repository
    ? `${base}-${app.repository}-${sha4(app.repository)}`
    : `${base}-env`;
  const labels: Record<string, string> = {
    'app.kubernetes.io/managed-by': 'dso-console',
    'dso/project': app.project.replace(/[^a-z0-9]/g, ''),
    'dso/project.id': `uuid-${app.project}`,
    'dso/project.slug': app.project,
    'dso/environment': app.environment,
    'dso/environment.id': `uuid-${app.project}-${app.environment}`,
    ...(app.repository
      ? {
          'dso/repository': app.repository,
          'dso/repository.id': `uuid-${app.repository}`,
          'dso/type': 'app',
        }
      : { 'dso/type': 'infrastructure' }),
  };
  for (const [key, value] of Object.entries(app.labels ?? {})) {
    if (value === null) delete labels[key];
    else labels[key] = value;
  }
  const revision = createHash('sha1').update(name).digest('hex');
  const reconciledAt = app.reconciledAt ?? '2026-03-01T10:05:00Z';
  return {
    metadata: { name, namespace: 'argocd', labels },
    spec: {
      project: `${base}-${app.repository ? 'app' : 'env'}`,
      destination: {
        name: 'cluster-a',
        namespace: `${sha4(app.environment)}--${sha4(app.project)}`,
      },
    },
    status: {
      sync: { status: app.sync, revision },
      health: {
        status: app.health,
        ...(app.healthMessage ? { message: app.healthMessage } : {}),
      },
      reconciledAt,
      operationState: {
        phase: app.operationPhase ?? 'Succeeded',
        message:
          (app.operationPhase ?? 'Succeeded') === 'Succeeded'
            ? 'successfully synced (all tasks run)'
            : 'one or more objects failed to apply',
        startedAt: reconciledAt,
        finishedAt: reconciledAt,
        operation: { sync: { revision } },
        syncResult: { revision },
      },
      summary: { images: app.images ?? [] },
    },
  };
}

/** Argo CD's v1 API as the Argo CD source uses it: the application list by label selector. */
export const argocdSimulator: ToolSimulator<ArgoCdData> = {
  tool: 'argocd',
  unauthorized: (request, token) => {
    const authorization = header(request, 'authorization');
    if (authorization === `Bearer ${token}`) return undefined;
    return grpcError(
      401,
      16,
      authorization
        ? 'invalid session: token is not valid'
        : 'no session information',
    );
  },
  handle: (request, data) => {
    if (request.method !== 'GET' || request.path !== '/api/v1/applications') {
      return grpcError(404, 5, 'Not Found');
    }
    const selector = parseLabelSelector(request.query.get('selector') ?? '');
    if ('error' in selector) return grpcError(400, 3, selector.error);
    const projects = [
      ...request.query.getAll('projects'),
      ...request.query.getAll('project'),
    ];
    const items = (data?.applications ?? [])
      .map(application)
      .filter(
        app =>
          matchesLabels(selector, app.metadata.labels) &&
          (projects.length === 0 || projects.includes(app.spec.project)),
      );
    return {
      status: 200,
      json: { metadata: { resourceVersion: '6879110' }, items },
    };
  },
};
