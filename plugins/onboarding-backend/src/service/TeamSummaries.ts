import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  Language,
  TeamEntityPage,
  TeamSummary,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EvaluationStore, StoredVerdict, SummaryScope } from '../database';
import { CriteriaSet } from './criteriaConfig';
import { EntityEvaluator } from './EntityEvaluator';
import { catalogReadScope, visibleAmong } from './catalogVisibility';
import {
  TeamAggregate,
  countByCriterion,
  countByStepAndVerdict,
  countNextGateBlockers,
  pageRows,
  summarize,
  toEntityRow,
  toTrend,
  trendWeeks,
} from './teamSummary';

/** Groups read per catalog request, and how deep a group tree may go. */
const GROUP_BATCH = 200;
const MAX_GROUPS = 5000;
/**
 * How long a team summary is reused for callers who may read the whole catalog. Stored
 * results change only when an evaluation does; this instance forgets its summaries as
 * soon as it stores a change, another instance's changes show within this delay.
 */
const SUMMARY_CACHE_MS = 60_000;
/** At most this many summaries are kept (groups × languages × trend lengths). */
const SUMMARY_CACHE_MAX = 200;
/** Entities per page of a team summary unless the caller asks otherwise. */
export const DEFAULT_TEAM_PAGE_SIZE = 20;
/** Templates are scored on their own (template scores), not counted as a team's services. */
const NOT_COUNTED_KINDS = ['template'];

/**
 * Team maturity: a group and its sub-groups as the caller may see them, their entities'
 * stored results counted (by the database when the caller reads everything), a weekly
 * trend and one page of entities. Summaries are cached briefly and forgotten whenever a
 * stored result changes or entities leave the catalog.
 */
export class TeamSummaries {
  /** Team summaries without their page of entities, oldest first (a Map keeps insertion order). */
  private readonly summaries = new Map<
    string,
    { at: number; value: TeamAggregate }
  >();

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      store: EvaluationStore;
      criteria: CriteriaSet;
      evaluator: EntityEvaluator;
    },
  ) {
    // A stored result that changed makes cached team summaries stale.
    deps.evaluator.onResultChanged(() => this.forget());
  }

  /** Forgets every cached summary. */
  forget() {
    this.summaries.clear();
  }

  /**
   * A group and all its descendant groups (catalog parentOf relations), as the caller
   * sees them; each group once, however the tree is drawn.
   */
  async groupTree(
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

  /**
   * The maturity of a team and of all its sub-teams, from the stored evaluations of the
   * entities they own that the caller may see: counts per step, verdicts, what blocks
   * their next gates, the most frequently unmet criteria, a weekly trend, and one page
   * of the entities.
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
    const weeks = trendWeeks(options.weeks, this.deps.evaluator.now());
    const summarizeFrom = (
      scope: SummaryScope,
      counts: Promise<
        [
          Array<{ step: number; verdict: StoredVerdict; count: number }>,
          Array<{ criterionId: string; count: number }>,
          Array<{ criterionId: string; count: number }>,
        ]
      >,
    ) =>
      // The trend is counted alongside (in parallel where the database has a pool).
      Promise.all([counts, this.deps.store.countTrend(scope, weeks)]).then(
        ([[stepVerdictCounts, unmetCounts, nextGateCounts], trend]) =>
          summarize({
            groupRef: groupRefs[0],
            groupRefs,
            stepVerdictCounts,
            unmetCounts,
            nextGateCounts,
            trend: toTrend(weeks, trend),
            criteria: this.deps.criteria.criteria,
            language,
            now: this.deps.evaluator.now(),
          }),
      );

    if (
      (await catalogReadScope(this.deps.permissions, credentials)) === 'all'
    ) {
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
              this.deps.store.countNextGateBlockers(scope),
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
    const visible = await visibleAmong(
      this.deps.catalog,
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
        countNextGateBlockers(entities, unmet),
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
}
