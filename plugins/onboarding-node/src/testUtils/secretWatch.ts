import { Entity } from '@backstage/catalog-model';
import { FactSource, GatheredFacts } from '../FactSource';
import { recordingLogger, RecordingLogger } from './recordingLogger';

/** Watches what sources say (log lines, errors, unavailable and missing reasons) for secrets. */
export interface SecretWatch {
  /** The logger to give the sources watched. */
  logger: RecordingLogger;
  /** Every message seen besides log lines: errors with their stacks, reasons. */
  readonly messages: string[];
  /** Gathers with the watch's logger, keeping what the gathering says; failures are rethrown. */
  gather(source: FactSource, entity: Entity): Promise<GatheredFacts>;
  /** Keeps what a gathering made outside `gather` said: its result, or its error. */
  record(outcome: GatheredFacts | unknown): void;
  /** The secrets (in any of the forms given) found in a log line or a message: expect none. */
  leaks(): string[];
}

/**
 * Watches for `secrets`, given in every form they travel in (e.g. the token and its
 * base64 Basic form), so that a test can check none ever reaches a log or a message.
 */
export function secretWatch(secrets: string[]): SecretWatch {
  const logger = recordingLogger();
  const messages: string[] = [];
  const record = (outcome: GatheredFacts | unknown) => {
    if (outcome instanceof Error) {
      messages.push(String(outcome), outcome.stack ?? '');
    } else if (outcome && typeof outcome === 'object' && 'facts' in outcome) {
      const gathered = outcome as GatheredFacts;
      messages.push(
        ...Object.values(gathered.unavailable),
        ...Object.values(gathered.missing ?? {}),
      );
    } else {
      messages.push(String(outcome));
    }
  };
  return {
    logger,
    messages,
    record,
    async gather(source, entity) {
      try {
        const gathered = await source.gather(entity, {
          signal: new AbortController().signal,
          logger,
        });
        record(gathered);
        return gathered;
      } catch (error) {
        record(error);
        throw error;
      }
    },
    leaks() {
      const seen = `${logger.text()}\n${messages.join('\n')}`;
      return secrets.filter(secret => seen.includes(secret));
    },
  };
}
