import { createHash } from 'node:crypto';
import { fingerprintOf } from './fingerprint';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  EntityEvaluation,
  StepNumber,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { Knex } from 'knex';
import {
  EvaluationHistoryEntry,
  EvaluationStore,
  GetHistoryOptions,
  LatestEvaluationSummary,
  LatestExempted,
  LatestPageOptions,
  ListLatestOptions,
  SaveEvaluationInput,
  SaveEvaluationResult,
  StoredEvaluation,
  StepVerdictQuery,
  StepVerdictRow,
  StoredVerdict,
  SummaryScope,
  TrendCounts,
  TrendWeek,
  UnmetCriterionRow,
} from './EvaluationStore';

const migrationsDir = resolvePackagePath(
  '@cloud-pi-native/backstage-plugin-onboarding-backend',
  'migrations',
);

const EVALUATIONS_TABLE = 'onboarding_evaluations';
const LATEST_TABLE = 'onboarding_latest';
const LATEST_RESULTS_TABLE = 'onboarding_latest_results';
const UNMET_COUNTS_TABLE = 'onboarding_unmet_counts';
/** Owner refs per query: far below SQLite's and PostgreSQL's bound-parameter limits. */
const OWNER_CHUNK = 500;
const UNMET_STATES = new Set(['fail', 'invalid', 'unknown']);

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/**
 * First key of the PostgreSQL advisory locks taken per entity, so that they do not
 * collide with other plugins' locks when plugins share a database (reads "ONBD").
 */
const ADVISORY_LOCK_NAMESPACE = 0x4f4e4244;

/** Timestamps as drivers return them: PostgreSQL a Date, better-sqlite3 epoch milliseconds. */
type DbDate = Date | number | string;

interface EvaluationRow {
  id: number;
  entity_ref: string;
  evaluated_at: DbDate;
  step: number;
  declared_step: number | null;
  verdict: StoredVerdict;
  blocking_count: number;
  fingerprint: string;
  criteria_version: string;
  result: string;
  removed_at: DbDate | null;
}

interface LatestRow {
  entity_ref: string;
  evaluation_id: number;
  owner_ref: string | null;
  kind: string;
  step: number;
  verdict: StoredVerdict;
  blocking_count: number;
  fingerprint: string;
  evaluated_at: DbDate;
  checked_at: DbDate;
}

/** Unmet criteria counted for one owner, kind and criterion. */
interface UnmetGroup {
  owner_ref: string;
  kind: string;
  criterion_id: string;
  n: number;
  /** Of those, how many hold their entity at its next gate. */
  g: number;
}

/** Reads a timestamp column the same way whatever the database engine. */
export function toDate(value: DbDate): Date {
  if (value instanceof Date) {
    return value;
  }
  if (typeof value === 'number' || /^\d+$/.test(value)) {
    return new Date(Number(value));
  }
  // SQLite's own CURRENT_TIMESTAMP format is UTC without a zone designator.
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/.test(value)) {
    return new Date(`${value.replace(' ', 'T')}Z`);
  }
  return new Date(value);
}

/** Entity refs and kinds are case-insensitive in Backstage. */
const SUMMARY_COLUMNS = [
  'entity_ref',
  'kind',
  'owner_ref',
  'step',
  'verdict',
  'blocking_count',
  'evaluated_at',
] as const;
type LatestSummaryRow = Pick<LatestRow, (typeof SUMMARY_COLUMNS)[number]>;

function toSummary(row: LatestSummaryRow): LatestEvaluationSummary {
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    ...(row.owner_ref !== null ? { ownerRef: row.owner_ref } : {}),
    step: row.step,
    verdict: row.verdict,
    blockingCount: row.blocking_count,
    evaluatedAt: toDate(row.evaluated_at),
  };
}

function chunks<T>(values: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size)
    out.push(values.slice(i, i + size));
  return out;
}

function normalize(value: string): string {
  return value.toLocaleLowerCase('en-US');
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) {
    return DEFAULT_LIMIT;
  }
  return Math.min(Math.max(Math.floor(limit), 1), MAX_LIMIT);
}

