import { Knex } from 'knex';
import {
  CriterionResult,
  Objective,
  ObjectiveInput,
  ObjectiveTarget,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { ObjectiveHistoryRow, ObjectiveStore } from './ObjectiveStore';

const OBJECTIVES_TABLE = 'onboarding_objectives';
const EVALUATIONS_TABLE = 'onboarding_evaluations';
/** Entity refs per query: far below SQLite's and PostgreSQL's bound-parameter limits. */
const REF_CHUNK = 500;
const UNMET_STATES = new Set(['fail', 'invalid', 'unknown']);

interface ObjectiveRow {
  id: string;
  title: string;
  group_ref: string;
  target: string;
  due_date: string;
  created_by: string;
  created_at: Date | string;
  updated_by: string;
  updated_at: Date | string;
}

const iso = (value: Date | string | number) => new Date(value).toISOString();

function toObjective(row: ObjectiveRow): Objective {
  return {
    id: row.id,
    origin: 'stored',
    title: row.title,
    groupRef: row.group_ref,
    target: JSON.parse(row.target) as ObjectiveTarget,
    dueDate: row.due_date,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedBy: row.updated_by,
    updatedAt: iso(row.updated_at),
  };
}

const fieldsOf = (input: ObjectiveInput) => ({
  title: input.title,
  group_ref: input.groupRef.toLocaleLowerCase('en-US'),
  target: JSON.stringify(input.target),
  due_date: input.dueDate,
});

/**
 * Stores objectives in the plugin's database. The table is created by the plugin's
 * migrations, which {@link DatabaseEvaluationStore.create} runs.
 */
export class DatabaseObjectiveStore implements ObjectiveStore {
  constructor(private readonly db: Knex) {}

  async listObjectives(): Promise<Objective[]> {
    const rows = await this.db<ObjectiveRow>(OBJECTIVES_TABLE).orderBy([
      'due_date',
      'id',
    ]);
    return rows.map(toObjective);
  }

  async getObjective(id: string): Promise<Objective | undefined> {
    const row = await this.db<ObjectiveRow>(OBJECTIVES_TABLE)
      .where({ id })
      .first();
    return row ? toObjective(row) : undefined;
  }

  async createObjective(
    input: ObjectiveInput,
    by: { id: string; userRef: string; at: Date },
  ): Promise<Objective> {
    await this.db<ObjectiveRow>(OBJECTIVES_TABLE).insert({
      id: by.id,
      ...fieldsOf(input),
      created_by: by.userRef,
      created_at: by.at,
      updated_by: by.userRef,
      updated_at: by.at,
    });
    return (await this.getObjective(by.id))!;
  }

  async updateObjective(
    id: string,
    input: ObjectiveInput,
    by: { userRef: string; at: Date },
  ): Promise<Objective | undefined> {
    const updated = await this.db<ObjectiveRow>(OBJECTIVES_TABLE)
      .where({ id })
      .update({
        ...fieldsOf(input),
        updated_by: by.userRef,
        updated_at: by.at,
      });
    return updated ? this.getObjective(id) : undefined;
  }

  async deleteObjective(id: string): Promise<boolean> {
    return (await this.db(OBJECTIVES_TABLE).where({ id }).delete()) > 0;
  }

  async listHistorySince(
    entityRefs: string[],
    from: Date,
  ): Promise<ObjectiveHistoryRow[]> {
    const rows: Array<{
      entity_ref: string;
      evaluated_at: Date | string | number;
      step: number;
      result: string;
    }> = [];
    const refs = [
      ...new Set(entityRefs.map(r => r.toLocaleLowerCase('en-US'))),
    ];
    for (let i = 0; i < refs.length; i += REF_CHUNK) {
      const chunk = refs.slice(i, i + REF_CHUNK);
      // The weeks' changes and, per entity, the last change before them, found through
      // the (entity_ref, evaluated_at) index: never the whole history.
      rows.push(
        ...(await this.db(`${EVALUATIONS_TABLE} as e`)
          .whereIn('e.entity_ref', chunk)
          .andWhere(q =>
            q
              .where('e.evaluated_at', '>=', from)
              .orWhere(
                'e.evaluated_at',
                '=',
                this.db(`${EVALUATIONS_TABLE} as p`)
                  .max('p.evaluated_at')
                  .whereRaw('p.entity_ref = e.entity_ref')
                  .andWhere('p.evaluated_at', '<', from),
              ),
          )
          .select('e.entity_ref', 'e.evaluated_at', 'e.step', 'e.result')
          .orderBy([
            { column: 'e.evaluated_at', order: 'asc' },
            { column: 'e.id', order: 'asc' },
          ])),
      );
    }
    return rows
      .map(row => ({
        entityRef: row.entity_ref,
        evaluatedAt: new Date(row.evaluated_at),
        step: row.step,
        unmet: new Set(
          (
            (JSON.parse(row.result) as { results?: CriterionResult[] })
              .results ?? []
          )
            .filter(result => UNMET_STATES.has(result.state))
            .map(result => result.criterionId),
        ),
      }))
      .sort((a, b) => a.evaluatedAt.getTime() - b.evaluatedAt.getTime());
  }
}
