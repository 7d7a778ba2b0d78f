import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import request from 'supertest';
import searchPlugin from '@backstage/plugin-search-backend';
import { searchModuleOnboardingCollator } from './module';

/**
 * The real search backend with its default engine (Lunr), the real scheduler and this
 * module: the resources are indexed on schedule and found by a search in French.
 */
describe('searchModuleOnboardingCollator', () => {
  const started: Array<{ stop: () => Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map(b => b.stop()));
  });

  async function startSearch() {
    const backend = await startTestBackend({
      features: [
        searchPlugin,
        searchModuleOnboardingCollator,
        schedulerServiceFactory,
        // The default schedule: a local task 5 s after start-up.
        mockServices.rootConfig.factory({ data: {} }),
      ],
    });
    started.push(backend);
    return backend;
  }

  /**
   * Searches once the index exists (a scheduled task builds it; until then the engine
   * answers that it is missing), within 25 s.
   */
  async function search(server: unknown, term: string) {
    for (let attempt = 0; ; attempt++) {
      const response = await request(server as any)
        .get('/api/search/query')
        .query({ term, types: ['onboarding-resource'] });
      const missing = /^Missing index/.test(response.body.error?.message ?? '');
      if (!missing || attempt === 125) {
        expect([response.status, response.body.error?.message]).toEqual([
          200,
          undefined,
        ]);
        return response.body.results;
      }
      await new Promise(resolve => setTimeout(resolve, 200));
    }
  }

  it('finds the cloud security resource among the first results for "sécurité cloud"', async () => {
    const { server } = await startSearch();
    const results = await search(server, 'sécurité cloud');
    const found = results
      .slice(0, 3)
      .find(
        (r: any) =>
          r.document.title === 'Sécurité cloud vs sécurité on-premise',
      );
    expect(found).toMatchObject({
      type: 'onboarding-resource',
      document: {
        location: expect.stringMatching(/^https:\/\//),
        step: 1,
        perimeter: 'all',
        kind: 'article',
        language: 'fr',
      },
    });
  }, 40_000);

  it('finds resources by their step title in English', async () => {
    const { server } = await startSearch();
    const results = await search(server, 'sovereign');
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r: any) => r.document.step)).toEqual(
      results.map(() => 4),
    );
  }, 40_000);
});
