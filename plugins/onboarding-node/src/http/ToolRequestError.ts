/** Why a request to a platform tool did not give a usable answer. */
export type ToolRequestFailure =
  | 'timeout'
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'http'
  | 'too-large'
  | 'invalid-response';

/**
 * A failed request to a platform tool. Its message names the tool, the method and the
 * path (never the query string, the headers or any credential), so it can be logged and
 * shown to users as it is.
 */
export class ToolRequestError extends Error {
  readonly name = 'ToolRequestError';

  constructor(
    readonly failure: ToolRequestFailure,
    message: string,
    readonly status?: number,
    /** What a 429's `Retry-After` asked for. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Whether a retry may give another answer. */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof ToolRequestError &&
    (error.failure === 'rate-limited' ||
      error.failure === 'server' ||
      error.failure === 'network' ||
      error.failure === 'timeout')
  );
}
