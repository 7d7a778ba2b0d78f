/** A request as a simulated tool sees it: the path below the tool's prefix. */
export interface SimulatedRequest {
  method: string;
  /** Path below the tool's prefix, decoded once as an HTTP server would, e.g. `/api/v4/projects/group%2Fapp`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
}

/** An answer: a JSON body (any value but a string), or text. */
export interface SimulatedResponse {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
}

/**
 * One tool of the platform. Each answers below its own prefix of the simulator
 * (`/sonarqube/api/...`), in the tool's documented shapes, from its part of the dataset.
 */
export interface ToolSimulator<Data = unknown> {
  /** Also the prefix: `sonarqube` answers `/sonarqube/...`. */
  readonly tool: string;
  /** The tool's answer to a request without the expected credentials, in its own shape. */
  unauthorized(
    request: SimulatedRequest,
    token: string,
  ): SimulatedResponse | undefined;
  handle(request: SimulatedRequest, data: Data): SimulatedResponse;
}

/** A fault injected on the requests of one tool whose path and query contain `match`. */
export interface SimulatedFault {
  tool: string;
  /** Substring of `path?query` (below the tool's prefix); empty matches every request. */
  match: string;
  fault:
    | { kind: 'status'; status: number; times?: number }
    | { kind: 'rate-limit'; retryAfterSeconds: number; times: number }
    | { kind: 'timeout' }
    | { kind: 'garbage' }
    | { kind: 'huge'; bytes: number };
}
