import { Entity } from '@backstage/catalog-model';

/**
 * What a fact source found about one entity. Facts are read by `fact:<name>` rules;
 * `unavailable` names the facts it could not provide this time and why, so that only the
 * criteria reading them are `unknown`. A name there also covers the names below it:
 * `skeleton/annotation` covers `skeleton/annotation/<any annotation>`.
 */
export interface GatheredFacts {
  facts: Record<string, unknown>;
  unavailable: Record<string, string>;
  /** When the facts were really read (earlier than now when they come from a cache). */
  gatheredAt: Date;
}

/**
 * A source of facts about entities beyond their catalog document (a template's
 * skeleton today; the console or SonarQube tomorrow).
 */
export interface FactSource {
  /** Names the source in reports, e.g. `template-skeleton`. */
  readonly id: string;
  /** The fact names (or name prefixes, as in `unavailable`) this source may provide. */
  readonly provides: readonly string[];
  /** Whether this source has anything to say about the entity. */
  appliesTo(entity: Entity): boolean;
  /**
   * Facts about an entity read from the catalog: only then may the source read what the
   * entity points to (files, URLs), from the location the catalog recorded.
   */
  gather(entity: Entity): Promise<GatheredFacts>;
  /**
   * The facts derivable from the document alone, with no reading of anything else: all
   * that is used for a document submitted to `POST /evaluate`, which is untrusted.
   */
  fromDocument?(entity: Entity): Record<string, unknown>;
}
