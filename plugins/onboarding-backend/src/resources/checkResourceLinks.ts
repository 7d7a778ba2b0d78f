import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import {
  Resource,
  resolveResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** How one link answered. */
export interface LinkCheck {
  id: string;
  url: string;
  ok: boolean;
  /** The last HTTP status received (after the redirects followed). */
  status?: number;
  /** Redirects followed. */
  redirects: number;
  /** Where the redirects led, when they did. */
  finalUrl?: string;
  /** Why the link is dead when no status says it: timeout, refused, too many redirects. */
  error?: string;
}

export interface LinkCheckOptions {
  /** Per request, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Requests in flight at once. Default 8. */
  concurrency?: number;
}

const DEFAULTS = { timeoutMs: 10_000, maxRedirects: 5, concurrency: 8 };

const reasonOf = (error: unknown, timeoutMs: number): string => {
  const e = error as { name?: string; message?: string; cause?: any };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError')
    return `timeout after ${timeoutMs} ms`;
  const cause = e?.cause;
  if (cause?.code)
    return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
  return String(e?.message ?? error);
};

/**
 * Asks for one link with GET (many sites refuse HEAD), following redirects by hand to
 * count them; the body is never read. Alive means a 2xx status at the end.
 */
async function checkOne(
  link: { id: string; url: string },
  options: Required<LinkCheckOptions>,
): Promise<LinkCheck> {
  let url = link.url;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'GET',
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: { 'user-agent': 'cloud-pi-native-onboarding link check' },
      });
    } catch (error) {
      return {
        ...link,
        ok: false,
        redirects,
        ...(redirects ? { finalUrl: url } : {}),
        error: reasonOf(error, options.timeoutMs),
      };
    }
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      if (redirects >= options.maxRedirects)
        return {
          ...link,
          ok: false,
          status: response.status,
          redirects,
          finalUrl: url,
          error: `more than ${options.maxRedirects} redirects`,
        };
      url = new URL(location, url).toString();
      continue;
    }
    return {
      ...link,
      ok: response.status >= 200 && response.status < 300,
      status: response.status,
      redirects,
      ...(redirects ? { finalUrl: url } : {}),
    };
  }
}

/** Checks every link, at most `concurrency` at once; results in the order given. */
export async function checkLinks(
  links: ReadonlyArray<{ id: string; url: string }>,
  options: LinkCheckOptions = {},
): Promise<LinkCheck[]> {
  const settings = { ...DEFAULTS, ...options };
  const results: LinkCheck[] = new Array(links.length);
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const index = next++;
      results[index] = await checkOne(links[index], settings);
    }
  };
  await Promise.all(
    Array.from(
      { length: Math.max(1, Math.min(settings.concurrency, links.length)) },
      worker,
    ),
  );
  return results;
}

/** The resources in force with the given app-config files (later files win, as in Backstage). */
export async function resourcesFromConfigFiles(
  files: readonly string[],
): Promise<Resource[]> {
  let configured: unknown;
  for (const file of files) {
    const parsed = YAML.parse(await readFile(file, 'utf8')) as any;
    if (parsed?.onboarding?.resources !== undefined)
      configured = parsed.onboarding.resources;
  }
  return resolveResources(configured);
}

const USAGE =
  'Usage: check:resource-links [--config app-config.yaml]... [--timeout ms] [--concurrency n] [--max-redirects n] [--include-intranet]';

/**
 * The `check:resource-links` command: checks every resource link (the defaults, changed by
 * `onboarding.resources` of the config files given), prints the dead ones, and answers
 * the exit code: 0 when all are alive, 1 when one is dead, 2 on a usage error.
 * Intranet-only resources are skipped (unreachable outside the RIE) unless asked.
 */
export async function runResourceLinkCheck(
  argv: readonly string[],
  io: { out: (line: string) => void; err: (line: string) => void },
): Promise<number> {
  const configs: string[] = [];
  const options: LinkCheckOptions = {};
  let includeIntranet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const positive = (name: string) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1)
        throw new Error(`${name} expects a whole number above 0`);
      return n;
    };
    try {
      if (arg === '--config') configs.push(value());
      else if (arg === '--timeout') options.timeoutMs = positive(arg);
      else if (arg === '--concurrency') options.concurrency = positive(arg);
      else if (arg === '--max-redirects') {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0)
          throw new Error(`${arg} expects a whole number`);
        options.maxRedirects = n;
      } else if (arg === '--include-intranet') includeIntranet = true;
      else throw new Error(`unknown option ${arg}`);
    } catch (error) {
      io.err(`${(error as Error).message}\n${USAGE}`);
      return 2;
    }
  }
  let resources: Resource[];
  try {
    resources = await resourcesFromConfigFiles(configs);
  } catch (error) {
    io.err(String((error as Error).message));
    return 2;
  }
  const checked = resources.filter(r => includeIntranet || !r.intranetOnly);
  const skipped = resources.length - checked.length;
  const results = await checkLinks(checked, options);
  const dead = results.filter(r => !r.ok);
  for (const r of dead) {
    const what = [
      r.status !== undefined ? `HTTP ${r.status}` : undefined,
      r.error,
      r.finalUrl
        ? `after ${r.redirects} redirect(s) to ${r.finalUrl}`
        : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    io.out(`DEAD ${r.id} ${r.url} — ${what}`);
  }
  io.out(
    `${results.length} links checked, ${dead.length} dead, ${
      results.filter(r => r.ok && r.redirects > 0).length
    } redirected${skipped ? `, ${skipped} intranet-only skipped` : ''}`,
  );
  return dead.length > 0 ? 1 : 0;
}
