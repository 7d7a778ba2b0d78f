import { LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  Criterion,
  EntityEvaluation,
  EntityReport,
  EvaluationContext,
  FactSourceStatus,
  Language,
  LocalizedText,
  NOT_READ_FOR_SUBMITTED,
  StepNumber,
  buildReport,
  evaluateEntity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { createHash } from 'node:crypto';
import { EvaluationStore } from '../database';
import {
  FactSource,
  FactStore,
  StoredFacts,
  storedFactsForEvaluation,
} from '../facts';
import { CriteriaSet } from './criteriaConfig';
import { OnboardingSettings } from './settings';
import { RecentResults } from './RecentResults';
import { OnboardingNotifier, detectChanges } from '../notifications';

/**
 * How long a read trusts that the store still holds the result this instance recorded
 * (see RecentResults), and how many entities it remembers.
 */
const RECENT_RESULT_MS = 60_000;
const RECENT_RESULT_ENTRIES = 20_000;

/** An evaluation, and beside it what the fact sources gathered and when. */
export interface Evaluated {
  evaluation: EntityEvaluation;
  factSources: FactSourceStatus[];
}

const hasKeys = (record: object) => Object.keys(record).length > 0;

/**
 * A cheap identity of a result for the per-instance memo, computed on every read. The
 * evaluator builds results in a fixed key order, so plain JSON is enough here; a key
 * order that differed would only cost one extra store call, which compares with its own
 * order-independent fingerprint.
 */
function readFingerprint(
  evaluation: EntityEvaluation,
  criteriaVersion: string,
) {
  return createHash('sha1')
    .update(criteriaVersion)
    .update(JSON.stringify(evaluation))
    .digest('base64');
}

/** The fact sources the backend consults, and how. */
export interface EvaluatorSources {
  /** Read on each evaluation, with their own cache (local reads: a template's skeleton). */
  inline: FactSource[];
  /** Gathered on a schedule by the backend; evaluations read what they stored, never the tool. */
  scheduled: FactSource[];
  factStore?: FactStore;
  /** How long each source's facts count (by source id); older ones are unknown. */
  factsTtlMsOf: (sourceId: string) => number;
}

/**
 * Evaluates entities: with the facts their sources gathered, records a changed result in
 * the store (history and team views read it), and presents reports. One job, shared by
 * the entity routes, the scheduled catalog pass, template scoring and fact gathering.
 */
export class EntityEvaluator {
  private readonly recent = new RecentResults({
    ttlMs: RECENT_RESULT_MS,
    maxEntries: RECENT_RESULT_ENTRIES,
  });
  private readonly changeListeners: Array<(entityRef: string) => void> = [];

  constructor(
    private readonly deps: {
      store: EvaluationStore;
      criteria: CriteriaSet;
      settings: OnboardingSettings;
      sources: EvaluatorSources;
      logger: LoggerService;
      /** Tells the owner when a result passes a gate or falls back. */
      notifier?: OnboardingNotifier;
      now?: () => Date;
      /**
       * The gates a committee's clear GO lets the step move past (set only when
       * `onboarding.reviews.goCountsAsEvidence` is on).
       */
      gatesPassedByDecision?: (entityRef: string) => Promise<StepNumber[]>;
    },
  ) {}

  now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  get criteria(): CriteriaSet {
    return this.deps.criteria;
  }

  /** Calls `listener` whenever a stored result changes (e.g. to forget cached summaries). */
  onResultChanged(listener: (entityRef: string) => void) {
    this.changeListeners.push(listener);
  }

  /**
   * Evaluates an entity read from the catalog with the facts its sources gathered. A fact
   * a source could not read makes only the criteria reading it `unknown`; a fact the tool
   * says does not exist makes them `fail`. When and what each source gathered is returned
   * beside the evaluation, never inside it (a new gathering time alone is no change).
   */
  async evaluate(entity: Entity): Promise<Evaluated> {
    const { context, factSources } = await this.gather(entity);
    const evaluation = evaluateEntity(
      entity,
      this.deps.criteria.criteria,
      context,
    );
    return { evaluation, factSources };
  }

  /**
   * Evaluates a page of catalog entities against the criteria in force and against
   * `proposed`, with the same facts (read for the whole page at once), storing nothing:
   * the impact preview of a criteria change.
   */
  async evaluateAgainst(
    entities: readonly Entity[],
    proposed: readonly Criterion[],
  ): Promise<
    Array<{
      entity: Entity;
      current: EntityEvaluation;
      proposed: EntityEvaluation;
    }>
  > {
    const { scheduled, factStore } = this.deps.sources;
    const stored =
      scheduled.length > 0 && factStore
        ? await factStore.getFactsOfEntities(
            entities.map(e => stringifyEntityRef(e)),
          )
        : undefined;
    // A proposed criterion identical to one in force has the same result: computed once.
    const inForce = new Map(
      this.deps.criteria.criteria.map(c => [c.id, JSON.stringify(c)]),
    );
    const unchanged = new Set(
      proposed.filter(c => inForce.get(c.id) === JSON.stringify(c)),
    );
    const out = [];
    for (const entity of entities) {
      const { context } = await this.gather(
        entity,
        stored?.get(stringifyEntityRef(entity).toLocaleLowerCase('en-US')) ??
          [],
      );
      const current = evaluateEntity(
        entity,
        this.deps.criteria.criteria,
        context,
      );
      const byId = new Map(current.results.map(r => [r.criterionId, r]));
      out.push({
        entity,
        current,
        proposed: evaluateEntity(entity, proposed, context, c =>
          unchanged.has(c) ? byId.get(c.id) : undefined,
        ),
      });
    }
    return out;
  }

  /**
   * What an evaluation of the entity depends on besides the criteria: inline sources
   * read now, scheduled ones from the store (`stored` when the caller read it already).
   */
  private async gather(
    entity: Entity,
    stored?: StoredFacts[],
  ): Promise<{ context: EvaluationContext; factSources: FactSourceStatus[] }> {
    const facts: Record<string, unknown> = {};
    const unavailableFacts: Record<string, string | LocalizedText> = {};
    const missingFacts: Record<string, string | LocalizedText> = {};
    const factSources: FactSourceStatus[] = [];
    for (const source of this.deps.sources.inline) {
      if (!source.appliesTo(entity)) continue;
      const gathered = await source.gather(entity, {
        signal: new AbortController().signal,
        logger: this.deps.logger,
      });
      Object.assign(facts, gathered.facts);
      Object.assign(unavailableFacts, gathered.unavailable);
      Object.assign(missingFacts, gathered.missing ?? {});
      const hasUnavailable = Object.keys(gathered.unavailable).length > 0;
      // A source that only complements declarations is named when it gave something.
      if (
        source.complementsDeclarations &&
        !hasKeys(gathered.facts) &&
        !hasUnavailable
      ) {
        continue;
      }
      factSources.push({
        source: source.id,
        gatheredAt: gathered.gatheredAt.toISOString(),
        ...(hasUnavailable ? { unavailable: gathered.unavailable } : {}),
      });
    }
    const { scheduled, factStore, factsTtlMsOf } = this.deps.sources;
    if (scheduled.length > 0 && factStore) {
      const fromStore = storedFactsForEvaluation(
        entity,
        scheduled,
        stored ?? (await factStore.getFacts(stringifyEntityRef(entity))),
        { now: this.now(), ttlMsOf: factsTtlMsOf },
      );
      Object.assign(facts, fromStore.facts);
      Object.assign(unavailableFacts, fromStore.unavailable);
      Object.assign(missingFacts, fromStore.missing);
      factSources.push(...fromStore.statuses);
    }
    const gatesPassedByDecision = await this.deps.gatesPassedByDecision?.(
      stringifyEntityRef(entity),
    );
    return {
      context: {
        now: this.now(),
        facts,
        ...(gatesPassedByDecision?.length ? { gatesPassedByDecision } : {}),
        // Absent rather than empty: the evaluator then skips looking them up per criterion.
        ...(hasKeys(unavailableFacts) ? { unavailableFacts } : {}),
        ...(hasKeys(missingFacts) ? { missingFacts } : {}),
      },
      factSources,
    };
  }

  /**
   * Evaluates a submitted, untrusted document: no fact source reads anything for it (its
   * locations and keys are whatever the submitter wrote), only what the document itself
   * gives; the facts they would read are `unknown`, saying why.
   */
  evaluateSubmitted(entity: Entity, language: Language): Evaluated {
    const facts: Record<string, unknown> = {};
    const unavailableFacts: Record<string, LocalizedText> = {};
    const factSources: FactSourceStatus[] = [];
    const { inline, scheduled } = this.deps.sources;
    for (const source of [...inline, ...scheduled]) {
      if (!source.appliesTo(entity)) continue;
      const known = source.fromDocument?.(entity) ?? {};
      Object.assign(facts, known);
      if (source.complementsDeclarations) continue;
      const names = Object.keys(known);
      const unread = source.provides
        .map(fact => fact.name)
        .filter(
          name => !names.some(k => k === name || k.startsWith(`${name}/`)),
        );
      // A scheduled source's own id covers every fact it provides.
      if (scheduled.includes(source)) unread.push(source.id);
      unread.forEach(name => (unavailableFacts[name] = NOT_READ_FOR_SUBMITTED));
      factSources.push({
        source: source.id,
        ...(unread.length
          ? {
              unavailable: Object.fromEntries(
                unread.map(name => [name, NOT_READ_FOR_SUBMITTED[language]]),
              ),
            }
          : {}),
      });
    }
    const evaluation = evaluateEntity(entity, this.deps.criteria.criteria, {
      now: this.now(),
      facts,
      unavailableFacts,
    });
    return { evaluation, factSources };
  }

  /** Stores the evaluation (a history row only if the result changed). */
  async save(entity: Entity, evaluation: EntityEvaluation, evaluatedAt: Date) {
    const ownerRef = entity.relations?.find(
      r => r.type === RELATION_OWNED_BY,
    )?.targetRef;
    const entityRef = stringifyEntityRef(entity);
    const saved = await this.deps.store.saveEvaluation({
      entityRef,
      kind: entity.kind,
      ...(ownerRef ? { ownerRef } : {}),
      evaluation,
      criteriaVersion: this.deps.criteria.version,
      evaluatedAt,
    });
    if (saved.changed) this.changeListeners.forEach(l => l(entityRef));
    // Only the instance whose save replaced the previous result sees it: the store
    // serializes saves of an entity, so a change is detected once.
    if (saved.previous && this.deps.notifier) {
      const previousId = saved.previous.id;
      await this.deps.notifier.notify(
        { entityRef, ownerRef, title: entity.metadata.title },
        detectChanges(saved.previous.evaluation, evaluation).map(event => ({
          event,
          key: { previousId, event },
        })),
      );
    }
    this.recent.remember(
      entityRef,
      readFingerprint(evaluation, this.deps.criteria.version),
      saved.evaluatedAt,
    );
    return saved;
  }

  /**
   * Records a fresh evaluation and tells since when its result holds. Skips the database
   * when this instance recorded the very same result recently.
   */
  async record(entity: Entity, evaluation: EntityEvaluation): Promise<Date> {
    const since = this.recent.sinceIfUnchanged(
      stringifyEntityRef(entity),
      readFingerprint(evaluation, this.deps.criteria.version),
    );
    if (since) return since;
    return (await this.save(entity, evaluation, this.now())).evaluatedAt;
  }

  /** Evaluates and stores an entity whose facts changed (fact gathering calls this). */
  async reevaluate(entity: Entity): Promise<void> {
    const { evaluation } = await this.evaluate(entity);
    await this.save(entity, evaluation, this.now());
  }

  report(
    entity: Entity,
    { evaluation, factSources }: Evaluated,
    language: Language,
    evaluatedAt?: Date,
  ): EntityReport {
    return buildReport({
      factSources,
      entity,
      evaluation,
      criteria: this.deps.criteria.criteria,
      criteriaVersion: this.deps.criteria.version,
      language,
      links: this.deps.settings.links,
      evaluatedAt,
    });
  }
}
