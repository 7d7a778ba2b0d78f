import { Knex } from 'knex';
import { GateReview } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { toDate } from '../database/DatabaseEvaluationStore';
import { GateReviewStore, NewGateReview } from './GateReviewStore';

const TABLE = 'onboarding_gate_reviews';

interface ReviewRow {
  id: number | string;
  entity_ref: string;
  gate: number;
  decision: string;
  reservations: string;
  decided_on: string;
  reviewers: string;
  comment: string | null;
  minutes_url: string | null;
  supersedes: number | string | null;
  recorded_by: string;
  recorded_at: Date | number | string;
}

const normalize = (ref: string) => ref.toLocaleLowerCase('en-US');

function fromRow(row: ReviewRow): GateReview {
  return {
    // PostgreSQL returns bigint columns as strings.
    id: Number(row.id),
    entityRef: row.entity_ref,
    gate: row.gate as GateReview['gate'],
    decision: row.decision as GateReview['decision'],
    reservations: JSON.parse(row.reservations),
    decidedOn: row.decided_on,
    reviewers: JSON.parse(row.reviewers),
    ...(row.comment ? { comment: row.comment } : {}),
    ...(row.minutes_url ? { minutesUrl: row.minutes_url } : {}),
    ...(row.supersedes !== null ? { supersedes: Number(row.supersedes) } : {}),
    recordedBy: row.recorded_by,
    recordedAt: toDate(row.recorded_at).toISOString(),
  };
}

/** Gate reviews in the plugin's database (migration 20261210 creates the table). */
export class DatabaseGateReviewStore implements GateReviewStore {
  constructor(private readonly db: Knex) {}

  async addReview(review: NewGateReview): Promise<GateReview> {
    const [inserted] = await this.db<ReviewRow>(TABLE).insert(
      {
        entity_ref: normalize(review.entityRef),
        gate: review.gate,
        decision: review.decision,
        reservations: JSON.stringify(review.reservations),
        decided_on: review.decidedOn,
        reviewers: JSON.stringify(review.reviewers),
        comment: review.comment ?? null,
        minutes_url: review.minutesUrl ?? null,
        supersedes: review.supersedes ?? null,
        recorded_by: review.recordedBy,
        recorded_at: review.recordedAt,
      },
      ['id'],
    );
    const id = Number(typeof inserted === 'object' ? inserted.id : inserted);
    return (await this.getReview(review.entityRef, id))!;
  }

  async listReviews(entityRef: string): Promise<GateReview[]> {
    const rows = await this.db<ReviewRow>(TABLE)
      .where({ entity_ref: normalize(entityRef) })
      .orderBy('id', 'desc');
    return rows.map(fromRow);
  }

  async getReview(
    entityRef: string,
    id: number,
  ): Promise<GateReview | undefined> {
    const row = await this.db<ReviewRow>(TABLE)
      .where({ entity_ref: normalize(entityRef), id })
      .first();
    return row ? fromRow(row) : undefined;
  }
}
