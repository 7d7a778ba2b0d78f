import { Entity } from '@backstage/catalog-model';
import { LoggerService } from '@backstage/backend-plugin-api';

/** The kinds of value a fact holds, as rules read them. */
export type FactType = 'boolean' | 'number' | 'string' | 'list' | 'object';

/** One fact a source provides, named `<source id>/<name>` and read by `fact:<source id>/<name>` rules. */
export interface FactDefinition {
  /** Full name, e.g. `sonarqube/qualityGate`. */
  name: string;
  type: FactType;
  /** What the value means, for administrators and the docs. */
  description: string;
}

/**
 * What a source found about one entity.
 * - `facts`: the values it read.
 * - `unavailable`: facts it could not provide this time (the tool did not answer, a file
 *   could not be read), name → reason. Their criteria are `unknown`, never `fail`. A name
 *   also covers the names below it (`sonarqube` covers `sonarqube/qualityGate`).
 * - `missing`: facts about something the tool says does not exist (a project key
 *   SonarQube does not know), name → reason. Their criteria `fail` with that reason: the
 *   evidence the gate asks for is not there.
 */
export interface GatheredFacts {
  facts: Record<string, unknown>;
  unavailable: Record<string, string>;
  missing?: Record<string, string>;
  /** When the facts were really read. */
  gatheredAt: Date;
}

/** What the backend hands a source for one gathering. */
export interface FactGatheringContext {
  /** Aborted when the gathering times out or the backend stops: pass it to every request. */
  signal: AbortSignal;
  logger: LoggerService;
}

/**
 * A source of facts about catalog entities beyond their catalog document: the Cloud Pi
 * Native console, SonarQube, Harbor, Kyverno, Argo CD, GitLab, a template's skeleton.
 *
 * The backend runs every source the same way: on its own schedule, on one instance at a
 * time, with a timeout, bounded concurrency, a circuit breaker and stored results with
 * their gathering time. A source only says what it reads and how.
 */
export interface FactSource {
  /** Short, stable id (letters, digits, dashes): names the source in facts, reports and config. */
  readonly id: string;
  /** A human title for the sources list, e.g. `SonarQube (https://sonar.example.gouv.fr)`. */
  readonly title: string;
  /** Set when the source answers from a simulator rather than the real tool, so that users are told. */
  readonly simulated?: boolean;
  /** Every fact the source may provide. */
  readonly provides: readonly FactDefinition[];
  /**
   * Set when the source's facts are only another way to meet criteria that declarations
   * also meet (the answers to the portal's forms): where they are not read (a submitted
   * document), the criteria read the declarations alone rather than being `unknown`.
   */
  readonly complementsDeclarations?: boolean;
  /** Whether the source has anything to say about the entity (e.g. it carries the annotation the source needs). */
  appliesTo(entity: Entity): boolean;
  /**
   * Reads the facts about a catalog entity. Only ever called with entities read from the
   * catalog, never with a submitted document. Should not throw for an answer it
   * understands (put it in `unavailable` or `missing`); a thrown error makes every fact of
   * the source unavailable for this entity, with the error's message.
   */
  gather(entity: Entity, context: FactGatheringContext): Promise<GatheredFacts>;
  /**
   * The facts derivable from the entity document alone, reading nothing else: used for
   * documents submitted to `POST /evaluate`, which are untrusted.
   */
  fromDocument?(entity: Entity): Record<string, unknown>;
}
