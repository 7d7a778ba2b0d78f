/**
 * @jest-environment node
 */
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ResponseError } from '@backstage/errors';
import { viewJourney } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { OnboardingClient } from './OnboardingClient';

/** A real HTTP server standing in for the onboarding backend. */
function startBackend(): Promise<{
  server: Server;
  baseUrl: string;
  seen: string[];
}> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (
      url.pathname === '/api/onboarding/journey' &&
      url.searchParams.get('lang') === 'en'
    ) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(viewJourney('en')));
      return;
    }
    res.writeHead(503, { 'content-type': 'application/json' });
    // Backstage's error body format, as the real backend sends it.
    res.end(
      JSON.stringify({
        error: {
          name: 'ServiceUnavailableError',
          message: 'down for maintenance',
        },
        request: { method: req.method, url: req.url },
        response: { statusCode: 503 },
      }),
    );
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        baseUrl: `http://127.0.0.1:${port}/api/onboarding`,
        seen,
      });
    }),
  );
}

describe('OnboardingClient', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  let client: OnboardingClient;

  beforeAll(async () => {
    backend = await startBackend();
    client = new OnboardingClient({
      discoveryApi: {
        getBaseUrl: async pluginId =>
          backend.baseUrl.replace('onboarding', pluginId),
      },
      // Stands for Backstage's fetchApi, which adds the user's token.
      fetchApi: {
        fetch: (input, init) =>
          fetch(input, {
            ...init,
            headers: { authorization: 'Bearer user-token' },
          }),
      },
    });
  });

  afterAll(
    () => new Promise<void>(resolve => backend.server.close(() => resolve())),
  );

  it('reads the journey in the asked language with the user credentials', async () => {
    const journey = await client.getJourney('en');
    expect(journey.language).toBe('en');
    expect(journey.steps).toHaveLength(5);
    expect(backend.seen).toContain(
      'GET /api/onboarding/journey?lang=en Bearer user-token',
    );
  });

  it('turns an error answer into a ResponseError carrying the status and message', async () => {
    const error = await client.getJourney('fr').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(503);
    expect(error.message).toMatch(/503/);
    expect(error.cause.message).toBe('down for maintenance');
  });

  it('asks for a page of a group summary with its search, sort and trend length', async () => {
    // The stand-in answers 503 to everything but the journey: only the URL matters here.
    await client
      .getGroupSummary(
        { kind: 'group', namespace: 'default', name: 'équipe' },
        'fr',
        {
          weeks: 8,
          page: {
            limit: 50,
            offset: 100,
            sort: 'step',
            order: 'desc',
            q: 'a&b',
          },
        },
      )
      .catch(() => undefined);
    expect(backend.seen).toContain(
      'GET /api/onboarding/groups/default/%C3%A9quipe/summary?lang=fr&weeks=8&limit=50&offset=100&sort=step&order=desc&q=a%26b Bearer user-token',
    );
  });
});
