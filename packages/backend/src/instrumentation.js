/*
 * OpenTelemetry for the portal, loaded before the backend (Backstage's "Setup
 * OpenTelemetry" tutorial): `node --require ./packages/backend/src/instrumentation.js
 * packages/backend ...`, or `yarn start --require ./src/instrumentation.js` in
 * packages/backend. It registers a meter provider whose Prometheus exporter serves
 * every metric made through Backstage's MetricsService (coreServices / the alpha
 * metricsServiceRef) or the @opentelemetry/api meters at
 * http://<host>:${OTEL_EXPORTER_PROMETHEUS_PORT:-9464}/metrics; the onboarding plugin's
 * are named onboarding_* (README, "Production" > "Metrics").
 *
 * Only the metrics SDK, without the NodeSDK's automatic instrumentation of every library:
 * the portal's figures, not traces, are what the platform's Prometheus scrapes.
 */
const { isMainThread } = require('node:worker_threads');

// Worker threads load this file again; one exporter per process.
if (isMainThread) {
  const { metrics } = require('@opentelemetry/api');
  const { PrometheusExporter } = require('@opentelemetry/exporter-prometheus');
  const { MeterProvider } = require('@opentelemetry/sdk-metrics');

  // The exporter's own default host is localhost, which a Prometheus outside the
  // container cannot reach: all interfaces unless OTEL_EXPORTER_PROMETHEUS_HOST says
  // otherwise. Scraped, so nothing is buffered that a shutdown would lose.
  const exporter = new PrometheusExporter({
    host: process.env.OTEL_EXPORTER_PROMETHEUS_HOST || '0.0.0.0',
    port: Number(process.env.OTEL_EXPORTER_PROMETHEUS_PORT || 9464),
  });
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [exporter] }));
}
