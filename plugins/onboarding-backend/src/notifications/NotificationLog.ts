import { Knex } from 'knex';
import { NotificationEventKind } from './changeEvents';

const TABLE = 'onboarding_notifications';

/**
 * The notifications already sent, shared by every backend instance through the
 * database: claiming one inserts its row, or finds it there.
 */
export class NotificationLog {
  constructor(private readonly db: Knex) {}

  /**
   * Claims the notification of one change. True only for the one caller that inserted
   * the row: any other instance, or this one after a restart, finds it and sends nothing.
   */
  async claim(claim: {
    entityRef: string;
    event: NotificationEventKind;
    changeKey: string;
    at: Date;
  }): Promise<boolean> {
    const inserted = await this.db(TABLE)
      .insert({
        entity_ref: claim.entityRef.toLocaleLowerCase('en-US'),
        event: claim.event,
        change_key: claim.changeKey,
        sent_at: claim.at,
      })
      .onConflict(['entity_ref', 'event', 'change_key'])
      .ignore()
      .returning('entity_ref');
    return inserted.length === 1;
  }

  /** Forgets the claims older than the cutoff (the changes they cover are long past). */
  async deleteOlderThan(cutoff: Date): Promise<number> {
    return this.db(TABLE).where('sent_at', '<', cutoff).delete();
  }
}
