import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { FactSource, GatheredFacts } from '../FactSource';
import { recordingLogger } from './recordingLogger';

/** One gathering as the backend runs it, with a signal never aborted and a logger that records. */
export function gatherFacts(
  source: FactSource,
  entity: Entity,
  logger: LoggerService = recordingLogger(),
): Promise<GatheredFacts> {
  return source.gather(entity, {
    signal: new AbortController().signal,
    logger,
  });
}
