import { Criterion } from './types';

/**
 * The criteria in force given the fact sources configured: a measured criterion only
 * where its source is configured, and then in place of the declared criteria it replaces;
 * everything else as it is. Measurement wins over declaration wherever it is possible.
 */
export function criteriaForSources(
  criteria: readonly Criterion[],
  configuredSources: ReadonlySet<string>,
): Criterion[] {
  const measured = criteria.filter(
    c => c.measuredBy && configuredSources.has(c.measuredBy),
  );
  const replaced = new Set(measured.flatMap(c => c.replaces ?? []));
  return criteria.filter(c =>
    c.measuredBy ? configuredSources.has(c.measuredBy) : !replaced.has(c.id),
  );
}

/**
 * Steps whose gate rests on declarations only: no measured criterion in force among
 * their blocking criteria, though measured criteria exist for that gate. Users are told,
 * so that a GO there is read as "declared", not "measured".
 */
export function gatesOnDeclarations(
  inForce: readonly Criterion[],
  all: readonly Criterion[],
): number[] {
  const measurable = new Set(
    all.filter(c => c.measuredBy && c.severity === 'blocking').map(c => c.step),
  );
  const measured = new Set(
    inForce
      .filter(c => c.measuredBy && c.severity === 'blocking')
      .map(c => c.step),
  );
  return [...measurable].filter(step => !measured.has(step)).sort();
}