/** Columns the team's entity table sorts by; ties are broken by entity ref. */
const SORT_COLUMNS = {
  entityRef: 'entity_ref',
  kind: 'kind',
  ownerRef: 'owner_ref',
  step: 'step',
  verdict: 'verdict',
  blockingCount: 'blocking_count',
  evaluatedAt: 'evaluated_at',
} as const;
const TEXT_SORT_COLUMNS = new Set([
  'entity_ref',
  'kind',
  'owner_ref',
  'verdict',
]);

/** A LIKE pattern matching values that contain `text`, its wildcards taken literally. */
function containsPattern(text: string): string {
  return `%${normalize(text).replace(/[\\%_]/g, c => `\\${c}`)}%`;
}

/** The scope's list (owners or entities), in chunks under the bound-parameter limits. */
function scopeChunks(scope: SummaryScope): Array<{
  column: 'owner_ref' | 'entity_ref';
  values: string[];
}> {
  const [column, values] =
    'ownerRefs' in scope
      ? (['owner_ref', scope.ownerRefs] as const)
      : (['entity_ref', scope.entityRefs] as const);
  return chunks(values.map(normalize), OWNER_CHUNK).map(chunk => ({
    column,
    values: chunk,
  }));
}

/** A signed 32-bit key for an entity's advisory lock. */
function lockKeyOf(entityRef: string): number {
  return createHash('sha256').update(entityRef).digest().readInt32BE(0);
}

/** Stores evaluations in the plugin's database, with knex. */
export class DatabaseEvaluationStore implements EvaluationStore {
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<DatabaseEvaluationStore> {
    const { database, skipMigrations } = options;
    const client = await database.getClient();
    if (!database.migrations?.skip && !skipMigrations) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseEvaluationStore(client);
  }

  private readonly isPostgres: boolean;

  private constructor(private readonly db: Knex) {
    this.isPostgres = db.client.dialect === 'postgresql';
  }

  async saveEvaluation(
    input: SaveEvaluationInput,
  ): Promise<SaveEvaluationResult> {
    const entityRef = normalize(input.entityRef);
    const { evaluation, criteriaVersion, evaluatedAt } = input;
    const fingerprint = fingerprintOf(evaluation, criteriaVersion);
    const summary = {
      step: evaluation.step,
      verdict: evaluation.nextGate?.verdict ?? 'NONE',
      blocking_count: evaluation.nextGate?.blockers.length ?? 0,
    } satisfies Partial<EvaluationRow>;
    const about = {
      kind: normalize(input.kind),
      owner_ref: input.ownerRef ? normalize(input.ownerRef) : null,
      checked_at: evaluatedAt,
    };

    return this.db.transaction(async trx => {
      await this.lockEntity(trx, entityRef);
      // Read inside the transaction, after the lock: another instance may just
      // have stored this very result.
      const previous = await trx<LatestRow>(LATEST_TABLE)
        .where({ entity_ref: entityRef })
        .forUpdate()
        .first(
          'evaluation_id',
          'fingerprint',
          'evaluated_at',
          'owner_ref',
          'kind',
        );
      const moved =
        previous?.owner_ref !== about.owner_ref ||
        previous?.kind !== about.kind;

      // What the entity adds to the per-owner unmet counts, before the change.
      const before = previous
        ? await this.unmetGroups(trx, [entityRef])
        : new Map<string, UnmetGroup>();

      if (previous?.fingerprint === fingerprint) {
        await trx<LatestRow>(LATEST_TABLE)
          .where({ entity_ref: entityRef })
          .update(about);
        // The unmet criteria stay; only the owner's or kind's counts may move.
        if (moved)
          await this.applyUnmetDelta(
            trx,
            before,
            await this.unmetGroups(trx, [entityRef]),
          );
        return {
          changed: false,
          id: previous.evaluation_id,
          evaluatedAt: toDate(previous.evaluated_at),
        };
      }

      // The result it replaces, for those who compare the two (notifications).
      const replaced = previous
        ? await trx<EvaluationRow>(EVALUATIONS_TABLE)
            .where({ id: previous.evaluation_id })
            .first('result')
        : undefined;
      const [inserted] = await trx<EvaluationRow>(EVALUATIONS_TABLE).insert(
        {
          entity_ref: entityRef,
          evaluated_at: evaluatedAt,
          declared_step: evaluation.declaredStep ?? null,
          fingerprint,
          criteria_version: criteriaVersion,
          result: JSON.stringify(evaluation),
          ...summary,
        },
        ['id'],
      );
      // A first save racing with another one, on an engine where no lock covers
      // rows that do not exist yet, meets the other's row here: the last one wins.
      await trx<LatestRow>(LATEST_TABLE)
        .insert({
          entity_ref: entityRef,
          evaluation_id: inserted.id,
          fingerprint,
          evaluated_at: evaluatedAt,
          ...summary,
          ...about,
        })
        .onConflict('entity_ref')
        .merge();
      await trx(LATEST_RESULTS_TABLE).where({ entity_ref: entityRef }).delete();
      const unmet = evaluation.results
        .filter(r => UNMET_STATES.has(r.state))
        .map(r => ({
          entity_ref: entityRef,
          criterion_id: r.criterionId,
          step: r.step,
          severity: r.severity,
          state: r.state,
        }));
      if (unmet.length > 0)
        await trx.batchInsert(LATEST_RESULTS_TABLE, unmet, 200);
      await this.applyUnmetDelta(
        trx,
        before,
        await this.unmetGroups(trx, [entityRef]),
      );
      return {
        changed: true,
        id: inserted.id,
        evaluatedAt,
        ...(previous && replaced
          ? {
              previous: {
                id: previous.evaluation_id,
                evaluation: JSON.parse(replaced.result) as EntityEvaluation,
              },
            }
          : {}),
      };
    });
  }

