/*
 * The plugin's metrics as Prometheus scrapes them: the real MetricsService (OpenTelemetry
 * API) under a meter provider with the Prometheus exporter, as
 * packages/backend/src/instrumentation.js sets it up in the portal.
 */
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { metrics } from '@opentelemetry/api';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { metricsServiceFactory } from '@backstage/backend-defaults/alpha';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { onboardingFactSourcesExtensionPoint } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import request from 'supertest';
import onboardingPlugin from '..';
import { ownedComponent } from '../__testUtils__/entities';
import { quietOnboardingConfig } from '../__testUtils__/testConfig';

/** A fact source whose tool is down. */
const downSourceModule = createBackendModule({
  pluginId: 'onboarding',
  moduleId: 'down-source',
  register(env) {
    env.registerInit({
      deps: { sources: onboardingFactSourcesExtensionPoint },
      async init({ sources }) {
        sources.addFactSource({
          id: 'down',
          title: 'down tool',
          provides: [{ name: 'down/ok', type: 'boolean', description: 'ok' }],
          appliesTo: () => true,
          gather: async () => {
            throw new Error('down tool GET /api: HTTP 503 Service Unavailable');
          },
        });
      },
    });
  },
});

describe('onboarding metrics', () => {
  let exporter: PrometheusExporter;
  let scrapeServer: Server;
  let scrapeUrl: string;

  beforeAll(async () => {
    exporter = new PrometheusExporter({ preventServerStart: true });
    metrics.setGlobalMeterProvider(new MeterProvider({ readers: [exporter] }));
    scrapeServer = createServer((req, res) =>
      exporter.getMetricsRequestHandler(req, res),
    );
    await new Promise<void>(resolve =>
      scrapeServer.listen(0, '127.0.0.1', resolve),
    );
    const { port } = scrapeServer.address() as AddressInfo;
    scrapeUrl = `http://127.0.0.1:${port}/metrics`;
  });

  afterAll(async () => {
    await new Promise(resolve => scrapeServer.close(resolve));
    await exporter.shutdown();
    metrics.disable();
  });

  /** One metric's samples, as `{labels} value` lines without the meter's scope label. */
  async function scrape(name: string) {
    const text = await (await fetch(scrapeUrl)).text();
    return text
      .split('\n')
      .filter(line => line.startsWith(`${name}{`))
      .map(line =>
        line
          .slice(name.length)
          .replace(/,?otel_scope_name="backstage-plugin-onboarding"/, ''),
      );
  }

  it('exposes pass duration, entities per step, source failures and route latency', async () => {
    const { server } = await startTestBackend({
      features: [
        onboardingPlugin,
        downSourceModule,
        catalogServiceMock.factory({
          entities: [ownedComponent('svc'), ownedComponent('other')],
        }),
        // The pass and the source's gathering run at start-up, once.
        quietOnboardingConfig(),
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        metricsServiceFactory,
      ],
    });
    try {
      const res = await request(server)
        .get('/api/onboarding/entities/default/component/svc')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      const missing = await request(server)
        .get('/api/onboarding/entities/default/component/nowhere')
        .set('Authorization', mockCredentials.user.header());
      expect(missing.status).toBe(404);

      expect(await scrape('onboarding_evaluation_pass_duration_count')).toEqual(
        ['{} 1'],
      );
      expect(
        await scrape('onboarding_evaluation_pass_entities_total'),
      ).toContain('{outcome="evaluated"} 2');
      expect(await scrape('onboarding_entities')).toEqual([
        '{kind="component",step="1"} 2',
      ]);
      expect(await scrape('onboarding_source_failures_total')).toEqual([
        '{source="down",reason="failed"} 2',
      ]);
      const latency = await scrape('onboarding_http_request_duration_count');
      expect(latency).toEqual(
        expect.arrayContaining([
          '{method="GET",route="/entities/:namespace/:kind/:name",status="200"} 1',
          '{method="GET",route="/entities/:namespace/:kind/:name",status="404"} 1',
        ]),
      );
    } finally {
      await server.close();
    }
  });
});
