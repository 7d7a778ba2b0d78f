import { ObjectiveTarget } from './types';

/**
 * Whether an entity meets an objective's target, from its evaluated step and the
 * criteria it does not meet (fail, invalid or unknown). Returns the target's criteria
 * left unmet, empty when the target is met (always empty for a step target).
 */
export function unmetTargetCriteria(
  target: ObjectiveTarget,
  entity: { step: number; unmet: ReadonlySet<string> },
): { meets: boolean; unmetCriteria: string[] } {
  if ('step' in target) {
    return { meets: entity.step >= target.step, unmetCriteria: [] };
  }
  const unmetCriteria = target.criteria.filter(id => entity.unmet.has(id));
  return { meets: unmetCriteria.length === 0, unmetCriteria };
}
