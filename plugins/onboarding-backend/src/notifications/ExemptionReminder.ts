import { EvaluationStore } from '../database';
import { expiringExemptions } from './changeEvents';
import { NotificationLog } from './NotificationLog';
import { OnboardingNotifier } from './OnboardingNotifier';

const DAY_MS = 24 * 60 * 60 * 1000;
const PAGE = 500;

/**
 * The daily reminder of exemptions about to end: reads the latest results that exempt a
 * criterion, one page at a time, and notifies each exemption once (per criterion and
 * last day: a renewed exemption is a new one).
 */
export class ExemptionReminder {
  constructor(
    private readonly deps: {
      store: EvaluationStore;
      notifier: OnboardingNotifier;
      log: NotificationLog;
      noticeDays: number;
      retentionDays: number;
      now?: () => Date;
    },
  ) {}

  /** Sends the reminders due today; returns how many were sent. */
  async run(): Promise<number> {
    const now = this.deps.now?.() ?? new Date();
    let sent = 0;
    let after: string | undefined;
    for (;;) {
      const page = await this.deps.store.listLatestExempted({
        after,
        limit: PAGE,
      });
      for (const latest of page) {
        for (const event of expiringExemptions(
          latest.evaluation,
          now,
          this.deps.noticeDays,
        )) {
          // Not the days left, which change daily: one reminder per exemption.
          sent += await this.deps.notifier.notify(latest, [
            {
              event,
              key: { criterionId: event.criterionId, expires: event.expires },
            },
          ]);
        }
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1].entityRef;
    }
    // Claims go with the history's retention, never before their exemption's notice
    // window is past (or the same exemption would be recalled again).
    const keepDays = Math.max(
      this.deps.retentionDays,
      this.deps.noticeDays + 2,
    );
    await this.deps.log.deleteOlderThan(
      new Date(now.getTime() - keepDays * DAY_MS),
    );
    return sent;
  }
}
