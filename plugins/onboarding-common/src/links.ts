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

/** Without trailing slashes; a loop, not /\/+$/, which is quadratic on many inner slashes. */
function trimSlash(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end -= 1;
  return url.slice(0, end);
}

const escapeRegex = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a `console-url` annotation must look like, as a rule-language regular expression:
 * https, one of the allowed hosts when the portal lists them (lower-case, port included
 * if any), and a path but no query or fragment. Linear to match: no nested repetition.
 */
export function consoleUrlPattern(allowedHosts?: readonly string[]): string {
  const host = allowedHosts?.length
    ? `(?:${allowedHosts.map(escapeRegex).join('|')})`
    : '[a-z0-9.-]+(?::[0-9]{1,5})?';
  return `^https://${host}(?:/[^\\s?#]*)?$`;
}

const patterns = new Map<string, RegExp>();

/** Whether a `console-url` annotation may be linked to (see consoleUrlPattern). */
export function isAllowedConsoleUrl(
  value: string,
  allowedHosts?: readonly string[],
): boolean {
  const source = consoleUrlPattern(allowedHosts);
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    patterns.set(source, pattern);
  }
  if (!pattern.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The rule checking an entity's `console-url`: absent, or acceptable. Shared by the
 * criterion and by the links, so that a link is produced exactly when the criterion passes.
 */
export function consoleUrlRule(allowedHosts?: readonly string[]) {
  const fact = `annotation:${ANNOTATION_CONSOLE_URL}`;
  return {
    any: [
      { fact, exists: false as const },
      { fact, matches: consoleUrlPattern(allowedHosts) },
    ],
  };
}

/**
 * The link to the entity's project in the Cloud Pi Native console, or undefined
 * when the entity names no project or names it in a form a URL cannot carry.
 * The entity's own `console-url` annotation wins over the portal-wide base URL; when it
 * is not acceptable (not https, a host not allowed) there is no link at all, rather
 * than one to the wrong console.
 */
export function getConsoleProjectUrl(
  entity: Entity,
  targets: string | undefined | Omit<LinkTargets, 'docsBaseUrl'>,
  tab?: ConsoleProjectTab,
): string | undefined {
  const { consoleBaseUrl, consoleAllowedHosts } =
    typeof targets === 'object' ? targets : { consoleBaseUrl: targets };
  const annotations = entity.metadata.annotations ?? {};
  const slug = annotations[ANNOTATION_CONSOLE_PROJECT]?.trim();
  if (!slug || !CONSOLE_SLUG.test(slug)) {
    return undefined;
  }
  const override = annotations[ANNOTATION_CONSOLE_URL]?.trim();
  if (override && !isAllowedConsoleUrl(override, consoleAllowedHosts))
    return undefined;
  const baseUrl = override || consoleBaseUrl;
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
/** The Cloud Pi Native docs site, unless `onboarding.docs.baseUrl` names another. */
export const DEFAULT_DOCS_BASE_URL = 'https://cloud-pi-native.fr';

export interface LinkTargets {
  docsBaseUrl: string;
  consoleBaseUrl?: string;
  /** Hosts an entity's `console-url` may name (`onboarding.console.allowedHosts`); any https host when unset. */
  consoleAllowedHosts?: readonly string[];
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
      targets,
      link.slice('console:'.length) as ConsoleProjectTab,
    );
  }
  return undefined;
}
