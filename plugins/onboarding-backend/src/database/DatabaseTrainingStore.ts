import { Knex } from 'knex';
import { PerimeterId } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { SharedTraining, TrainingStore } from './TrainingStore';

const TABLE = 'onboarding_training_progress';
/** User refs per query: far below SQLite's and PostgreSQL's bound-parameter limits. */
const REF_CHUNK = 500;

interface TrainingRow {
  user_ref: string;
  perimeter: string;
  consulted: string;
  updated_at: Date | string | number;
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

const toShared = (row: TrainingRow): SharedTraining => ({
  userRef: row.user_ref,
  perimeter: row.perimeter as PerimeterId,
  consulted: JSON.parse(row.consulted) as string[],
  updatedAt: new Date(row.updated_at).toISOString(),
});

/**
 * Stores shared self-training paths in the plugin's database. The table is created by
 * the plugin's migrations, which {@link DatabaseEvaluationStore.create} runs.
 */
export class DatabaseTrainingStore implements TrainingStore {
  constructor(private readonly db: Knex) {}

  async share(
    userRef: string,
    input: { perimeter: PerimeterId; consulted: string[] },
    at: Date,
  ): Promise<void> {
    await this.db<TrainingRow>(TABLE)
      .insert({
        user_ref: lower(userRef),
        perimeter: input.perimeter,
        consulted: JSON.stringify(input.consulted),
        updated_at: at,
      })
      .onConflict('user_ref')
      .merge(['perimeter', 'consulted', 'updated_at']);
  }

  async unshare(userRef: string): Promise<boolean> {
    return (
      (await this.db(TABLE)
        .where({ user_ref: lower(userRef) })
        .delete()) > 0
    );
  }

  async get(userRef: string): Promise<SharedTraining | undefined> {
    const row = await this.db<TrainingRow>(TABLE)
      .where({ user_ref: lower(userRef) })
      .first();
    return row ? toShared(row) : undefined;
  }

  async listShared(userRefs: string[]): Promise<SharedTraining[]> {
    const refs = [...new Set(userRefs.map(lower))];
    const rows: TrainingRow[] = [];
    for (let i = 0; i < refs.length; i += REF_CHUNK) {
      rows.push(
        ...(await this.db<TrainingRow>(TABLE)
          .whereIn('user_ref', refs.slice(i, i + REF_CHUNK))
          .orderBy('user_ref')),
      );
    }
    return rows.map(toShared);
  }
}
