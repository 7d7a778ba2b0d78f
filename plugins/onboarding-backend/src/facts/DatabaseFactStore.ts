import { Knex } from 'knex';
import { GatheredFacts } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { stableHash } from '../database';
import { toDate } from '../database/DatabaseEvaluationStore';
import { FactStore, SourceHealthRow, StoredFacts } from './FactStore';

const TABLE = 'onboarding_facts';
/** Refs per DELETE or SELECT statement, far below the engines' bound-parameter limits. */
const DELETE_CHUNK = 500;

interface FactsRow {
  entity_ref: string;
  source: string;
  facts: string;
  unavailable: string;
  missing: string;
  fingerprint: string;
  gathered_at: Date | number | string | null;
  error: string | null;
  failing_since: Date | number | string | null;
}

const normalize = (ref: string) => ref.toLocaleLowerCase('en-US');

/** Identifies what a source found, whatever the order of its keys. */
const fingerprintOf = (gathered: GatheredFacts) =>
  stableHash([gathered.facts, gathered.unavailable, gathered.missing ?? {}]);

function toStoredFacts(row: FactsRow): StoredFacts {
  return {
    entityRef: row.entity_ref,
    source: row.source,
    facts: JSON.parse(row.facts),
    unavailable: JSON.parse(row.unavailable),
    missing: JSON.parse(row.missing),
    ...(row.gathered_at !== null
      ? { gatheredAt: toDate(row.gathered_at) }
      : {}),
    ...(row.error !== null ? { error: row.error } : {}),
    ...(row.failing_since !== null
      ? { failingSince: toDate(row.failing_since) }
      : {}),
  };
}

/** Stores fact sources' latest facts in the plugin's database (the migrations create the table). */
export class DatabaseFactStore implements FactStore {
  constructor(private readonly db: Knex) {}

  async recordGathered(
    entityRef: string,
    source: string,
    gathered: GatheredFacts,
  ): Promise<{ changed: boolean }> {
    const key = { entity_ref: normalize(entityRef), source };
    const fingerprint = fingerprintOf(gathered);
    const previous = await this.db<FactsRow>(TABLE)
      .where(key)
      .first('fingerprint', 'error');
    await this.db<FactsRow>(TABLE)
      .insert({
        ...key,
        facts: JSON.stringify(gathered.facts),
        unavailable: JSON.stringify(gathered.unavailable),
        missing: JSON.stringify(gathered.missing ?? {}),
        fingerprint,
        gathered_at: gathered.gatheredAt,
        error: null,
        failing_since: null,
      })
      .onConflict(['entity_ref', 'source'])
      .merge();
    // A source that recovers changes what the criteria say (unknown → decided) too.
    return {
      changed:
        previous?.fingerprint !== fingerprint || Boolean(previous?.error),
    };
  }

  async recordFailure(
    entityRef: string,
    source: string,
    error: string,
    at: Date,
  ): Promise<{ changed: boolean }> {
    const key = { entity_ref: normalize(entityRef), source };
    const previous = await this.db<FactsRow>(TABLE)
      .where(key)
      .first('error', 'failing_since');
    if (!previous) {
      await this.db<FactsRow>(TABLE)
        .insert({
          ...key,
          facts: '{}',
          unavailable: '{}',
          missing: '{}',
          fingerprint: '',
          gathered_at: null,
          error,
          failing_since: at,
        })
        .onConflict(['entity_ref', 'source'])
        .merge(['error']);
      return { changed: true };
    }
    await this.db<FactsRow>(TABLE)
      .where(key)
      .update({
        error,
        ...(previous.failing_since === null ? { failing_since: at } : {}),
      });
    return { changed: previous.error === null };
  }

  async getFacts(entityRef: string): Promise<StoredFacts[]> {
    const rows = await this.db<FactsRow>(TABLE).where({
      entity_ref: normalize(entityRef),
    });
    return rows.map(toStoredFacts);
  }

  async getFactsOfEntities(
    entityRefs: readonly string[],
  ): Promise<Map<string, StoredFacts[]>> {
    const byRef = new Map<string, StoredFacts[]>();
    const refs = [...new Set(entityRefs.map(normalize))];
    for (let i = 0; i < refs.length; i += DELETE_CHUNK) {
      const rows = await this.db<FactsRow>(TABLE).whereIn(
        'entity_ref',
        refs.slice(i, i + DELETE_CHUNK),
      );
      for (const row of rows) {
        const list = byRef.get(row.entity_ref) ?? [];
        list.push(toStoredFacts(row));
        byRef.set(row.entity_ref, list);
      }
    }
    return byRef;
  }

  async sourceHealth(): Promise<SourceHealthRow[]> {
    const counts: Array<{
      source: string;
      entities: number | string;
      failing: number | string;
      last_gathered_at: Date | number | string | null;
      failing_since: Date | number | string | null;
    }> = await this.db(TABLE)
      .select('source')
      .count({ entities: '*' })
      .select(
        this.db.raw(
          'sum(case when error is null then 0 else 1 end) as failing',
        ),
      )
      .max({ last_gathered_at: 'gathered_at' })
      .min({ failing_since: 'failing_since' })
      .groupBy('source');
    const rows: SourceHealthRow[] = [];
    for (const count of counts) {
      const failing = Number(count.failing ?? 0);
      const lastError =
        failing > 0
          ? (
              await this.db<FactsRow>(TABLE)
                .where({ source: count.source })
                .whereNotNull('error')
                .orderBy('failing_since', 'desc')
                .first('error')
            )?.error ?? undefined
          : undefined;
      rows.push({
        source: count.source,
        entities: Number(count.entities),
        failing,
        ...(count.last_gathered_at !== null
          ? { lastGatheredAt: toDate(count.last_gathered_at) }
          : {}),
        ...(count.failing_since !== null
          ? { failingSince: toDate(count.failing_since) }
          : {}),
        ...(lastError ? { lastError } : {}),
      });
    }
    return rows;
  }

  async deleteOtherEntities(source: string, keep: Set<string>) {
    const stored: Array<{ entity_ref: string }> = await this.db(TABLE)
      .where({ source })
      .select('entity_ref');
    const gone = stored
      .map(row => row.entity_ref)
      .filter(ref => !keep.has(normalize(ref)));
    let deleted = 0;
    for (let i = 0; i < gone.length; i += DELETE_CHUNK) {
      deleted += await this.db(TABLE)
        .where({ source })
        .whereIn('entity_ref', gone.slice(i, i + DELETE_CHUNK))
        .delete();
    }
    return deleted;
  }
}
