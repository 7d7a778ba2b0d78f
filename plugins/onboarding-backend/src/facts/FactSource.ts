import { Entity } from '@backstage/catalog-model';

/** What a fact source found about one entity: facts read by `fact:<name>` rules, or that it could not answer. */
export type GatheredFacts =
  | { facts: Record<string, unknown> }
  | { unavailable: string };

/**
 * A source of facts about entities beyond their catalog document (a template's
 * skeleton today; the console or SonarQube tomorrow).
 */
export interface FactSource {
  /** Whether this source has anything to say about the entity. */
  appliesTo(entity: Entity): boolean;
  gather(entity: Entity): Promise<GatheredFacts>;
}
