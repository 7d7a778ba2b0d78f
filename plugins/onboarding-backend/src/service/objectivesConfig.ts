import { Config } from '@backstage/config';
import {
  Objective,
  validateObjectiveInput,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** Ids of objectives: the ones declared in app-config.yaml and the generated ones alike. */
export const OBJECTIVE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Reads `onboarding.objectives`: objectives declared in app-config.yaml, read-only in
 * the portal. Every problem of every entry is reported at once, each with its config
 * path, and stops the backend at start-up.
 */
export function readConfiguredObjectives(
  config: Config,
  knownCriteria: ReadonlySet<string>,
): Objective[] {
  const entries = config.getOptionalConfigArray('onboarding.objectives') ?? [];
  const problems: string[] = [];
  const objectives: Objective[] = [];
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const path = `onboarding.objectives[${index}]`;
    const raw = entry.get<Record<string, unknown>>();
    const id = raw.id;
    if (typeof id !== 'string' || !OBJECTIVE_ID.test(id)) {
      problems.push(
        `${path}.id: lower-case letters, digits and dashes (at most 64) are required`,
      );
    } else if (ids.has(id)) {
      problems.push(`${path}.id: '${id}' is declared twice`);
    } else ids.add(id);
    const { objective, problems: found } = validateObjectiveInput(
      raw,
      knownCriteria,
    );
    problems.push(...found.map(problem => `${path}.${problem}`));
    if (objective && typeof id === 'string') {
      objectives.push({ ...objective, id, origin: 'config' });
    }
  });
  if (problems.length) {
    throw new Error(
      `Invalid onboarding.objectives in app-config.yaml:\n- ${problems.join(
        '\n- ',
      )}`,
    );
  }
  return objectives;
}
