import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { isStepNumber } from '../journey';
import { ObjectiveInput, ObjectiveTarget } from './types';

/** Longest objective title accepted. */
export const MAX_OBJECTIVE_TITLE = 200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isIsoDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/**
 * Checks an objective as a caller or app-config.yaml gives it: returns it normalized
 * (group ref in full and lower case, criteria in the order given) with no problem, or
 * every problem found, each naming its field, so that nothing is half-saved.
 * `knownCriteria` are the ids of the criteria in force.
 */
export function validateObjectiveInput(
  value: unknown,
  knownCriteria: ReadonlySet<string>,
): { objective?: ObjectiveInput; problems: string[] } {
  if (!isRecord(value)) return { problems: ['an objective must be an object'] };
  const problems: string[] = [];
  const { title, groupRef, target, dueDate } = value;

  if (typeof title !== 'string' || !title.trim()) {
    problems.push('title: a non-empty text is required');
  } else if (title.trim().length > MAX_OBJECTIVE_TITLE) {
    problems.push(`title: at most ${MAX_OBJECTIVE_TITLE} characters`);
  }

  let group: string | undefined;
  if (typeof groupRef !== 'string' || !groupRef.trim()) {
    problems.push(
      'groupRef: a group ref (e.g. group:default/team-a) is required',
    );
  } else {
    try {
      const ref = parseEntityRef(groupRef.trim(), {
        defaultKind: 'group',
        defaultNamespace: 'default',
      });
      if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
        problems.push(`groupRef: '${groupRef}' is a ${ref.kind}, not a Group`);
      } else {
        group = stringifyEntityRef(ref).toLocaleLowerCase('en-US');
      }
    } catch {
      problems.push(`groupRef: '${groupRef}' is not an entity ref`);
    }
  }

  let checkedTarget: ObjectiveTarget | undefined;
  if (!isRecord(target)) {
    problems.push('target: { step } or { criteria } is required');
  } else if ('step' in target === 'criteria' in target) {
    problems.push('target: give either a step or criteria, not both');
  } else if ('step' in target) {
    if (!isStepNumber(target.step) || target.step < 2) {
      problems.push('target.step: a step from 2 to 5 is required');
    } else checkedTarget = { step: target.step };
  } else {
    const ids = target.criteria;
    if (
      !Array.isArray(ids) ||
      ids.length === 0 ||
      !ids.every(id => typeof id === 'string')
    ) {
      problems.push(
        'target.criteria: a non-empty list of criterion ids is required',
      );
    } else {
      const unknown = ids.filter(id => !knownCriteria.has(id));
      if (unknown.length) {
        problems.push(
          `target.criteria: unknown criteria ${unknown.join(', ')}`,
        );
      } else checkedTarget = { criteria: [...new Set(ids as string[])] };
    }
  }

  if (!isIsoDay(dueDate)) {
    problems.push('dueDate: a date as YYYY-MM-DD is required');
  }

  if (problems.length || !group || !checkedTarget) return { problems };
  return {
    objective: {
      title: (title as string).trim(),
      groupRef: group,
      target: checkedTarget,
      dueDate: dueDate as string,
    },
    problems,
  };
}
