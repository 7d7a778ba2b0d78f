import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_CONSOLE_PROJECT,
  ANNOTATION_CONSOLE_URL,
} from './annotations';

/** Tabs of a project page in the Cloud Pi Native console. */
export type ConsoleProjectTab =
  | 'resources'
  | 'services'
  | 'team'
  | 'roles'
  | 'logs'
  | 'clusters'
  | 'configuration';

/** Console project slugs: lowercase letters, digits and dashes. */
const CONSOLE_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The link to the entity's project in the Cloud Pi Native console, or undefined
 * when the entity names no project or names it in a form a URL cannot carry.
 * The entity's own `console-url` annotation wins over the portal-wide base URL.
 */
export function getConsoleProjectUrl(
  entity: Entity,
  defaultBaseUrl: string | undefined,
  tab?: ConsoleProjectTab,
): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const slug = annotations[ANNOTATION_CONSOLE_PROJECT]?.trim();
  if (!slug || !CONSOLE_SLUG.test(slug)) {
    return undefined;
  }
  const override = annotations[ANNOTATION_CONSOLE_URL]?.trim();
  const baseUrl = override && isHttpUrl(override) ? override : defaultBaseUrl;
  if (!baseUrl) {
    return undefined;
  }
  const url = `${trimSlash(baseUrl)}/projects/${encodeURIComponent(slug)}`;
  return tab ? `${url}?tab=${tab}` : url;
}

/** A page of the Cloud Pi Native documentation site. */
export function getDocsUrl(baseUrl: string, path = '/'): string {
  return `${trimSlash(baseUrl)}/${path.replace(/^\/+/, '')}`;
}

/** Where the portal's links point: the docs site and, if known, the console. */
export interface LinkTargets {
  docsBaseUrl: string;
  consoleBaseUrl?: string;
}

/**
 * Turns a criterion's remediation link into an absolute URL for an entity: docs paths
 * (`/guide/...`) go to the docs site, `console:<tab>` to the entity's console project tab.
 * Undefined when the link cannot be resolved (e.g. a console tab with no console project).
 */
export function resolveRemediationLink(
  link: string | undefined,
  entity: Entity,
  targets: LinkTargets,
): string | undefined {
  if (!link) return undefined;
  if (link.startsWith('https://')) return link;
  if (link.startsWith('/')) return getDocsUrl(targets.docsBaseUrl, link);
  if (link.startsWith('console:')) {
    return getConsoleProjectUrl(
      entity,
      targets.consoleBaseUrl,
      link.slice('console:'.length) as ConsoleProjectTab,
    );
  }
  return undefined;
}
