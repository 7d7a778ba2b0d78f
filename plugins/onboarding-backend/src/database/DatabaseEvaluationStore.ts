import { createHash } from 'node:crypto';
import { fingerprintOf } from './fingerprint';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { EntityEvaluation } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { Knex } from 'knex';
import {
  EvaluationHistoryEntry,
  EvaluationStore,
  GetHistoryOptions,
  LatestEvaluationSummary,
  ListLatestOptions,
  SaveEvaluationInput,
  SaveEvaluationResult,
  StoredEvaluation,
  StoredVerdict,
  UnmetCriterionRow,
} from './EvaluationStore';

const migrationsDir = resolvePackagePath(
  '@cloud-pi-native/backstage-plugin-onboarding-backend',
  'migrations',
);

const EVALUATIONS_TABLE = 'onboarding_evaluations';
const LATEST_TABLE = 'onboarding_latest';
const LATEST_RESULTS_TABLE = 'onboarding_latest_results';
/** Owner refs per query: far below SQLite's and PostgreSQL's bound-parameter limits. */
const OWNER_CHUNK = 500;
const UNMET_STATES = new Set(['fail', 'invalid', 'unknown']);

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
        .first('evaluation_id', 'fingerprint', 'evaluated_at');

      if (previous?.fingerprint === fingerprint) {
        await trx<LatestRow>(LATEST_TABLE)
          .where({ entity_ref: entityRef })
          .update(about);
        return {
          changed: false,
          id: previous.evaluation_id,
          evaluatedAt: toDate(previous.evaluated_at),
        };
      }

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
      return { changed: true, id: inserted.id, evaluatedAt };
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

  async countUnmetForOwners(
    ownerRefs: string[],
    options: { excludeKinds?: string[] } = {},
  ): Promise<Array<{ criterionId: string; count: number }>> {
    const counts = new Map<string, number>();
    for (const chunk of chunks(ownerRefs.map(normalize), OWNER_CHUNK)) {
      const query = this.db(`${LATEST_RESULTS_TABLE} as r`)
        .join(`${LATEST_TABLE} as l`, 'l.entity_ref', 'r.entity_ref')
        .whereIn('l.owner_ref', chunk)
        .groupBy('r.criterion_id')
        .select('r.criterion_id')
        .count({ count: '*' });
      if (options.excludeKinds?.length)
        query.whereNotIn('l.kind', options.excludeKinds.map(normalize));
      for (const row of (await query) as Array<{
        criterion_id: string;
        count: number | string;
      }>) {
        counts.set(
          row.criterion_id,
          (counts.get(row.criterion_id) ?? 0) + Number(row.count),
        );
      }
    }
    return [...counts.entries()].map(([criterionId, count]) => ({
      criterionId,
      count,
    }));
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

  async listHistoryForOwners(
    ownerRefs: string[],
  ): Promise<Array<{ entityRef: string; evaluatedAt: Date; step: number }>> {
    const rows: Array<{ entityRef: string; evaluatedAt: Date; step: number }> =
      [];
    for (const chunk of chunks(ownerRefs.map(normalize), OWNER_CHUNK)) {
      const found = await this.db(`${EVALUATIONS_TABLE} as e`)
        .join(`${LATEST_TABLE} as l`, 'l.entity_ref', 'e.entity_ref')
        .whereIn('l.owner_ref', chunk)
        .select('e.entity_ref', 'e.evaluated_at', 'e.step');
      rows.push(
        ...found.map(row => ({
          entityRef: row.entity_ref,
          evaluatedAt: toDate(row.evaluated_at),
          step: row.step,
        })),
      );
    }
    return rows.sort(
      (a, b) => a.evaluatedAt.getTime() - b.evaluatedAt.getTime(),
    );
  }

  async deleteOlderThan(cutoff: Date): Promise<number> {
    return this.db<EvaluationRow>(EVALUATIONS_TABLE)
      .where('evaluated_at', '<', cutoff)
      .whereNotIn(
        'id',
        this.db<LatestRow>(LATEST_TABLE).select('evaluation_id'),
      )
      .delete();
  }

  async deleteEntity(entityRef: string): Promise<void> {
    const ref = normalize(entityRef);
    await this.db.transaction(async trx => {
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
