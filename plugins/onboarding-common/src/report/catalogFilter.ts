import { StepNumber } from '../journey';

/** The next-gate verdicts the catalog's onboarding filter offers. */
export const CATALOG_FILTER_VERDICTS = ['GO', 'NO-GO'] as const;
export type CatalogFilterVerdict = (typeof CATALOG_FILTER_VERDICTS)[number];

/** A next-gate verdict as stored: `NONE` at step 5, which has no gate left. */
export type StoredGateVerdict = 'GO' | 'NO-GO' | 'NONE';

/**
 * The stored verdicts a filter verdict stands for. GO also covers step 5: every gate is
 * passed there, and the entity card says GO too.
 */
export function storedVerdictsOf(
  verdicts: readonly CatalogFilterVerdict[],
): StoredGateVerdict[] {
  return verdicts.flatMap(verdict =>
    verdict === 'GO' ? (['GO', 'NONE'] as const) : [verdict],
  );
}

/** Which entities the catalog's onboarding filter asks for; everything evaluated when empty. */
export interface CatalogFilterQuery {
  steps?: StepNumber[];
  verdicts?: CatalogFilterVerdict[];
}

/** The entities at one step whose next gate has one verdict (`NONE` at step 5, which has no gate). */
export interface CatalogFilterGroup {
  step: StepNumber;
  verdict: StoredGateVerdict;
  /** Lowercase entity refs, sorted. */
  entityRefs: string[];
}

/**
 * The entities the caller may read, grouped by step and verdict: from a single answer
 * the catalog page filters any combination of steps and verdicts.
 */
export interface CatalogFilterResult {
  groups: CatalogFilterGroup[];
  /** How many entity refs the groups hold. */
  total: number;
  /** True when more entities matched than the route returns at most (the first ones by ref are kept). */
  truncated: boolean;
}
