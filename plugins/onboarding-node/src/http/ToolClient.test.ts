import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';
import { ToolClient } from './ToolClient';
import { ToolRequestError } from './ToolRequestError';

const TOKEN = 'secret-token-1234';

/** A real local HTTP server whose answers each test scripts, recording what it received. */
async function serve(
  handler: (req: IncomingMessage, res: ServerResponse, count: number) => void,
): Promise<{ server: Server; url: string; requests: IncomingMessage[] }> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res, requests.length);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, requests };
}

const client = (url: string, extra: object = {}) =>
  new ToolClient({
    tool: 'SonarQube',
    baseUrl: url,
    headers: { authorization: `Bearer ${TOKEN}` },
    timeoutMs: 300,
    backoffMs: 5,
    ...extra,
  });

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('ToolClient', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise(resolve => server?.close(resolve));
    server = undefined;
  });

  it('sends the credentials in headers and the query in the URL, and parses JSON', async () => {
    const started = await serve((_req, res) => json(res, 200, { ok: true }));
    server = started.server;
    const answer = await client(started.url).getJson<{ ok: boolean }>(
      '/api/qualitygates/project_status',
      { query: { projectKey: 'a b', branch: undefined } },
    );
    expect(answer.body).toEqual({ ok: true });
    expect(started.requests[0].url).toBe(
      '/api/qualitygates/project_status?projectKey=a+b',
    );
    expect(started.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('keeps the defaults of options given as undefined', async () => {
    const started = await serve((_req, res) => json(res, 200, { ok: true }));
    server = started.server;
    const answer = await client(started.url, {
      timeoutMs: undefined,
      backoffMs: undefined,
      retries: undefined,
      maxBytes: undefined,
    }).getJson('/x');
    expect(answer.body).toEqual({ ok: true });
  });

  it('retries a 429 after what Retry-After asks, then succeeds', async () => {
    const started = await serve((_req, res, count) => {
      if (count === 1) {
        res.writeHead(429, { 'retry-after': '0' });
        res.end();
      } else json(res, 200, { n: count });
    });
    server = started.server;
    const answer = await client(started.url).getJson<{ n: number }>('/x');
    expect(answer.body).toEqual({ n: 2 });
  });

  it('retries a 5xx with backoff, and gives up after the retries with a clear error', async () => {
    const started = await serve((_req, res) => json(res, 503, {}));
    server = started.server;
    const error = await client(started.url, { retries: 2 })
      .getJson('/api/x?token=should-not-show')
      .catch(e => e);
    expect(error).toBeInstanceOf(ToolRequestError);
    expect(error.failure).toBe('server');
    expect(error.message).toBe(
      'SonarQube GET /api/x: HTTP 503 Service Unavailable',
    );
    expect(started.requests).toHaveLength(3);
  });

  it('does not retry a 401, and never puts the credentials in the message', async () => {
    const started = await serve((_req, res) =>
      json(res, 401, { errors: [{ msg: 'bad token' }] }),
    );
    server = started.server;
    const error = await client(started.url)
      .getJson('/api/x')
      .catch(e => e);
    expect(error.failure).toBe('unauthorized');
    expect(started.requests).toHaveLength(1);
    expect(`${error.message} ${error.stack}`).not.toContain(TOKEN);
  });

  it('returns a 404 when the caller expects one, and refuses it otherwise', async () => {
    const started = await serve((_req, res) =>
      json(res, 404, { errors: [{ msg: 'Project not found' }] }),
    );
    server = started.server;
    const allowed = await client(started.url).getJson('/p', {
      allowNotFound: true,
    });
    expect(allowed).toMatchObject({ status: 404, body: null });
    const refused = await client(started.url)
      .getJson('/p')
      .catch(e => e);
    expect(refused.failure).toBe('not-found');
  });

  it('times out an answer that does not come, per attempt', async () => {
    const started = await serve(() => {
      /* never answers */
    });
    server = started.server;
    const error = await client(started.url, { retries: 1 })
      .getJson('/slow')
      .catch(e => e);
    expect(error.failure).toBe('timeout');
    expect(error.message).toBe('SonarQube GET /slow: no answer within 300 ms');
    expect(started.requests).toHaveLength(2);
  });

  it('refuses a body that is not JSON', async () => {
    const started = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>proxy error</html>');
    });
    server = started.server;
    const error = await client(started.url)
      .getJson('/x')
      .catch(e => e);
    expect(error.failure).toBe('invalid-response');
  });

  it('stops reading a 50 MB body at the cap, whether or not its length is declared', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let written = 0;
    const started = await serve((req, res) => {
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-length': String(50 * chunk.length) });
      } else {
        res.writeHead(200); // chunked: the size is only known by reading
      }
      const write = () => {
        while (written < 50 && res.write(chunk)) written += 1;
        if (written < 50) res.once('drain', write);
        else res.end();
      };
      write();
    });
    server = started.server;
    const capped = client(started.url, { maxBytes: 2 * 1024 * 1024 });
    const declared = await capped.getJson('/declared').catch(e => e);
    expect(declared.failure).toBe('too-large');
    written = 0;
    const streamed = await capped.getJson('/streamed').catch(e => e);
    expect(streamed.failure).toBe('too-large');
    // The server could not push the whole 50 MB: reading stopped early.
    expect(written).toBeLessThan(50);
  });

  it('gives up at once when Retry-After asks for longer than allowed', async () => {
    const started = await serve((_req, res) => {
      res.writeHead(429, { 'retry-after': '3600' });
      res.end();
    });
    server = started.server;
    const error = await client(started.url)
      .getJson('/x')
      .catch(e => e);
    expect(error.failure).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(started.requests).toHaveLength(1);
  });

  it('keeps its defaults for options given as undefined (a source passing an unset config value)', async () => {
    const started = await serve((_req, res) => json(res, 200, { ok: 1 }));
    server = started.server;
    const unset = new ToolClient({
      tool: 'SonarQube',
      baseUrl: `${started.url}/`,
      timeoutMs: undefined,
      maxBytes: undefined,
      retries: undefined,
    });
    expect((await unset.getJson('/x')).body).toEqual({ ok: 1 });
  });
});
