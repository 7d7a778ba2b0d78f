import { InputError } from '@backstage/errors';
import {
  PerimeterId,
  RESOURCES,
  Resource,
  STEP_NUMBERS,
  StepNumber,
  isPerimeterId,
} from '../journey';

/**
 * Names a resource within the journey: its step and its address (a few addresses are
 * recommended at several steps, and count once per step).
 */
export function trainingResourceId(resource: Resource): string {
  return `${resource.step}:${resource.url}`;
}

/** The resources of a step for a perimeter: those written for it and those for everyone. */
export function trainingResources(
  perimeter: PerimeterId,
  step: StepNumber,
): Resource[] {
  const seen = new Set<string>();
  return RESOURCES.filter(r => {
    if (r.step !== step || (r.perimeter !== 'all' && r.perimeter !== perimeter))
      return false;
    const id = trainingResourceId(r);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** What a person has consulted of a step's resources. */
export interface TrainingStepProgress {
  step: StepNumber;
  total: number;
  consulted: number;
  /** Every resource of the step consulted (a step with none counts as covered). */
  covered: boolean;
}

/** A person's self-training path: per step, and the step they have reached. */
export interface TrainingProgress {
  perimeter: PerimeterId;
  steps: TrainingStepProgress[];
  /**
   * The first step, in the journey's chronological order, whose resources are not all
   * consulted; 5 once every step is covered.
   */
  reachedStep: StepNumber;
  /** Every step covered. */
  complete: boolean;
}

/** The progress of a person's path, counting only the consulted ids that name a resource of it. */
export function trainingProgress(
  perimeter: PerimeterId,
  consulted: Iterable<string>,
): TrainingProgress {
  const done = new Set(consulted);
  const steps = STEP_NUMBERS.map(step => {
    const ids = trainingResources(perimeter, step).map(trainingResourceId);
    const count = ids.filter(id => done.has(id)).length;
    return {
      step,
      total: ids.length,
      consulted: count,
      covered: count === ids.length,
    };
  });
  const firstOpen = steps.find(s => !s.covered);
  return {
    perimeter,
    steps,
    reachedStep: firstOpen?.step ?? 5,
    complete: !firstOpen,
  };
}

/** What a person publishes of their path when they share it with their teams. */
export interface SharedTrainingInput {
  perimeter: PerimeterId;
  /** Ids of the resources consulted (see {@link trainingResourceId}). */
  consulted: string[];
}

/** Whether a person shares their path with their teams, and what they shared. */
export interface SharedTrainingState {
  shared: boolean;
  perimeter?: PerimeterId;
  consulted?: string[];
  /** When the shared path was last published (ISO 8601). */
  updatedAt?: string;
}

const KNOWN_IDS = new Set(RESOURCES.map(trainingResourceId));

/** Whether an id names a resource of the journey (ids of removed resources do not). */
export function isTrainingResourceId(id: string): boolean {
  return KNOWN_IDS.has(id);
}

/**
 * Checks a published path: a known perimeter and known resource ids (duplicates are
 * dropped). Throws an InputError that names what is wrong.
 */
export function validateSharedTraining(input: unknown): SharedTrainingInput {
  const value = (input ?? {}) as Record<string, unknown>;
  if (!isPerimeterId(value.perimeter)) {
    throw new InputError(
      `perimeter must be one of technical, project-management, governance; got ${JSON.stringify(
        value.perimeter,
      )}`,
    );
  }
  if (
    !Array.isArray(value.consulted) ||
    value.consulted.some(id => typeof id !== 'string')
  ) {
    throw new InputError('consulted must be a list of resource ids');
  }
  const unknown = (value.consulted as string[]).filter(
    id => !KNOWN_IDS.has(id),
  );
  if (unknown.length > 0) {
    throw new InputError(
      `Unknown resource ids in consulted: ${unknown.slice(0, 3).join(', ')}${
        unknown.length > 3 ? ` (and ${unknown.length - 3} more)` : ''
      }`,
    );
  }
  return {
    perimeter: value.perimeter,
    consulted: [...new Set(value.consulted as string[])],
  };
}
