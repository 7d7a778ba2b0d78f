import { Knex } from 'knex';
import { ConflictError } from '@backstage/errors';
import {
  FormStatus,
  FormVersion,
  FormVersionSummary,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { toDate } from '../database/DatabaseEvaluationStore';
import { FormAnswerStore, SaveFormAnswersInput } from './FormAnswerStore';

const TABLE = 'onboarding_form_answers';

interface FormRow {
  entity_ref: string;
  form_id: string;
  version: number;
  status: string;
  answers: string;
  author: string;
  saved_at: Date | number | string;
}

const normalize = (ref: string) => ref.toLocaleLowerCase('en-US');

function summaryOf(row: Omit<FormRow, 'answers'>): FormVersionSummary {
  return {
    entityRef: row.entity_ref,
    formId: row.form_id,
    version: Number(row.version),
    status: row.status as FormStatus,
    author: row.author,
    savedAt: toDate(row.saved_at).toISOString(),
  };
}

const versionOf = (row: FormRow): FormVersion => ({
  ...summaryOf(row),
  answers: JSON.parse(row.answers),
});

/** Stores form answers in the plugin's database (the migrations create the table). */
export class DatabaseFormAnswerStore implements FormAnswerStore {
  constructor(private readonly db: Knex) {}

  async save(input: SaveFormAnswersInput): Promise<FormVersion> {
    const key = {
      entity_ref: normalize(input.entityRef),
      form_id: input.formId,
    };
    try {
      return await this.db.transaction(async tx => {
        const last = await tx<FormRow>(TABLE)
          .where(key)
          .max<{ max: number | null }>('version as max')
          .first();
        const row: FormRow = {
          ...key,
          version: Number(last?.max ?? 0) + 1,
          status: input.status,
          answers: JSON.stringify(input.answers),
          author: input.author,
          saved_at: input.savedAt,
        };
        await tx<FormRow>(TABLE).insert(row);
        return versionOf(row);
      });
    } catch (error) {
      // Two saves at once took the same number: the primary key refused the second.
      if (await this.exists(key)) {
        throw new ConflictError(
          `Someone else saved the ${input.formId} form of ${input.entityRef} at the same time; reload and save again`,
        );
      }
      throw error;
    }
  }

  private async exists(key: { entity_ref: string; form_id: string }) {
    return Boolean(await this.db(TABLE).where(key).first('version'));
  }

  async get(
    entityRef: string,
    formId: string,
    version?: number,
  ): Promise<FormVersion | undefined> {
    const query = this.db<FormRow>(TABLE).where({
      entity_ref: normalize(entityRef),
      form_id: formId,
    });
    if (version !== undefined) query.andWhere({ version });
    const row = await query.orderBy('version', 'desc').first();
    return row ? versionOf(row) : undefined;
  }

  async listVersions(
    entityRef: string,
    formId: string,
  ): Promise<FormVersionSummary[]> {
    const rows = await this.db<FormRow>(TABLE)
      .where({ entity_ref: normalize(entityRef), form_id: formId })
      .orderBy('version', 'desc')
      .select(
        'entity_ref',
        'form_id',
        'version',
        'status',
        'author',
        'saved_at',
      );
    return rows.map(summaryOf);
  }

  async latestSubmitted(entityRef: string): Promise<FormVersion[]> {
    const rows = await this.db<FormRow>(TABLE)
      .where({ entity_ref: normalize(entityRef), status: 'submitted' })
      .orderBy([
        { column: 'form_id', order: 'asc' },
        { column: 'version', order: 'desc' },
      ]);
    const seen = new Set<string>();
    return rows
      .filter(row => !seen.has(row.form_id) && seen.add(row.form_id))
      .map(versionOf);
  }

  async allLatestSubmitted(): Promise<FormVersion[]> {
    const latest = this.db(TABLE)
      .where({ status: 'submitted' })
      .groupBy('entity_ref', 'form_id')
      .select('entity_ref', 'form_id')
      .max('version as version')
      .as('l');
    const rows: FormRow[] = await this.db(`${TABLE} as a`)
      .join(latest, function onLatest() {
        this.on('a.entity_ref', '=', 'l.entity_ref')
          .andOn('a.form_id', '=', 'l.form_id')
          .andOn('a.version', '=', 'l.version');
      })
      .select('a.*');
    return rows.map(versionOf);
  }
}
