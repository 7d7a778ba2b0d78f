import type { MetricsService } from '@backstage/backend-plugin-api/alpha';
import type { NextFunction, Request, Response } from 'express';
import { EvaluationStore } from '../database';
import { CatalogRunSummary } from './CatalogEvaluationPass';

/**
 * The onboarding plugin's own metrics, through Backstage's MetricsService (OpenTelemetry):
 * whatever meter provider the backend's instrumentation registers (the portal's is a
 * Prometheus exporter, packages/backend/src/instrumentation.js) exports them; without one
 * they cost nothing.
 */
export class OnboardingMetrics {
  private readonly passDuration;
  private readonly passEntities;
  private readonly sourceFailures;
  private readonly requestDuration;

  constructor(metrics: MetricsService, store: EvaluationStore) {
    this.passDuration = metrics.createHistogram(
      'onboarding.evaluation.pass.duration',
      {
        description: 'Duration of a scheduled evaluation pass over the catalog',
        unit: 's',
        advice: {
          explicitBucketBoundaries: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
        },
      },
    );
    this.passEntities = metrics.createCounter<{ outcome: string }>(
      'onboarding.evaluation.pass.entities',
      {
        description:
          'Entities handled by evaluation passes, by outcome (evaluated, changed, failed, removed)',
      },
    );
    this.sourceFailures = metrics.createCounter<{
      source: string;
      reason: string;
    }>('onboarding.source.failures', {
      description:
        'Fact source requests that failed, or were not made because the circuit breaker was open',
    });
    this.requestDuration = metrics.createHistogram<{
      method: string;
      route: string;
      status: number;
    }>('onboarding.http.request.duration', {
      description: 'Latency of the onboarding REST routes',
      unit: 's',
      advice: {
        explicitBucketBoundaries: [
          0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
        ],
      },
    });
    // Read from the database at each scrape, so every instance reports the same
    // figures whichever of them ran the last (globally scheduled) pass.
    metrics
      .createObservableGauge<{ kind: string; step: number }>(
        'onboarding.entities',
        { description: 'Evaluated entities standing at each onboarding step' },
      )
      .addCallback(async result => {
        for (const row of await store.countLatestByStep()) {
          result.observe(row.count, { kind: row.kind, step: row.step });
        }
      });
  }

  recordPass(summary: CatalogRunSummary) {
    this.passDuration.record(summary.durationMs / 1000);
    this.passEntities.add(summary.evaluated, { outcome: 'evaluated' });
    this.passEntities.add(summary.changed, { outcome: 'changed' });
    this.passEntities.add(summary.failed, { outcome: 'failed' });
    this.passEntities.add(summary.removed, { outcome: 'removed' });
  }

  recordSourceFailure(source: string, reason: 'failed' | 'refused') {
    this.sourceFailures.add(1, { source, reason });
  }

  /**
   * Express middleware timing every request of the onboarding router, labelled by its
   * route pattern (never the entity in the path, which would multiply the series).
   */
  requestTimer() {
    return (req: Request, res: Response, next: NextFunction) => {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        this.requestDuration.record(
          Number(process.hrtime.bigint() - started) / 1e9,
          {
            method: req.method,
            route: req.route?.path ?? 'unmatched',
            status: res.statusCode,
          },
        );
      });
      next();
    };
  }
}
