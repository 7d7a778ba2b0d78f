import { createHash } from 'node:crypto';
import { header } from '../server';
import { SimulatedResponse, ToolSimulator } from '../types';
import { matchesLabels, parseLabelSelector } from './labelSelector';

/** A failed check of a compact report: the policy, or the policy with its rule and message. */
type CompactFailure =
  | string
  | { policy: string; rule?: string; message?: string };

/** One resource's report, written compactly: the policies it passes and those it fails. */
interface CompactReport {
  kind: string;
  name: string;
  apiVersion?: string;
  pass?: string[];
  fail?: CompactFailure[];
  warn?: CompactFailure[];
}

/**
 * The Kubernetes cluster as the Kyverno source reads it: namespaces with their labels and,
 * in each, PolicyReports, either compact (one per resource, Kyverno ≥ 1.10) or verbatim
 * (any object with `results`, e.g. the older one-report-per-policy layout).
 */
export interface KyvernoData {
  /** False when the PolicyReport CRD is not installed: its API answers 404. Default true. */
  crdInstalled?: boolean;
  namespaces?: Array<{
    name: string;
    labels?: Record<string, string>;
    reports?: Array<CompactReport | Record<string, unknown>>;
  }>;
}

const GROUP = 'wgpolicyk8s.io/v1alpha2';
const REPORTS =
  /^\/apis\/wgpolicyk8s\.io\/v1alpha2\/namespaces\/([^/]+)\/policyreports$/;
const TIMESTAMP = { seconds: 1767225600, nanos: 0 };

/** A Kubernetes `Status` error body. */
function status(
  code: number,
  reason: string,
  message: string,
  details: object = {},
): SimulatedResponse {
  return {
    status: code,
    json: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      details,
      code,
    },
  };
}

const NOT_FOUND = () =>
  status(404, 'NotFound', 'the server could not find the requested resource');

/** A UID that stays the same for the same resource across starts. */
const uid = (text: string) => {
  const hex = createHash('sha1').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(
    12,
    16,
  )}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

function expand(namespace: string, report: CompactReport) {
  const result = (outcome: 'pass' | 'fail' | 'warn') => (f: CompactFailure) => {
    const { policy, rule, message } =
      typeof f === 'string'
        ? { policy: f, rule: undefined, message: undefined }
        : f;
    return {
      source: 'kyverno',
      policy,
      rule: rule ?? policy,
      result: outcome,
      message:
        message ??
        (outcome === 'pass'
          ? 'validation rule passed'
          : `validation error: ${report.kind} ${report.name} does not meet ${policy}`),
      scored: true,
      timestamp: TIMESTAMP,
    };
  };
  const results = [
    ...(report.pass ?? []).map(result('pass')),
    ...(report.fail ?? []).map(result('fail')),
    ...(report.warn ?? []).map(result('warn')),
  ];
  const id = uid(`${namespace}/${report.kind}/${report.name}`);
  return {
    apiVersion: GROUP,
    kind: 'PolicyReport',
    metadata: {
      name: id,
      namespace,
      labels: { 'app.kubernetes.io/managed-by': 'kyverno' },
    },
    scope: {
      apiVersion: report.apiVersion ?? 'apps/v1',
      kind: report.kind,
      name: report.name,
      namespace,
      uid: id,
    },
    summary: {
      pass: report.pass?.length ?? 0,
      fail: report.fail?.length ?? 0,
      warn: report.warn?.length ?? 0,
      error: 0,
      skip: 0,
    },
    results,
  };
}

/** One page of a Kubernetes list, or the 410 Kubernetes answers to a continue token it no longer knows. */
function listPage<T>(
  items: T[],
  query: URLSearchParams,
  list: { apiVersion: string; kind: string },
): SimulatedResponse {
  const listed = page(items, query);
  if (!listed)
    return status(410, 'Expired', 'The provided continue parameter is too old');
  return { status: 200, json: { ...list, ...listed } };
}

/** Kubernetes list paging: `limit` items from the offset the `continue` token carries. */
function page<T>(items: T[], query: URLSearchParams) {
  const limit = Number(query.get('limit') ?? 0);
  const token = query.get('continue');
  const start = token ? Number(Buffer.from(token, 'base64url').toString()) : 0;
  if (!Number.isInteger(start) || start < 0 || start > items.length)
    return undefined;
  const end = limit > 0 ? Math.min(items.length, start + limit) : items.length;
  return {
    items: items.slice(start, end),
    metadata: {
      resourceVersion: '123456',
      ...(end < items.length
        ? {
            continue: Buffer.from(String(end)).toString('base64url'),
            remainingItemCount: items.length - end,
          }
        : {}),
    },
  };
}

/**
 * The Kubernetes API as the Kyverno source uses it: namespaces by label selector and
 * `wgpolicyk8s.io/v1alpha2` PolicyReports per namespace, with a service-account Bearer token.
 */
export const kyvernoSimulator: ToolSimulator<KyvernoData> = {
  tool: 'kyverno',
  unauthorized: (request, token) =>
    header(request, 'authorization') === `Bearer ${token}`
      ? undefined
      : status(401, 'Unauthorized', 'Unauthorized'),
  handle: (request, data) => {
    if (request.method !== 'GET') {
      return status(
        405,
        'MethodNotAllowed',
        'the server does not allow this method on the requested resource',
      );
    }
    const namespaces = data?.namespaces ?? [];
    if (request.path === '/api/v1/namespaces') {
      const selector = parseLabelSelector(
        request.query.get('labelSelector') ?? '',
      );
      if ('error' in selector) return status(400, 'BadRequest', selector.error);
      const items = namespaces
        .filter(ns => matchesLabels(selector, ns.labels))
        .map(ns => ({
          metadata: {
            name: ns.name,
            uid: uid(ns.name),
            labels: ns.labels ?? {},
          },
          spec: { finalizers: ['kubernetes'] },
          status: { phase: 'Active' },
        }));
      return listPage(items, request.query, {
        apiVersion: 'v1',
        kind: 'NamespaceList',
      });
    }
    const reports = REPORTS.exec(request.path);
    if (!reports || data?.crdInstalled === false) return NOT_FOUND();
    const namespace = decodeURIComponent(reports[1]);
    // Listing in a namespace that does not exist answers an empty list, as Kubernetes does.
    const items = (
      namespaces.find(ns => ns.name === namespace)?.reports ?? []
    ).map(r =>
      'results' in r
        ? { apiVersion: GROUP, kind: 'PolicyReport', ...r }
        : expand(namespace, r as CompactReport),
    );
    return listPage(items, request.query, {
      apiVersion: GROUP,
      kind: 'PolicyReportList',
    });
  },
};
