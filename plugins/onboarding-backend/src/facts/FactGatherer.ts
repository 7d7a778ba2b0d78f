import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  FactSource,
  GatheredFacts,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { CircuitBreaker } from './CircuitBreaker';
import { FactStore } from './FactStore';

/** How the backend runs every fact source. */
export interface GatheringSettings {
  /** Entities gathered at the same time, per source. */
  concurrency: number;
  /** Longest a source may take for one entity. */
  attemptTimeoutMs: number;
  /** Failures in a row that open a source's circuit breaker, and for how long. */
  breakerThreshold: number;
  breakerCooldownMs: number;
}

/** The numbers of one gathering pass of one source. */
export interface GatheringPassSummary {
  source: string;
  entities: number;
  changed: number;
  failed: number;
  /** Entities not asked because the breaker was open. */
  refused: number;
  removed: number;
  durationMs: number;
}

/**
 * Runs one fact source: a pass over the catalog (scheduled, on one instance at a time)
 * or one entity (a re-evaluation asked for), with bounded concurrency, a timeout per
 * entity and a circuit breaker, storing what it gathered or why it could not, and
 * telling when an entity's facts changed so that it is evaluated again.
 */
export class FactGatherer {
  readonly breaker: CircuitBreaker;

  constructor(
    private readonly deps: {
      source: FactSource;
      store: FactStore;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      kinds: string[];
      pageSize: number;
      settings: GatheringSettings;
      /** Called, awaited, for an entity whose facts from this source changed. */
      onChanged?: (entity: Entity) => Promise<void>;
      /** Told each time the source could not be asked or failed (the portal's metrics count them). */
      onFailure?: (reason: 'failed' | 'refused') => void;
      now?: () => Date;
    },
  ) {
    this.breaker = new CircuitBreaker({
      failureThreshold: deps.settings.breakerThreshold,
      cooldownMs: deps.settings.breakerCooldownMs,
    });
  }

  get source() {
    return this.deps.source;
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** Asks the source about one entity, within the timeout, whatever the source does with the signal. */
  private async ask(entity: Entity): Promise<GatheredFacts> {
    const { source, settings, logger } = this.deps;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new Error(
          `${source.title}: no answer within ${settings.attemptTimeoutMs} ms`,
        );
        controller.abort(error);
        reject(error);
      }, settings.attemptTimeoutMs);
    });
    try {
      return await Promise.race([
        source.gather(entity, { signal: controller.signal, logger }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Gathers and stores one entity's facts; tells whether they changed and how it went. */
  async gatherOne(
    entity: Entity,
  ): Promise<{ changed: boolean; outcome: 'gathered' | 'failed' | 'refused' }> {
    const { source, store } = this.deps;
    const ref = stringifyEntityRef(entity);
    if (!this.breaker.tryAcquire()) {
      this.deps.onFailure?.('refused');
      const open = this.breaker.openSince;
      const { changed } = await store.recordFailure(
        ref,
        source.id,
        `${source.title}: not asked, the source failed repeatedly (${
          open?.error ?? 'unknown error'
        })`,
        this.now(),
      );
      return { changed, outcome: 'refused' };
    }
    let gathered: GatheredFacts;
    try {
      gathered = await this.ask(entity);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.breaker.onFailure(message);
      this.deps.onFailure?.('failed');
      const { changed } = await store.recordFailure(
        ref,
        source.id,
        message,
        this.now(),
      );
      return { changed, outcome: 'failed' };
    }
    this.breaker.onSuccess();
    const { changed } = await store.recordGathered(ref, source.id, gathered);
    return { changed, outcome: 'gathered' };
  }

  /** Gathers a page of entities with `concurrency` workers, counting into `pass`. */
  private async gatherPage(
    entities: Entity[],
    pass: {
      summary: GatheringPassSummary;
      seen: Set<string>;
      errors: string[];
    },
  ) {
    const queue = [...entities];
    const worker = async () => {
      for (let entity = queue.shift(); entity; entity = queue.shift()) {
        const ref = stringifyEntityRef(entity);
        pass.seen.add(ref.toLocaleLowerCase('en-US'));
        pass.summary.entities += 1;
        const { changed, outcome } = await this.gatherOne(entity);
        if (outcome === 'failed') pass.summary.failed += 1;
        if (outcome === 'refused') pass.summary.refused += 1;
        if (outcome !== 'gathered' && pass.errors.length === 0) {
          const stored = await this.deps.store.getFacts(ref);
          const error = stored.find(
            f => f.source === this.deps.source.id,
          )?.error;
          if (error) pass.errors.push(error);
        }
        if (changed) {
          pass.summary.changed += 1;
          await this.deps.onChanged?.(entity);
        }
      }
    };
    await Promise.all(
      Array.from({ length: this.deps.settings.concurrency }, () => worker()),
    );
  }

  /** One pass over every catalog entity the source applies to; forgets facts about entities no longer there. */
  async runPass(): Promise<GatheringPassSummary> {
    const started = Date.now();
    const { source, catalog, auth, store, logger } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const summary: GatheringPassSummary = {
      source: source.id,
      entities: 0,
      changed: 0,
      failed: 0,
      refused: 0,
      removed: 0,
      durationMs: 0,
    };
    const seen = new Set<string>();
    const errors: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: this.deps.pageSize }
          : { filter: { kind: this.deps.kinds }, limit: this.deps.pageSize },
        { credentials },
      );
      await this.gatherPage(
        page.items.filter(entity => source.appliesTo(entity)),
        { summary, seen, errors },
      );
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    summary.removed = await store.deleteOtherEntities(source.id, seen);
    summary.durationMs = Date.now() - started;
    const failures = summary.failed + summary.refused;
    const line = `Fact source ${source.id}: ${summary.entities} entities in ${summary.durationMs} ms, ${summary.changed} changed, ${summary.failed} failed, ${summary.refused} not asked (breaker open), ${summary.removed} removed`;
    if (failures > 0) logger.warn(`${line}; first error: ${errors[0]}`);
    else logger.info(line);
    return summary;
  }
}
