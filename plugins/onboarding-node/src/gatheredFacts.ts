import { Entity } from '@backstage/catalog-model';
import { GatheredFacts } from './FactSource';

/** Each name with the same reason: a group of facts missing or unavailable for one cause. */
export function sameReason(
  names: Iterable<string>,
  reason: string,
): Record<string, string> {
  return Object.fromEntries([...names].map(name => [name, reason]));
}

/** What a source found when every request it made was answered: the facts read, and those the tool says do not exist. */
export function foundFacts(
  facts: Record<string, unknown>,
  missing: Record<string, string> = {},
  gatheredAt: Date = new Date(),
): GatheredFacts {
  return { facts, unavailable: {}, missing, gatheredAt };
}

/**
 * Adds the facts of one gate that exist only when the project has something on that side of
 * the production line (gate 3: dev/preprod, gate 4: production); without, each of them is
 * missing with `reason`, so that the gate's criteria fail rather than read zeros.
 */
export function addGateFacts(
  into: { facts: Record<string, unknown>; missing: Record<string, string> },
  present: boolean,
  facts: Record<string, unknown>,
  reason: string,
): void {
  if (present) Object.assign(into.facts, facts);
  else Object.assign(into.missing, sameReason(Object.keys(facts), reason));
}

/** Whether the entity is a Component carrying the annotation: what sources of deployed things read. */
export function isComponentWith(entity: Entity, annotation: string): boolean {
  return (
    entity.kind.toLocaleLowerCase('en') === 'component' &&
    Boolean(entity.metadata.annotations?.[annotation])
  );
}
