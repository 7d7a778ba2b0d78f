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
  TeamSummary,
  TemplateDetail,
  TemplateOutcomes,
  TemplateScoreItem,
  TemplateScoresResponse,
  buildCriteriaDocument,
  compareTemplateScores,
  scoreTemplate,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EvaluationStore } from '../database';
import { FactGatherer } from '../facts';
import { CriteriaSet } from './criteriaConfig';
import { SubmittedDocument } from './entityDocument';

import { OnboardingSettings } from './settings';
import { countByCriterion, summarize } from './teamSummary';
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

/** The numbers of one pass over the catalog. */
export interface CatalogRunSummary {
  evaluated: number;
  changed: number;
  failed: number;
  pages: number;
  retentionDeleted: number;
  durationMs: number;
}

/**
 * The onboarding backend's business logic: evaluate entities read from the catalog
 * (with the caller's credentials, so nobody sees what the catalog hides from them),
 * store what changed, and present results. Holds no HTTP concerns.
 */
export class OnboardingService {
  private readonly summaries = new Map<
    string,
    { at: number; value: TeamSummary }
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
    const seen = new Set([stringifyEntityRef(group)]);
    let frontier = [group];
    while (frontier.length > 0 && seen.size < MAX_GROUPS) {
      const children = frontier
        .flatMap(g => g.relations ?? [])
        .filter(r => r.type === RELATION_PARENT_OF && !seen.has(r.targetRef))
        .map(r => r.targetRef);
      children.forEach(ref => seen.add(ref));
      frontier = [];
      for (let i = 0; i < children.length; i += GROUP_BATCH) {
        const { items } = await this.deps.catalog.getEntitiesByRefs(
          {
            entityRefs: children.slice(i, i + GROUP_BATCH),
            fields: ['kind', 'metadata', 'relations'],
          },
          { credentials },
        );
        frontier.push(...items.filter((e): e is Entity => Boolean(e)));
      }
    }
    return [...seen];
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
   * frequently unmet criteria, each entity, and a weekly trend.
   */
  async getGroupSummary(
    groupRef: string,
    credentials: BackstageCredentials,
    language: Language,
    options: { weeks: number },
  ): Promise<TeamSummary> {
    const groupRefs = await this.groupTree(groupRef, credentials);
    const readsAll = await this.readsAllEntities(credentials);
    const key = `${groupRefs.join(',')}|${language}|${options.weeks}`;
    const cached = readsAll ? this.summaries.get(key) : undefined;
    if (cached && Date.now() - cached.at < SUMMARY_CACHE_MS)
      return cached.value;

    const [entities, history] = await Promise.all([
      this.deps.store.listLatestForOwners(groupRefs),
      this.deps.store.listHistoryForOwners(groupRefs),
    ]);
    // Templates are scored on their own (template scores), not counted as a team's services.
    const counted = entities
      .filter(e => e.kind !== 'template')
      .map(e => e.entityRef);
    const visible = readsAll
      ? new Set(counted)
      : await this.visibleAmong(counted, credentials);
    const keep = <T extends { entityRef: string }>(rows: T[]) =>
      rows.filter(row => visible.has(row.entityRef));
    // When the caller sees everything, the database counts; otherwise rows are filtered first.
    const unmetCounts = readsAll
      ? await this.deps.store.countUnmetForOwners(groupRefs, {
          excludeKinds: ['template'],
        })
      : countByCriterion(
          keep(await this.deps.store.listUnmetForOwners(groupRefs)),
        );
    const summary = summarize({
      groupRef: groupRefs[0],
      groupRefs,
      entities: keep(entities),
      unmetCounts,
      history: keep(history),
      criteria: this.deps.criteria.criteria,
      language,
      weeks: options.weeks,
      now: this.now(),
    });
    if (readsAll) this.summaries.set(key, { at: Date.now(), value: summary });
    return summary;
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
   * whole catalog in memory), stores what changed, then applies the retention period.
   * One entity's failure is logged and counted; it does not stop the run.
   */
  async evaluateCatalog(): Promise<CatalogRunSummary> {
    const started = Date.now();
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const summary = { evaluated: 0, changed: 0, failed: 0, pages: 0 };
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
    const cutoff = new Date(
      this.now().getTime() -
        this.deps.settings.retentionDays * 24 * 60 * 60 * 1000,
    );
    const retentionDeleted = await this.deps.store.deleteOlderThan(cutoff);
    return { ...summary, retentionDeleted, durationMs: Date.now() - started };
  }
}
