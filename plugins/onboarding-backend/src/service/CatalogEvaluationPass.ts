import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EvaluationStore } from '../database';
import { EntityEvaluator } from './EntityEvaluator';
import { OnboardingSettings } from './settings';

/** The numbers of one pass over the catalog. */
export interface CatalogRunSummary {
  evaluated: number;
  changed: number;
  failed: number;
  pages: number;
  /** Entities no longer in the catalog whose latest rows were removed (after a complete pass only). */
  removed: number;
  durationMs: number;
}

/**
 * The scheduled pass over the catalog: evaluates every entity of the evaluated kinds
 * (with the service's own credentials), stores what changed, and forgets entities that
 * left the catalog.
 */
export class CatalogEvaluationPass {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      evaluator: EntityEvaluator;
      store: EvaluationStore;
      settings: OnboardingSettings;
      logger: LoggerService;
      /** Called when entities that left the catalog were removed (cached views are stale). */
      onRemoved?: () => void;
    },
  ) {}

  private now() {
    return this.deps.evaluator.now();
  }

  /**
   * Evaluates every entity of the evaluated kinds, one catalog page at a time (never the
   * whole catalog in memory, only the refs seen) and stores what changed. One entity's failure is logged and counted; it does not stop the
   * run. Once the pass has read the whole catalog, entities it did not find lose their
   * latest rows; a pass that fails part way removes nothing.
   */
  async run(): Promise<CatalogRunSummary> {
    const started = Date.now();
    const passStartedAt = this.now();
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const summary = { evaluated: 0, changed: 0, failed: 0, pages: 0 };
    const seen = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await this.deps.catalog.queryEntities(
        cursor
          ? { cursor, limit: this.deps.settings.pageSize }
          : {
              filter: { kind: this.deps.settings.kinds },
              limit: this.deps.settings.pageSize,
            },
        { credentials },
      );
      summary.pages += 1;
      for (const entity of page.items) {
        // Seen even if its evaluation fails: it is in the catalog.
        seen.add(stringifyEntityRef(entity).toLocaleLowerCase('en-US'));
        try {
          const { evaluation } = await this.deps.evaluator.evaluate(entity);
          const { changed } = await this.deps.evaluator.save(
            entity,
            evaluation,
            this.now(),
          );
          summary.evaluated += 1;
          if (changed) summary.changed += 1;
        } catch (error) {
          summary.failed += 1;
          this.deps.logger.warn(
            `Could not evaluate ${stringifyEntityRef(entity)}: ${error}`,
          );
        }
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    const removed = await this.removeMissing(seen, passStartedAt);
    return { ...summary, removed, durationMs: Date.now() - started };
  }

  /**
   * After a complete pass: removes the latest rows of evaluated kinds the pass did not
   * find. Only rows last checked before the pass began are candidates, so that an
   * entity added and evaluated on request during the pass is kept.
   */
  private async removeMissing(
    seen: Set<string>,
    passStartedAt: Date,
  ): Promise<number> {
    const stale = await this.deps.store.listLatestRefsCheckedBefore({
      kinds: this.deps.settings.kinds,
      checkedBefore: passStartedAt,
    });
    const missing = stale.filter(ref => !seen.has(ref));
    if (missing.length === 0) return 0;
    const removed = await this.deps.store.markRemoved(missing, this.now());
    this.deps.onRemoved?.();
    this.deps.logger.info(
      `Removed ${removed} evaluated entities no longer in the catalog`,
    );
    return removed;
  }
}
