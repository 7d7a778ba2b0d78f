import { ToolRequestError, isTransient } from './ToolRequestError';

/** How a source talks to one tool. */
export interface ToolClientOptions {
  /** The tool's name in messages, e.g. `SonarQube`. */
  tool: string;
  /** Base URL of the tool's API, e.g. `https://sonar.example.gouv.fr`. */
  baseUrl: string;
  /** Headers sent with every request (credentials go here, never in URLs). */
  headers?: Record<string, string>;
  /** Per attempt. Default 10 s. */
  timeoutMs?: number;
  /** Largest body read; a larger one is refused without being read whole. Default 5 MB. */
  maxBytes?: number;
  /** Further attempts after a 429, a 5xx, a timeout or a network error. Default 2. */
  retries?: number;
  /** First backoff; doubled each attempt, with jitter. Default 250 ms. */
  backoffMs?: number;
  /** Longest wait a `Retry-After` may ask for before giving up. Default 10 s. */
  maxRetryAfterMs?: number;
}

/** What one GET may add to the client's options. */
export interface ToolGetRequest {
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
  /** Return a 404 (body null) rather than throw: for what may not exist. */
  allowNotFound?: boolean;
}

/** A response whose status the caller decides about (2xx, or 404 when asked for). */
export interface ToolResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

const DEFAULTS = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  retries: 2,
  backoffMs: 250,
  maxRetryAfterMs: 10_000,
};

/** Waits, unless the signal aborts first. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let timer: NodeJS.Timeout | undefined = undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Reads at most `maxBytes` of a body, cancelling the stream beyond. */
async function readCapped(
  response: Response,
  maxBytes: number,
  describe: string,
): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new ToolRequestError(
      'too-large',
      `${describe}: the answer is ${declared} bytes, more than the ${maxBytes} accepted`,
      response.status,
    );
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ToolRequestError(
        'too-large',
        `${describe}: the answer exceeds the ${maxBytes} bytes accepted`,
        response.status,
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function failureOf(status: number): ToolRequestError['failure'] {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'http';
}

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date). */
function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * A small HTTP client for a platform tool's JSON API, shared by every fact source: one
 * timeout per attempt, a byte cap on bodies, retries with exponential backoff on 429 and
 * 5xx (honouring `Retry-After`), and errors that never carry credentials.
 */
export class ToolClient {
  private readonly options: Required<Omit<ToolClientOptions, 'headers'>> & {
    headers: Record<string, string>;
  };

  constructor(options: ToolClientOptions) {
    // An option given as undefined keeps its default.
    const given = Object.fromEntries(
      Object.entries(options).filter(([, value]) => value !== undefined),
    ) as ToolClientOptions;
    this.options = {
      ...DEFAULTS,
      ...given,
      baseUrl: given.baseUrl.replace(/\/+$/, ''),
      headers: given.headers ?? {},
    };
  }

  get tool() {
    return this.options.tool;
  }

  /** GET a JSON document. A 404 is returned (status 404, body null) only when `allowNotFound`. */
  async getJson<T>(
    path: string,
    request: ToolGetRequest = {},
  ): Promise<ToolResponse<T | null>> {
    const response = await this.get(path, { ...request, accept: 'json' });
    if (response.status === 404) return { ...response, body: null };
    try {
      return { ...response, body: JSON.parse(response.body) as T };
    } catch {
      throw new ToolRequestError(
        'invalid-response',
        `${this.describe(path)}: the answer is not valid JSON`,
        response.status,
      );
    }
  }

  /** GET a text document (a raw file). A 404 is returned only when `allowNotFound`. */
  async getText(
    path: string,
    request: ToolGetRequest = {},
  ): Promise<ToolResponse<string | null>> {
    const response = await this.get(path, { ...request, accept: 'text' });
    return response.status === 404 ? { ...response, body: null } : response;
  }

  private describe(path: string) {
    return `${this.options.tool} GET ${path.split('?')[0]}`;
  }

  private async get(
    path: string,
    request: ToolGetRequest & { accept: 'json' | 'text' },
  ): Promise<ToolResponse<string>> {
    const url = new URL(`${this.options.baseUrl}${path}`);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const describe = this.describe(path);
    const { retries, backoffMs, maxRetryAfterMs } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(url, describe, request);
      } catch (error) {
        if (
          request.signal?.aborted ||
          !isTransient(error) ||
          attempt >= retries
        )
          throw error;
        const asked = (error as ToolRequestError).retryAfterMs;
        if (asked !== undefined && asked > maxRetryAfterMs) throw error;
        const backoff = backoffMs * 2 ** attempt * (0.5 + Math.random() / 2);
        await sleep(asked ?? backoff, request.signal);
      }
    }
  }

  private async attempt(
    url: URL,
    describe: string,
    request: {
      signal?: AbortSignal;
      allowNotFound?: boolean;
      accept: 'json' | 'text';
    },
  ): Promise<ToolResponse<string>> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = request.signal
      ? AbortSignal.any([request.signal, timeout])
      : timeout;
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {
          accept:
            request.accept === 'json' ? 'application/json' : 'text/plain, */*',
          ...this.options.headers,
        },
        redirect: 'error',
        signal,
      });
    } catch (error) {
      throw this.transportError(error, describe, timeout);
    }
    try {
      if (response.status === 404 && request.allowNotFound) {
        await response.body?.cancel();
        return { status: 404, body: '', headers: response.headers };
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        throw new ToolRequestError(
          failureOf(response.status),
          `${describe}: HTTP ${response.status}${
            response.statusText ? ` ${response.statusText}` : ''
          }`,
          response.status,
          retryAfterMs(response.headers),
        );
      }
      const body = await readCapped(response, this.options.maxBytes, describe);
      return { status: response.status, body, headers: response.headers };
    } catch (error) {
      if (error instanceof ToolRequestError) throw error;
      throw this.transportError(error, describe, timeout);
    }
  }

  private transportError(
    error: unknown,
    describe: string,
    timeout: AbortSignal,
  ): ToolRequestError {
    if (timeout.aborted) {
      return new ToolRequestError(
        'timeout',
        `${describe}: no answer within ${this.options.timeoutMs} ms`,
      );
    }
    const cause = (error as { cause?: { code?: string } })?.cause?.code;
    return new ToolRequestError(
      'network',
      `${describe}: ${cause ?? (error as Error)?.name ?? 'request failed'}`,
    );
  }
}
