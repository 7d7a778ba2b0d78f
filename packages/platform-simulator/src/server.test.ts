import { startPlatformSimulator, header, RunningSimulator } from './server';
import { ToolSimulator } from './types';

/** A tool that answers its dataset's greeting to whoever presents `Bearer <token>`. */
const echo: ToolSimulator<{ greeting: string }> = {
  tool: 'echo',
  unauthorized: (request, token) =>
    header(request, 'authorization') === `Bearer ${token}`
      ? undefined
      : { status: 401, json: { error: 'unauthorized' } },
  handle: (request, data) => ({
    status: 200,
    json: { greeting: data.greeting, path: request.path },
  }),
};

describe('startPlatformSimulator', () => {
  let simulator: RunningSimulator;
  afterEach(() => simulator.close());

  const get = (path: string, token = 'simulator-token') =>
    fetch(`${simulator.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });

  it('routes by tool prefix, checks credentials the tool way, and records requests', async () => {
    simulator = await startPlatformSimulator({
      tools: [echo],
      dataset: { echo: { greeting: 'bonjour' } },
    });
    const ok = await get('/echo/api/x?y=1');
    expect(await ok.json()).toEqual({ greeting: 'bonjour', path: '/api/x' });
    expect((await get('/echo/api/x', 'wrong')).status).toBe(401);
    expect((await get('/nothing/api')).status).toBe(404);
    expect(simulator.requests[0]).toEqual({ tool: 'echo', path: '/api/x?y=1' });
  });

  it('applies faults first, and a fault with times wears off', async () => {
    simulator = await startPlatformSimulator({
      tools: [echo],
      dataset: { echo: { greeting: 'salut' } },
      faults: [
        {
          tool: 'echo',
          match: 'limited',
          fault: { kind: 'rate-limit', retryAfterSeconds: 1, times: 1 },
        },
        {
          tool: 'echo',
          match: 'broken',
          fault: { kind: 'status', status: 500 },
        },
        { tool: 'echo', match: 'garbage', fault: { kind: 'garbage' } },
      ],
    });
    const limited = await get('/echo/limited');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await get('/echo/limited')).status).toBe(200);
    expect((await get('/echo/broken')).status).toBe(500);
    expect((await get('/echo/broken')).status).toBe(500);
    await expect((await get('/echo/garbage')).json()).rejects.toThrow();
  });
});
