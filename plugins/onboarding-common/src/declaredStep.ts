import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_ONBOARDING_STEP } from './annotations';
import { StepNumber } from './journey';

/** What an entity declares about its onboarding step, read from its annotation. */
export type DeclaredStep =
  | { state: 'missing' }
  | { state: 'declared'; step: StepNumber }
  /** The annotation is there but is not a step number; `value` is what was found. */
  | { state: 'invalid'; value: string };

/**
 * Reads the step an entity declares in `cloud-pi-native.fr/onboarding-step`.
 * Only a whole number from 1 to 5 is accepted (surrounding spaces tolerated):
 * `"3.0"`, `"step 3"` or `"6"` are reported as invalid rather than guessed at.
 */
export function readDeclaredStep(entity: Entity): DeclaredStep {
  const raw: unknown =
    entity.metadata?.annotations?.[ANNOTATION_ONBOARDING_STEP];
  if (raw === undefined) {
    return { state: 'missing' };
  }
  // Catalog annotations are strings; anything else (from a raw document) is reported as found.
  if (typeof raw !== 'string') {
    return { state: 'invalid', value: JSON.stringify(raw) ?? String(raw) };
  }
  const match = /^\s*([1-5])\s*$/.exec(raw);
  if (!match) {
    return { state: 'invalid', value: raw };
  }
  return { state: 'declared', step: Number(match[1]) as StepNumber };
}
