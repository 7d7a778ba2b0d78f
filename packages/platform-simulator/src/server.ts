import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';
import {
  SimulatedFault,
  SimulatedRequest,
  SimulatedResponse,
  ToolSimulator,
} from './types';

export interface PlatformSimulatorOptions {
  tools: ToolSimulator<any>[];
  /** Each tool's part of the dataset, by tool name. */
  dataset: Record<string, unknown>;
  /** The credential each tool expects (how it is presented is the tool's own). Default `simulator-token`. */
  tokens?: Record<string, string>;
  faults?: SimulatedFault[];
  /** Added before every answer, to measure what slow tools cost. */
  latencyMs?: number;
  port?: number;
  host?: string;
}

export interface RunningSimulator {
  /** e.g. `http://127.0.0.1:7010`; a tool's base URL is `${url}/${tool}`. */
  url: string;
  server: Server;
  /** Every request received, in order (tool, path with query). */
  requests: Array<{ tool: string; path: string }>;
  close(): Promise<void>;
}

export const DEFAULT_TOKEN = 'simulator-token';

function send(res: ServerResponse, answer: SimulatedResponse) {
  let body = '';
  if (answer.text !== undefined) body = answer.text;
  else if (answer.json !== undefined) body = JSON.stringify(answer.json);
  res.writeHead(answer.status, {
    'content-type':
      answer.text !== undefined
        ? 'text/plain; charset=utf-8'
        : 'application/json; charset=utf-8',
    ...answer.headers,
  });
  res.end(body);
}

/** Streams `bytes` of a never-ending JSON array, respecting back-pressure. */
function sendHuge(res: ServerResponse, bytes: number) {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.from(`${'{"a":1},'.repeat(8192)}`);
  let sent = 0;
  const write = () => {
    while (sent < bytes) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', write);
        return;
      }
    }
    res.end();
  };
  res.write('[');
  write();
}

/**
 * Starts the simulator: one HTTP server on loopback, every tool under its prefix,
 * faults applied first (a fault with `times` wears off after that many requests).
 */
export async function startPlatformSimulator(
  options: PlatformSimulatorOptions,
): Promise<RunningSimulator> {
  const tools = new Map(options.tools.map(t => [t.tool, t]));
  const faults = (options.faults ?? []).map(f => ({ ...f, used: 0 }));
  const requests: RunningSimulator['requests'] = [];

  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const [, toolName, ...rest] = url.pathname.split('/');
    const tool = tools.get(toolName);
    if (!tool) {
      send(res, { status: 404, json: { message: `No tool ${toolName}` } });
      return;
    }
    const path = `/${rest.join('/')}`;
    requests.push({ tool: tool.tool, path: `${path}${url.search}` });
    if (options.latencyMs) {
      await new Promise(resolve => setTimeout(resolve, options.latencyMs));
    }
    const request: SimulatedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
    };
    const fault = faults.find(
      f =>
        f.tool === tool.tool &&
        `${path}${url.search}`.includes(f.match) &&
        (!('times' in f.fault) ||
          f.fault.times === undefined ||
          f.used < f.fault.times),
    );
    if (fault) {
      fault.used += 1;
      switch (fault.fault.kind) {
        case 'timeout':
          return; // never answers; the client's timeout decides
        case 'garbage':
          send(res, { status: 200, text: '<html>502 Bad Gateway</html>' });
          return;
        case 'huge':
          sendHuge(res, fault.fault.bytes);
          return;
        case 'rate-limit':
          send(res, {
            status: 429,
            headers: { 'retry-after': String(fault.fault.retryAfterSeconds) },
            json: { message: 'Too Many Requests' },
          });
          return;
        case 'status':
          send(res, {
            status: fault.fault.status,
            json: { message: `Simulated HTTP ${fault.fault.status}` },
          });
          return;
        default:
          break;
      }
    }
    const token = options.tokens?.[tool.tool] ?? DEFAULT_TOKEN;
    const refused = tool.unauthorized(request, token);
    if (refused) {
      send(res, refused);
      return;
    }
    send(res, tool.handle(request, options.dataset[tool.tool]));
  };

  const server = createServer((req, res) => {
    answer(req, res).catch(error =>
      send(res, { status: 500, json: { message: String(error) } }),
    );
  });
  await new Promise<void>(resolve =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The value of a header, whatever its case and however many times it came. */
export function header(
  request: SimulatedRequest,
  name: string,
): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
