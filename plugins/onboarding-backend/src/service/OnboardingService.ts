import {
  AuthService,
  BackstageCredentials,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  Entity,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** Set by the scaffolder on what a template creates (backstage.io/source-template). */
const ANNOTATION_SOURCE_TEMPLATE = 'backstage.io/source-template';
import {
  CriteriaDocument,
  EntityEvaluation,
  EntityReport,
  FactSourceStatus,
  Language,
  StepNumber,
  TeamEntityPage,
  TeamSummary,
  TemplateDetail,
  TemplateOutcomes,
  TemplateScoreItem,
  TemplateScoresResponse,
  buildCriteriaDocument,
  compareTemplateScores,
  scoreTemplate,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EvaluationStore, StoredVerdict, SummaryScope } from '../database';
import { FactGatherer } from '../facts';
import { CriteriaSet } from './criteriaConfig';
import { SubmittedDocument } from './entityDocument';

import { OnboardingSettings } from './settings';
import {
  TeamAggregate,
  countByCriterion,
  countByStepAndVerdict,
  pageRows,
  summarize,
  toEntityRow,
  toTrend,
  trendWeeks,
} from './teamSummary';
import { EntityEvaluator, Evaluated } from './EntityEvaluator';

/** Groups read per catalog request, and how deep a group tree may go. */
const GROUP_BATCH = 200;
const MAX_GROUPS = 5000;
/** Entity refs checked per catalog request when the caller may not see everything. */
const VISIBILITY_BATCH = 1000;
/**
 * How long a team summary is reused for callers who may read the whole catalog. Stored
 * results change only when an evaluation does; this instance forgets its summaries as
 * soon as it stores a change, another instance's changes show within this delay.
 */
const SUMMARY_CACHE_MS = 60_000;
/** One submitted document's outcome, in the order of the submission. */
export type EvaluatedDocument =
  | {
      index: number;
      status: 'evaluated';
      entityRef: string;
      report: EntityReport;
    }
  | { index: number; status: 'skipped'; entityRef: string; reason: string }
  | {
      index: number;
      status: 'error';
      error: { name: string; message: string };
    };

/** What `POST /evaluate` answers. */
export interface EvaluateDocumentsResponse {
  /** NO-GO when any document is in error or has a closed gate. */
  verdict: 'GO' | 'NO-GO';
  items: EvaluatedDocument[];
}
/** At most this many summaries are kept (groups × languages × trend lengths). */
const SUMMARY_CACHE_MAX = 200;
/** Entities per page of a team summary unless the caller asks otherwise. */
export const DEFAULT_TEAM_PAGE_SIZE = 20;
/** Templates are scored on their own (template scores), not counted as a team's services. */
const NOT_COUNTED_KINDS = ['template'];

/** The numbers of one pass over the catalog. */
export interface CatalogRunSummary {
  evaluated: number;
  changed: number;
  failed: number;
  pages: number;
  retentionDeleted: number;
  /** Entities no longer in the catalog whose latest rows were removed (after a complete pass only). */
  removed: number;
  durationMs: number;
}

/**
 * The onboarding backend's business logic: evaluate entities read from the catalog
 * (with the caller's credentials, so nobody sees what the catalog hides from them),
 * store what changed, and present results. Holds no HTTP concerns.
 */
export class OnboardingService {
  /** Team summaries without their page of entities, oldest first (a Map keeps insertion order). */
  private readonly summaries = new Map<
    string,
    { at: number; value: TeamAggregate }
  >();
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      permissions: PermissionsService;
      /** Evaluates entities with their facts, records changed results, presents reports. */
      evaluator: EntityEvaluator;
      /** The scheduled fact sources, asked again when someone re-evaluates an entity. */
      gatherers?: FactGatherer[];
      store: EvaluationStore;
      criteria: CriteriaSet;
      settings: OnboardingSettings;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {
    // A stored result that changed makes cached team summaries stale.
    deps.evaluator.onResultChanged(() => this.summaries.clear());
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  get criteria(): CriteriaSet {
    return this.deps.criteria;
  }

  /** Reads an entity the caller may see, or throws NotFoundError; refuses kinds the suite does not evaluate. */
  private async readEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    const entity = await this.deps.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    this.assertEvaluatedKind(entity.kind);
    return entity;
  }

  private assertEvaluatedKind(kind: string) {
    const kinds = this.deps.settings.kinds;
    if (
      !kinds.some(
        k => k.toLocaleLowerCase('en') === kind.toLocaleLowerCase('en'),
      )
    ) {
      throw new InputError(
        `Onboarding evaluates entities of kind ${kinds.join(
          ', ',
        )}; ${kind} is not one of them`,
      );
    }
  }

  private evaluate(entity: Entity): Promise<Evaluated> {
    return this.deps.evaluator.evaluate(entity);
  }

  private evaluateSubmitted(entity: Entity, language: Language): Evaluated {
    return this.deps.evaluator.evaluateSubmitted(entity, language);
  }

  private save(
    entity: Entity,
    evaluation: EntityEvaluation,
    evaluatedAt: Date,
  ) {
    return this.deps.evaluator.save(entity, evaluation, evaluatedAt);
  }

  private record(entity: Entity, evaluation: EntityEvaluation): Promise<Date> {
    return this.deps.evaluator.record(entity, evaluation);
  }

  private report(
    entity: Entity,
    evaluation: EntityEvaluation,
    language: Language,
    evaluatedAt?: Date,
    factSources: FactSourceStatus[] = [],
  ): EntityReport {
    return this.deps.evaluator.report(
      entity,
      { evaluation, factSources },
      language,
      evaluatedAt,
    );
  }

  /**
   * The entity's evaluation, always of the entity as the catalog returns it now: never a
   * stored result the catalog has moved past. Records the result when it changed (the
   * stored copy feeds history and team views); `evaluatedAt` says since when it holds.
   */
  async getEntityReport(
    entityRef: string,
    credentials: BackstageCredentials,
    language: Language,
  ): Promise<EntityReport> {
    const entity = await this.readEntity(entityRef, credentials);
    const { evaluation, factSources } = await this.evaluate(entity);
    const since = await this.record(entity, evaluation);
    return this.report(entity, evaluation, language, since, factSources);
  }

  /** Evaluates the entity now and records the result in the store, whatever this instance remembers. */
  async refreshEntity(
    entityRef: string,
    credentials: BackstageCredentials,
    language: Language,
  ): Promise<EntityReport> {
    const entity = await this.readEntity(entityRef, credentials);
    // Re-evaluating measures again: each source that applies is asked now (with its
    // timeout and breaker), so the result does not wait for the next cadence.
    await Promise.all(
      (this.deps.gatherers ?? [])
        .filter(gatherer => gatherer.source.appliesTo(entity))
        .map(gatherer => gatherer.gatherOne(entity)),
    );
    const { evaluation, factSources } = await this.evaluate(entity);
    const saved = await this.save(entity, evaluation, this.now());
    return this.report(
      entity,
      evaluation,
      language,
      saved.evaluatedAt,
      factSources,
    );
  }

  /**
   * Evaluates submitted documents (e.g. a merge request's catalog-info.yaml) without
   * storing anything: one item per document, in order, each a report, a document skipped
   * and why (a Location, a kind not evaluated), or the document's error. The verdict is
   * NO-GO when any document is in error or has a closed gate, so a pipeline can block on it.
   */
  evaluateDocuments(
    documents: SubmittedDocument[],
    language: Language,
  ): EvaluateDocumentsResponse {
    const items = documents.map((document): EvaluatedDocument => {
      const { index } = document;
      if ('error' in document) {
        return {
          index,
          status: 'error',
          error: { name: 'InputError', message: document.error },
        };
      }
      const { entity } = document;
      const entityRef = stringifyEntityRef(entity);
      const skipped = this.skipReason(entity.kind, language);
      if (skipped)
        return { index, entityRef, status: 'skipped', reason: skipped };
      const { evaluation, factSources } = this.evaluateSubmitted(
        entity,
        language,
      );
      return {
        index,
        entityRef,
        status: 'evaluated',
        report: this.report(
          entity,
          evaluation,
          language,
          undefined,
          factSources,
        ),
      };
    });
    const blocked = items.some(
      item =>
        item.status === 'error' ||
        (item.status === 'evaluated' && item.report.nextGate),
    );
    return { verdict: blocked ? 'NO-GO' : 'GO', items };
  }

  /** Why a submitted document of this kind is not evaluated, or nothing. */
  private skipReason(kind: string, language: Language): string | undefined {
    if (kind.toLocaleLowerCase('en') === 'location') {
      return language === 'fr'
        ? 'Une Location désigne d’autres fichiers, qui ne sont pas lus : soumettez-les eux-mêmes.'
        : 'A Location points to other files, which are not read: submit them themselves.';
    }
    try {
      this.assertEvaluatedKind(kind);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  /**
   * A group and all its descendant groups (catalog parentOf relations), as the caller
   * sees them; each group once, however the tree is drawn.
   */
  private async groupTree(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const group = await this.deps.catalog.getEntityByRef(groupRef, {
      credentials,
    });
    if (!group) throw new NotFoundError(`No group ${groupRef} in the catalog`);
    if (group.kind.toLocaleLowerCase('en') !== 'group') {
      throw new InputError(`${groupRef} is a ${group.kind}, not a Group`);
    }
    // Refs asked for already (not to ask twice), and the groups the catalog returned:
    // only these are named in the summary, or a hidden sub-group's name would leak.
    const asked = new Set([stringifyEntityRef(group)]);
    const found = [stringifyEntityRef(group)];
    let frontier = [group];
    while (frontier.length > 0 && asked.size < MAX_GROUPS) {
      const children = frontier
        .flatMap(g => g.relations ?? [])
        .filter(r => r.type === RELATION_PARENT_OF && !asked.has(r.targetRef))
        .map(r => r.targetRef);
      children.forEach(ref => asked.add(ref));
      frontier = [];
      for (let i = 0; i < children.length; i += GROUP_BATCH) {
        const batch = children.slice(i, i + GROUP_BATCH);
        const { items } = await this.deps.catalog.getEntitiesByRefs(
          { entityRefs: batch, fields: ['kind', 'metadata', 'relations'] },
          { credentials },
        );
        for (const [index, item] of items.entries()) {
          if (!item) continue;
          found.push(batch[index]);
          frontier.push(item);
        }
      }
    }
    return found;
  }

  /** Whether the permission policy lets the caller read every catalog entity outright. */
  private async readsAllEntities(
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** The refs among these that the caller may read, asked of the catalog in batches. */
  private async visibleAmong(
    refs: string[],
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const visible = new Set<string>();
    for (let i = 0; i < refs.length; i += VISIBILITY_BATCH) {
      const batch = refs.slice(i, i + VISIBILITY_BATCH);
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        {
          entityRefs: batch,
          fields: ['kind', 'metadata.namespace', 'metadata.name'],
        },
        { credentials },
      );
      items.forEach((item, index) => item && visible.add(batch[index]));
    }
    return visible;
  }

  /**
   * The maturity of a team and of all its sub-teams, from the stored evaluations of the
   * entities they own that the caller may see: counts per step, verdicts, the most
   * frequently unmet criteria, a weekly trend, and one page of the entities.
   */
  async getGroupSummary(
    groupRef: string,
    credentials: BackstageCredentials,
    language: Language,
    options: { weeks: number; page?: TeamEntityPage },
  ): Promise<TeamSummary> {
    const groupRefs = await this.groupTree(groupRef, credentials);
    const page = {
      limit: options.page?.limit ?? DEFAULT_TEAM_PAGE_SIZE,
      offset: options.page?.offset ?? 0,
      sort: options.page?.sort ?? 'entityRef',
      order: options.page?.order ?? 'asc',
      ...(options.page?.q ? { q: options.page.q } : {}),
    } as const;
    const weeks = trendWeeks(options.weeks, this.now());
    const summarizeFrom = (
      scope: SummaryScope,
      counts: Promise<
        [
          Array<{ step: number; verdict: StoredVerdict; count: number }>,
          Array<{ criterionId: string; count: number }>,
        ]
      >,
    ) =>
      // The trend is counted alongside (in parallel where the database has a pool).
      Promise.all([counts, this.deps.store.countTrend(scope, weeks)]).then(
        ([[stepVerdictCounts, unmetCounts], trend]) =>
          summarize({
            groupRef: groupRefs[0],
            groupRefs,
            stepVerdictCounts,
            unmetCounts,
            trend: toTrend(weeks, trend),
            criteria: this.deps.criteria.criteria,
            language,
            now: this.now(),
          }),
      );

    if (await this.readsAllEntities(credentials)) {
      // The caller sees everything: the database counts and pages.
      const scope = { ownerRefs: groupRefs, excludeKinds: NOT_COUNTED_KINDS };
      const key = `${groupRefs.join(',')}|${language}|${options.weeks}`;
      const [aggregate, entities] = await Promise.all([
        this.cachedSummary(key, () =>
          summarizeFrom(
            scope,
            Promise.all([
              this.deps.store.countLatest(scope),
              this.deps.store.countUnmet(scope),
            ]),
          ),
        ),
        this.deps.store.pageLatest(scope, page),
      ]);
      return {
        ...aggregate,
        entities: entities.items.map(toEntityRow),
        entitiesTotal: entities.total,
      };
    }

    // Otherwise each row is checked with the catalog first, and counted here.
    const counted = (
      await this.deps.store.listLatestForOwners(groupRefs)
    ).filter(e => !NOT_COUNTED_KINDS.includes(e.kind));
    const visible = await this.visibleAmong(
      counted.map(e => e.entityRef),
      credentials,
    );
    const entities = counted.filter(e => visible.has(e.entityRef));
    const unmet = (await this.deps.store.listUnmetForOwners(groupRefs)).filter(
      row => visible.has(row.entityRef),
    );
    const aggregate = await summarizeFrom(
      { entityRefs: [...visible], excludeKinds: NOT_COUNTED_KINDS },
      Promise.resolve([
        countByStepAndVerdict(entities),
        countByCriterion(unmet),
      ]),
    );
    const shown = pageRows(entities, page);
    return {
      ...aggregate,
      entities: shown.items.map(toEntityRow),
      entitiesTotal: shown.total,
    };
  }

  /** A summary computed at most once a minute per key, in a cache of bounded size. */
  private async cachedSummary(
    key: string,
    compute: () => Promise<TeamAggregate>,
  ): Promise<TeamAggregate> {
    const now = Date.now();
    const cached = this.summaries.get(key);
    if (cached && now - cached.at < SUMMARY_CACHE_MS) return cached.value;
    const value = await compute();
    for (const [k, entry] of this.summaries) {
      if (now - entry.at >= SUMMARY_CACHE_MS) this.summaries.delete(k);
    }
    this.summaries.delete(key);
    while (this.summaries.size >= SUMMARY_CACHE_MAX) {
      this.summaries.delete(this.summaries.keys().next().value as string);
    }
    this.summaries.set(key, { at: now, value });
    return value;
  }

  /** How many team summaries are cached (bounded; for tests). */
  get cachedSummaryCount(): number {
    return this.summaries.size;
  }

  /** The criteria in force, described in one language (`GET /criteria`). */
  getCriteriaDocument(language: Language): CriteriaDocument {
    return buildCriteriaDocument({
      criteria: this.deps.criteria.criteria,
      criteriaVersion: this.deps.criteria.version,
      language,
      links: this.deps.settings.links,
      gatesOnDeclarations: this.deps.criteria.gatesOnDeclarations,
    });
  }

  /**
   * For each template (lower-case ref), how far the catalog entities created from it got,
   * by their latest stored evaluation.
   */
  private async templateOutcomes(
    credentials: BackstageCredentials,
  ): Promise<(templateRef: string) => TemplateOutcomes> {
    const { items: created } = await this.deps.catalog.getEntities(
      {
        filter: {
          'metadata.annotations.backstage.io/source-template':
            CATALOG_FILTER_EXISTS,
        },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.annotations',
        ],
      },
      { credentials },
    );
    const createdBy = new Map<string, string[]>();
    for (const entity of created) {
      const source =
        entity.metadata.annotations?.[
          ANNOTATION_SOURCE_TEMPLATE
        ]?.toLocaleLowerCase('en');
      if (source)
        createdBy.set(source, [
          ...(createdBy.get(source) ?? []),
          stringifyEntityRef(entity),
        ]);
    }
    const latest = new Map(
      (
        await this.deps.store.listLatestByRefs([...createdBy.values()].flat())
      ).map(row => [row.entityRef, row.step]),
    );
    return templateRef => {
      const projects = createdBy.get(templateRef.toLocaleLowerCase('en')) ?? [];
      const counts: Record<StepNumber, number> = {
        1: 0,
        2: 0,
        3: 0,
        4: 0,
        5: 0,
      };
      let notEvaluated = 0;
      for (const project of projects) {
        const step = latest.get(project.toLocaleLowerCase('en'));
        if (step) counts[step as StepNumber] += 1;
        else notEvaluated += 1;
      }
      return { total: projects.length, counts, notEvaluated };
    };
  }

  /** A template's score and its projects' outcomes, with the evaluation they come from. */
  private async scoreOne(
    template: Entity,
    outcomesOf: (templateRef: string) => TemplateOutcomes,
  ): Promise<{
    item: TemplateScoreItem;
    evaluation: EntityEvaluation;
    factSources: FactSourceStatus[];
  }> {
    const ref = stringifyEntityRef(template);
    const { evaluation, factSources } = await this.evaluate(template);
    return {
      evaluation,
      factSources,
      item: {
        entityRef: ref,
        title: template.metadata.title ?? template.metadata.name,
        ...(template.metadata.description
          ? { description: template.metadata.description }
          : {}),
        score: scoreTemplate(evaluation),
        outcomes: outcomesOf(ref),
      },
    };
  }

  /**
   * Every template the caller may see, scored with the template criteria (evaluated now:
   * templates are few), with how far the projects created from each one got; scores
   * only, best first (each template's criteria: `getTemplateDetail`).
   */
  async getTemplateScores(
    credentials: BackstageCredentials,
  ): Promise<TemplateScoresResponse> {
    const { items: templates } = await this.deps.catalog.getEntities(
      { filter: { kind: 'template' } },
      { credentials },
    );
    const outcomesOf = await this.templateOutcomes(credentials);
    const items = await Promise.all(
      templates.map(
        async template => (await this.scoreOne(template, outcomesOf)).item,
      ),
    );
    return { items: items.sort(compareTemplateScores) };
  }

  /** One template's score, its projects' outcomes and its report; 404 when the caller may not see it. */
  async getTemplateDetail(
    templateRef: string,
    credentials: BackstageCredentials,
    language: Language,
  ): Promise<TemplateDetail> {
    const template = await this.deps.catalog.getEntityByRef(templateRef, {
      credentials,
    });
    if (!template) {
      throw new NotFoundError(`No template ${templateRef} in the catalog`);
    }
    const { item, evaluation, factSources } = await this.scoreOne(
      template,
      await this.templateOutcomes(credentials),
    );
    return {
      ...item,
      report: this.report(
        template,
        evaluation,
        language,
        undefined,
        factSources,
      ),
    };
  }

  /** The entity's step over time, newest first. */
  async getHistory(
    entityRef: string,
    credentials: BackstageCredentials,
    options: { limit?: number },
  ) {
    const entity = await this.readEntity(entityRef, credentials);
    const ref = stringifyEntityRef(entity);
    const history = await this.deps.store.getHistory(ref, options);
    return {
      entityRef: ref,
      items: history.map(item => ({
        ...item,
        evaluatedAt: item.evaluatedAt.toISOString(),
      })),
    };
  }

  /**
   * Evaluates every entity of the evaluated kinds, one catalog page at a time (never the
   * whole catalog in memory, only the refs seen), stores what changed, then applies the
   * retention period. One entity's failure is logged and counted; it does not stop the
   * run. Once the pass has read the whole catalog, entities it did not find lose their
   * latest rows; a pass that fails part way removes nothing.
   */
  async evaluateCatalog(): Promise<CatalogRunSummary> {
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
          const { changed } = await this.save(
            entity,
            (
              await this.evaluate(entity)
            ).evaluation,
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
    const cutoff = new Date(
      this.now().getTime() -
        this.deps.settings.retentionDays * 24 * 60 * 60 * 1000,
    );
    const retentionDeleted = await this.deps.store.deleteOlderThan(cutoff);
    return {
      ...summary,
      retentionDeleted,
      removed,
      durationMs: Date.now() - started,
    };
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
    this.summaries.clear();
    this.deps.logger.info(
      `Removed ${removed} evaluated entities no longer in the catalog`,
    );
    return removed;
  }
}
