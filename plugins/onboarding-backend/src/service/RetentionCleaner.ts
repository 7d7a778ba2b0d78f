import { LoggerService } from '@backstage/backend-plugin-api';
import { EvaluationStore } from '../database';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Applies the retention period: deletes history older than `retentionDays`, except each
 * entity's latest result (a removed entity's history goes once its removal is that old).
 * Runs on its own schedule, apart from evaluation.
 */
export class RetentionCleaner {
  constructor(
    private readonly deps: {
      store: EvaluationStore;
      retentionDays: number;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  /** Deletes what is past retention; returns how many history rows went. */
  async apply(): Promise<number> {
    const now = this.deps.now?.() ?? new Date();
    const cutoff = new Date(now.getTime() - this.deps.retentionDays * DAY_MS);
    const deleted = await this.deps.store.deleteOlderThan(cutoff);
    if (deleted > 0) {
      this.deps.logger.info(
        `Retention: deleted ${deleted} evaluation rows older than ${cutoff.toISOString()}`,
      );
    }
    return deleted;
  }
}