  /** These entities' current unmet criteria, counted per owner, kind and criterion. */
  private async unmetGroups(
    trx: Knex.Transaction,
    entityRefs: string[],
  ): Promise<Map<string, UnmetGroup>> {
    const rows = (await trx(`${LATEST_RESULTS_TABLE} as r`)
      .join(`${LATEST_TABLE} as l`, 'l.entity_ref', 'r.entity_ref')
      .whereIn('l.entity_ref', entityRefs)
      .whereNotNull('l.owner_ref')
      .groupBy('l.owner_ref', 'l.kind', 'r.criterion_id')
      .select('l.owner_ref', 'l.kind', 'r.criterion_id')
      .count({ n: '*' })
      // Blocking, of the step the entity stands at (1 to 4): it holds the next gate.
      .select(
        trx.raw(
          "sum(case when r.severity = 'blocking' and r.step = l.step and l.step < 5 then 1 else 0 end) as g",
        ),
      )) as Array<
      Omit<UnmetGroup, 'n' | 'g'> & {
        n: number | string;
        g: number | string | null;
      }
    >;
    return new Map(
      rows.map(row => [
        `${row.owner_ref}|${row.kind}|${row.criterion_id}`,
        { ...row, n: Number(row.n), g: Number(row.g ?? 0) },
      ]),
    );
  }

