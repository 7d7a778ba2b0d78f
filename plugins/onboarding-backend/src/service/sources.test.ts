import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  FactSource,
  onboardingFactSourcesExtensionPoint,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import request from 'supertest';
import onboardingPlugin from '..';
import { ownedComponent } from '../__testUtils__/entities';
import { quietOnboardingConfig } from '../__testUtils__/testConfig';

const source = (id: string, gather: FactSource['gather']): FactSource => ({
  id,
  title: `${id} tool`,
  simulated: id === 'good',
  provides: [{ name: `${id}/ok`, type: 'boolean', description: 'ok' }],
  appliesTo: () => true,
  gather,
});

/** Two sources from a module: one answers, one is down. */
const sourcesModule = createBackendModule({
  pluginId: 'onboarding',
  moduleId: 'test-sources',
  register(env) {
    env.registerInit({
      deps: { sources: onboardingFactSourcesExtensionPoint },
      async init({ sources }) {
        sources.addFactSource(
          source('good', async () => ({
            facts: { 'good/ok': true },
            unavailable: {},
            gatheredAt: new Date(),
          })),
          source('down', async () => {
            throw new Error('down tool GET /api: HTTP 503 Service Unavailable');
          }),
        );
      },
    });
  },
});

describe('GET /sources', () => {
  it('lists the configured sources and how they stand, the sources not configured and the gates on declarations', async () => {
    const { server } = await startTestBackend({
      features: [
        onboardingPlugin,
        sourcesModule,
        catalogServiceMock.factory({ entities: [ownedComponent('svc')] }),
        quietOnboardingConfig(),
      ],
    });
    const auth = mockCredentials.user.header();
    try {
      const before = await request(server)
        .get('/api/onboarding/sources')
        .set('Authorization', auth);
      expect(before.status).toBe(200);
      expect(
        before.body.items.map((i: any) => [i.id, i.simulated, i.health.state]),
      ).toEqual([
        ['good', true, 'not-gathered-yet'],
        ['down', false, 'not-gathered-yet'],
      ]);
      // None of the platform's tools is configured here: gates 3 and 4 rest on declarations.
      expect(before.body.notConfigured.map((s: any) => s.id).sort()).toEqual([
        'argocd',
        'console',
        'gitlab',
        'harbor',
        'kyverno',
        'sonarqube',
      ]);
      expect(before.body.gatesOnDeclarations).toEqual([3, 4]);

      // Re-evaluating asks every source now.
      const refreshed = await request(server)
        .post('/api/onboarding/entities/default/component/svc/refresh?lang=en')
        .set('Authorization', auth);
      expect(refreshed.status).toBe(200);
      const down = refreshed.body.factSources.find(
        (s: any) => s.source === 'down',
      );
      expect(down.unavailable.down).toMatch(
        /^down tool failing since \S+: down tool GET \/api: HTTP 503/,
      );

      const after = await request(server)
        .get('/api/onboarding/sources')
        .set('Authorization', auth);
      const byId = Object.fromEntries(
        after.body.items.map((i: any) => [i.id, i.health]),
      );
      expect(byId.good).toMatchObject({
        state: 'healthy',
        entities: 1,
        failing: 0,
      });
      expect(byId.down).toMatchObject({
        state: 'failing',
        entities: 1,
        failing: 1,
        lastError: 'down tool GET /api: HTTP 503 Service Unavailable',
      });
      expect(Date.parse(byId.down.failingSince)).not.toBeNaN();
    } finally {
      await server.close();
    }
  });
});