  /**
   * Moves the per-owner unmet counts from what these entities added before a change to
   * what they add after it. One upsert, rows in key order: transactions saving different
   * entities at once lock shared count rows in the same order, so they cannot deadlock.
   */
  private async applyUnmetDelta(
    trx: Knex.Transaction,
    before: Map<string, UnmetGroup>,
    after: Map<string, UnmetGroup>,
  ) {
    const delta = new Map<string, UnmetGroup>();
    for (const [key, group] of after) delta.set(key, { ...group });
    for (const [key, group] of before) {
      const found = delta.get(key);
      if (found) {
        found.n -= group.n;
        found.g -= group.g;
      } else delta.set(key, { ...group, n: -group.n, g: -group.g });
    }
    const rows = [...delta.entries()]
      .filter(([, group]) => group.n !== 0 || group.g !== 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, group]) => ({
        owner_ref: group.owner_ref,
        kind: group.kind,
        criterion_id: group.criterion_id,
        unmet_count: group.n,
        next_gate_count: group.g,
      }));
    if (rows.length === 0) return;
    await trx(UNMET_COUNTS_TABLE)
      .insert(rows)
      .onConflict(['owner_ref', 'kind', 'criterion_id'])
      .merge({
        unmet_count: trx.raw('??.?? + excluded.??', [
          UNMET_COUNTS_TABLE,
          'unmet_count',
          'unmet_count',
        ]),
        next_gate_count: trx.raw('??.?? + excluded.??', [
          UNMET_COUNTS_TABLE,
          'next_gate_count',
          'next_gate_count',
        ]),
      });
  }

  async getLatest(entityRef: string): Promise<StoredEvaluation | undefined> {
    const row: (EvaluationRow & Pick<LatestRow, 'checked_at'>) | undefined =
      await this.db(`${LATEST_TABLE} as latest`)
        .join(
          `${EVALUATIONS_TABLE} as evaluation`,
          'evaluation.id',
          'latest.evaluation_id',
        )
        .where('latest.entity_ref', normalize(entityRef))
        .first('evaluation.*', 'latest.checked_at');
    if (!row) {
      return undefined;
    }
    return {
      id: row.id,
      entityRef: row.entity_ref,
      evaluatedAt: toDate(row.evaluated_at),
      checkedAt: toDate(row.checked_at),
      criteriaVersion: row.criteria_version,
      evaluation: JSON.parse(row.result) as EntityEvaluation,
    };
  }

  async listLatestExempted(options: {
    after?: string;
    limit: number;
  }): Promise<LatestExempted[]> {
    const query = this.db(`${LATEST_TABLE} as latest`)
      .join(
        `${EVALUATIONS_TABLE} as evaluation`,
        'evaluation.id',
        'latest.evaluation_id',
      )
      // A cheap filter in the database; the caller reads the states themselves.
      .where('evaluation.result', 'like', '%"exempted"%')
      .orderBy('latest.entity_ref')
      .limit(clampLimit(options.limit))
      .select('latest.entity_ref', 'latest.owner_ref', 'evaluation.result');
    if (options.after !== undefined)
      query.where('latest.entity_ref', '>', normalize(options.after));
    const rows: Array<{
      entity_ref: string;
      owner_ref: string | null;
      result: string;
    }> = await query;
    return rows.map(row => ({
      entityRef: row.entity_ref,
      ...(row.owner_ref !== null ? { ownerRef: row.owner_ref } : {}),
      evaluation: JSON.parse(row.result) as EntityEvaluation,
    }));
  }

  async getHistory(
    entityRef: string,
    options: GetHistoryOptions = {},
  ): Promise<EvaluationHistoryEntry[]> {
    const query = this.db<EvaluationRow>(EVALUATIONS_TABLE)
      .where({ entity_ref: normalize(entityRef) })
      .orderBy([
        { column: 'evaluated_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(clampLimit(options.limit))
      .select(
        'id',
        'evaluated_at',
        'step',
        'declared_step',
        'verdict',
        'blocking_count',
      );
    if (options.before) {
      query.where('evaluated_at', '<', options.before);
    }
    const rows = await query;
    return rows.map(row => ({
      id: row.id,
      evaluatedAt: toDate(row.evaluated_at),
      step: row.step,
      ...(row.declared_step !== null
        ? { declaredStep: row.declared_step }
        : {}),
      verdict: row.verdict,
      blockingCount: row.blocking_count,
    }));
  }

  async listLatest(
    options: ListLatestOptions,
  ): Promise<LatestEvaluationSummary[]> {
    const query = this.db<LatestRow>(LATEST_TABLE)
      .orderBy('entity_ref')
      .limit(clampLimit(options.limit))
      .offset(Math.max(Math.floor(options.offset ?? 0), 0))
      .select(...SUMMARY_COLUMNS);
    if (options.ownerRefs) {
      query.whereIn('owner_ref', options.ownerRefs.map(normalize));
    }
    if (options.kinds) {
      query.whereIn('kind', options.kinds.map(normalize));
    }
    return (await query).map(toSummary);
  }

  async listLatestForOwners(
    ownerRefs: string[],
  ): Promise<LatestEvaluationSummary[]> {
    const rows = await this.latestWhereIn('owner_ref', ownerRefs);
    return rows.sort((a, b) => a.entityRef.localeCompare(b.entityRef));
  }

  async listStepVerdicts(query: StepVerdictQuery): Promise<StepVerdictRow[]> {
    // Three narrow columns straight from the latest table, in primary-key order: a
    // single scan, whatever the size of the catalog.
    const select = this.db<LatestRow>(LATEST_TABLE)
      .orderBy('entity_ref')
      .limit(Math.max(Math.floor(query.limit), 0))
      .select('entity_ref', 'step', 'verdict');
    if (query.steps) select.whereIn('step', query.steps);
    if (query.verdicts) select.whereIn('verdict', query.verdicts);
    return (await select).map(row => ({
      entityRef: row.entity_ref,
      step: Number(row.step),
      verdict: row.verdict,
    }));
  }

  async listLatestByRefs(
    entityRefs: string[],
  ): Promise<LatestEvaluationSummary[]> {
    return this.latestWhereIn('entity_ref', entityRefs);
  }

  /** Latest evaluations whose column is one of these values, read in chunks to stay under parameter limits. */
  private async latestWhereIn(
    column: 'owner_ref' | 'entity_ref',
    values: string[],
  ): Promise<LatestEvaluationSummary[]> {
    const rows: LatestSummaryRow[] = [];
    for (const chunk of chunks(values.map(normalize), OWNER_CHUNK)) {
      rows.push(
        ...(await this.db<LatestRow>(LATEST_TABLE)
          .whereIn(column, chunk)
          .select(...SUMMARY_COLUMNS)),
      );
    }
    return rows.map(toSummary);
  }

  /** Latest rows of the scope: a query builder over one chunk of its list. */
  private scopedLatest(
    chunk: { column: 'owner_ref' | 'entity_ref'; values: string[] },
    excludeKinds: string[] | undefined,
    alias?: string,
  ) {
    const prefix = alias ? `${alias}.` : '';
    const query = this.db(
      alias ? `${LATEST_TABLE} as ${alias}` : LATEST_TABLE,
    ).whereIn(`${prefix}${chunk.column}`, chunk.values);
    if (excludeKinds?.length)
      query.whereNotIn(`${prefix}kind`, excludeKinds.map(normalize));
    return query;
  }

  async countLatestByStep(): Promise<
    Array<{ kind: string; step: number; count: number }>
  > {
    const rows = (await this.db(LATEST_TABLE)
      .groupBy('kind', 'step')
      .select('kind', 'step')
      .count({ count: '*' })) as Array<{
      kind: string;
      step: number | string;
      count: number | string;
    }>;
    return rows.map(row => ({
      kind: row.kind,
      step: Number(row.step),
      count: Number(row.count),
    }));
  }

  async countLatest(
    scope: SummaryScope,
  ): Promise<Array<{ step: number; verdict: StoredVerdict; count: number }>> {
    const out: Array<{ step: number; verdict: StoredVerdict; count: number }> =
      [];
    for (const chunk of scopeChunks(scope)) {
      const rows = (await this.scopedLatest(chunk, scope.excludeKinds)
        .groupBy('step', 'verdict')
        .select('step', 'verdict')
        .count({ count: '*' })) as Array<{
        step: number;
        verdict: StoredVerdict;
        count: number | string;
      }>;
      out.push(
        ...rows.map(row => ({
          step: Number(row.step),
          verdict: row.verdict,
          count: Number(row.count),
        })),
      );
    }
    return out;
  }

  async pageLatest(
    scope: { ownerRefs: string[]; excludeKinds?: string[] },
    page: LatestPageOptions,
  ): Promise<{ items: LatestEvaluationSummary[]; total: number }> {
    // One IN list whatever its length, or pages would not span chunks; group trees
    // are bounded (5 000 groups) far below both engines' parameter limits.
    const filtered = () => {
      const query = this.scopedLatest(
        { column: 'owner_ref', values: scope.ownerRefs.map(normalize) },
        scope.excludeKinds,
      );
      if (page.q) {
        const pattern = containsPattern(page.q);
        query.where(q =>
          q
            .whereRaw("entity_ref LIKE ? ESCAPE '\\'", [pattern])
            .orWhereRaw("owner_ref LIKE ? ESCAPE '\\'", [pattern]),
        );
      }
      return query;
    };
    const column = SORT_COLUMNS[page.sort];
    const direction = page.order === 'desc' ? 'desc' : 'asc';
    // Byte order on both engines, as in JavaScript, whatever PostgreSQL's collation;
    // missing owners first in ascending order, as SQLite does.
    const collate = (name: string) =>
      this.isPostgres && TEXT_SORT_COLUMNS.has(name) ? ' COLLATE "C"' : '';
    const nulls = this.isPostgres
      ? ` NULLS ${direction === 'asc' ? 'FIRST' : 'LAST'}`
      : '';
    const [items, [{ total }]] = await Promise.all([
      filtered()
        .orderByRaw(`??${collate(column)} ${direction}${nulls}`, [column])
        .orderByRaw(`entity_ref${collate('entity_ref')} asc`)
        .limit(clampLimit(page.limit))
        .offset(Math.max(Math.floor(page.offset), 0))
        .select(...SUMMARY_COLUMNS),
      filtered().count({ total: '*' }),
    ]);
    return {
      items: (items as LatestSummaryRow[]).map(toSummary),
      total: Number(total),
    };
  }

  async countUnmet(
    scope: SummaryScope,
  ): Promise<Array<{ criterionId: string; count: number }>> {
    // Entities: counted from their unmet rows.
    return this.countByCriterion(scope, 'unmet_count', latest =>
      latest.join(
        `${LATEST_RESULTS_TABLE} as r`,
        'r.entity_ref',
        'l.entity_ref',
      ),
    );
  }

  async countNextGateBlockers(
    scope: SummaryScope,
  ): Promise<Array<{ criterionId: string; count: number }>> {
    // Entities: an unmet row holds the next gate when it is blocking and of the step the
    // entity stands at (1 to 4).
    return this.countByCriterion(scope, 'next_gate_count', latest =>
      latest
        .join(`${LATEST_RESULTS_TABLE} as r`, function onEntityAndStep() {
          this.on('r.entity_ref', '=', 'l.entity_ref').andOn(
            'r.step',
            '=',
            'l.step',
          );
        })
        .where('r.severity', 'blocking')
        .where('l.step', '<', 5),
    );
  }

  /**
   * Per-criterion counts over the scope, summed across its chunks, zeros left out. Owners:
   * the kept counts of `ownerCount`. Entities: the rows (`r`) that `unmetRows` joins to
   * the scope's latest rows (`l`), counted.
   */
  private async countByCriterion(
    scope: SummaryScope,
    ownerCount: 'unmet_count' | 'next_gate_count',
    unmetRows: (latest: Knex.QueryBuilder) => Knex.QueryBuilder,
  ): Promise<Array<{ criterionId: string; count: number }>> {
    const counts = new Map<string, number>();
    const excluded = scope.excludeKinds?.map(normalize) ?? [];
    for (const chunk of scopeChunks(scope)) {
      const query =
        chunk.column === 'owner_ref'
          ? this.db(UNMET_COUNTS_TABLE)
              .whereIn('owner_ref', chunk.values)
              .groupBy('criterion_id')
              .select('criterion_id')
              .sum({ count: ownerCount })
          : unmetRows(this.scopedLatest(chunk, undefined, 'l'))
              .groupBy('r.criterion_id')
              .select('r.criterion_id')
              .count({ count: '*' });
      if (excluded.length)
        query.whereNotIn(
          chunk.column === 'owner_ref' ? 'kind' : 'l.kind',
          excluded,
        );
      for (const row of (await query) as Array<{
        criterion_id: string;
        count: number | string | null;
      }>) {
        counts.set(
          row.criterion_id,
          (counts.get(row.criterion_id) ?? 0) + Number(row.count ?? 0),
        );
      }
    }
    return [...counts.entries()]
      .filter(([, count]) => count > 0)
      .map(([criterionId, count]) => ({ criterionId, count }));
  }

  async listUnmetForOwners(ownerRefs: string[]): Promise<UnmetCriterionRow[]> {
    const rows: UnmetCriterionRow[] = [];
    for (const chunk of chunks(ownerRefs.map(normalize), OWNER_CHUNK)) {
      const found = await this.db(`${LATEST_RESULTS_TABLE} as r`)
        .join(`${LATEST_TABLE} as l`, 'l.entity_ref', 'r.entity_ref')
        .whereIn('l.owner_ref', chunk)
        .select(
          'r.entity_ref',
          'r.criterion_id',
          'r.step',
          'r.severity',
          'r.state',
        );
      rows.push(
        ...found.map(row => ({
          entityRef: row.entity_ref,
          criterionId: row.criterion_id,
          step: row.step,
          severity: row.severity,
          state: row.state,
        })),
      );
    }
    return rows;
  }

  async countTrend(
    scope: SummaryScope,
    weeks: TrendWeek[],
  ): Promise<TrendCounts[]> {
    const totals: TrendCounts[] = weeks.map(() => ({
      counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      criteriaChanges: 0,
    }));
    if (weeks.length === 0) return totals;
    const from = weeks[0].start;
    const to = weeks[weeks.length - 1].end;
    // The index of the week holding a timestamp, counted from `from` (negative before).
    const weekOf = (column: string) =>
      this.isPostgres
        ? `FLOOR(EXTRACT(EPOCH FROM (${column} - CAST(? AS timestamptz))) / ${
            WEEK_MS / 1000
          })`
        : // Whole weeks: timestamps are epoch milliseconds, bound as floating point.
          `CAST((${column} - ?) / ${WEEK_MS} AS INTEGER)`;
    const excluded = scope.excludeKinds?.map(normalize) ?? [];
    for (const chunk of scopeChunks(scope)) {
      const list = chunk.values.map(() => '?').join(', ');
      const kindFilter = excluded.length
        ? ` AND kind NOT IN (${excluded.map(() => '?').join(', ')})`
        : '';
      // Only the weeks' evaluations and, per entity, the last one before them (found
      // through the entity_ref, evaluated_at index), never the whole history. Each
      // evaluation stands from its week until the week of the next one: the database
      // groups them by those two weeks, the weeks are summed up here.
      const sql = `
        WITH owned AS (
          SELECT entity_ref FROM ${LATEST_TABLE}
           WHERE ${chunk.column} IN (${list})${kindFilter}
        ),
        bounded AS (
          SELECT e.id, e.entity_ref, e.step, e.criteria_version, e.evaluated_at
            FROM ${EVALUATIONS_TABLE} e JOIN owned o ON o.entity_ref = e.entity_ref
           WHERE e.evaluated_at >= ? AND e.evaluated_at < ?
          UNION ALL
          SELECT e.id, e.entity_ref, e.step, e.criteria_version, e.evaluated_at
            FROM ${EVALUATIONS_TABLE} e JOIN owned o ON o.entity_ref = e.entity_ref
           WHERE e.evaluated_at < ? AND e.evaluated_at = (
             SELECT MAX(p.evaluated_at) FROM ${EVALUATIONS_TABLE} p
              WHERE p.entity_ref = e.entity_ref AND p.evaluated_at < ?)
        ),
        spans AS (
          SELECT step, criteria_version, evaluated_at,
                 LEAD(evaluated_at) OVER latest_first AS next_at,
                 LAG(criteria_version) OVER latest_first AS previous_version
            FROM bounded
          WINDOW latest_first AS (PARTITION BY entity_ref ORDER BY evaluated_at, id)
        )
        SELECT step, ${weekOf('evaluated_at')} AS first_week,
               ${weekOf('next_at')} AS end_week,
               CASE WHEN previous_version <> criteria_version THEN 1 ELSE 0 END AS changed,
               COUNT(*) AS n
          FROM spans
         GROUP BY step, first_week, end_week, changed`;
      const result = await this.db.raw(sql, [
        ...chunk.values,
        ...excluded,
        from,
        to,
        from,
        from,
        from,
        from,
      ]);
      const rows: Array<Record<string, number | string | null>> = this
        .isPostgres
        ? result.rows
        : result;
      for (const row of rows) {
        const step = Number(row.step) as StepNumber;
        const n = Number(row.n);
        const first = Math.max(0, Math.floor(Number(row.first_week)));
        const end =
          row.end_week === null
            ? weeks.length
            : Math.min(weeks.length, Math.floor(Number(row.end_week)));
        for (let i = first; i < end; i++)
          if (step in totals[i].counts) totals[i].counts[step] += n;
        if (Number(row.changed) === 1 && first < weeks.length)
          totals[first].criteriaChanges += n;
      }
    }
    return totals;
  }

  async deleteOlderThan(cutoff: Date): Promise<number> {
    return this.db<EvaluationRow>(EVALUATIONS_TABLE)
      .where('evaluated_at', '<', cutoff)
      .where(q => q.whereNull('removed_at').orWhere('removed_at', '<', cutoff))
      .whereNotIn(
        'id',
        this.db<LatestRow>(LATEST_TABLE).select('evaluation_id'),
      )
      .delete();
  }

  async listLatestRefsCheckedBefore(options: {
    kinds: string[];
    checkedBefore: Date;
  }): Promise<string[]> {
    const rows = await this.db<LatestRow>(LATEST_TABLE)
      .whereIn('kind', options.kinds.map(normalize))
      .where('checked_at', '<', options.checkedBefore)
      .select('entity_ref');
    return rows.map(row => row.entity_ref);
  }

  async markRemoved(entityRefs: string[], removedAt: Date): Promise<number> {
    let removed = 0;
    for (const chunk of chunks(entityRefs.map(normalize), OWNER_CHUNK)) {
      removed += await this.db.transaction(async trx => {
        await this.applyUnmetDelta(
          trx,
          await this.unmetGroups(trx, chunk),
          new Map(),
        );
        // The latest rows reference the history, and the unmet rows the latest ones.
        await trx(LATEST_RESULTS_TABLE).whereIn('entity_ref', chunk).delete();
        const count = await trx<LatestRow>(LATEST_TABLE)
          .whereIn('entity_ref', chunk)
          .delete();
        await trx<EvaluationRow>(EVALUATIONS_TABLE)
          .whereIn('entity_ref', chunk)
          .whereNull('removed_at')
          .update({ removed_at: removedAt });
        return count;
      });
    }
    return removed;
  }

  async deleteEntity(entityRef: string): Promise<void> {
    const ref = normalize(entityRef);
    await this.db.transaction(async trx => {
      await this.applyUnmetDelta(
        trx,
        await this.unmetGroups(trx, [ref]),
        new Map(),
      );
      // The latest rows reference the history, so they go first.
      await trx(LATEST_RESULTS_TABLE).where({ entity_ref: ref }).delete();
      await trx<LatestRow>(LATEST_TABLE).where({ entity_ref: ref }).delete();
      await trx<EvaluationRow>(EVALUATIONS_TABLE)
        .where({ entity_ref: ref })
        .delete();
    });
  }

  /**
   * Serializes saves of one entity across backend instances on PostgreSQL, where a
   * row lock cannot cover an entity's first save: its latest row does not exist yet.
   * SQLite needs nothing, its single connection already serializes transactions.
   */
  private async lockEntity(trx: Knex.Transaction, entityRef: string) {
    if (this.isPostgres) {
      await trx.raw('SELECT pg_advisory_xact_lock(?, ?)', [
        ADVISORY_LOCK_NAMESPACE,
        lockKeyOf(entityRef),
      ]);
    }
  }
}
