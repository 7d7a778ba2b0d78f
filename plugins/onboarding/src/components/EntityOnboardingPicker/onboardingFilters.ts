import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { EntityFilter } from '@backstage/plugin-catalog-react';
import {
  CatalogFilterResult,
  CatalogFilterVerdict,
  StepNumber,
  storedVerdictsOf,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** A catalog filter predicate, as catalog filters hand them to the catalog backend. */
type FilterPredicate = NonNullable<
  ReturnType<NonNullable<EntityFilter['getCatalogQuery']>>
>;

/** The keys of the two filters in the catalog's filter state and in the page's URL (`filters[...]`). */
export const ONBOARDING_STEP_FILTER = 'onboardingStep';
export const ONBOARDING_VERDICT_FILTER = 'onboardingVerdict';

/** A catalog predicate matching exactly these entities (none when empty), grouped by kind and namespace. */
export function predicateOfRefs(refs: Iterable<string>): FilterPredicate {
  const names = new Map<
    string,
    { kind: string; namespace: string; names: string[] }
  >();
  for (const ref of refs) {
    const { kind, namespace, name } = parseEntityRef(ref);
    const key = `${kind}:${namespace}`;
    const group = names.get(key) ?? { kind, namespace, names: [] };
    group.names.push(name);
    names.set(key, group);
  }
  // `$any` of nothing matches nothing: the catalog backend compiles it to `1 = 0`.
  return {
    $any: [...names.values()].map(group => ({
      kind: group.kind,
      'metadata.namespace': group.namespace,
      'metadata.name': { $in: group.names },
    })),
  } as FilterPredicate;
}

/**
 * Entities whose stored onboarding result matches: the catalog backend gets their refs
 * as a predicate (so paged catalog lists are filtered on the server), and each entity
 * the list receives is checked again on the client.
 */
abstract class OnboardingRefsFilter<T extends string | number>
  implements EntityFilter
{
  private readonly refs: Set<string>;

  constructor(
    readonly values: T[],
    index: CatalogFilterResult,
    matches: (group: CatalogFilterResult['groups'][number]) => boolean,
  ) {
    this.refs = new Set(
      index.groups.filter(matches).flatMap(group => group.entityRefs),
    );
  }

  getCatalogQuery(): FilterPredicate {
    return predicateOfRefs(this.refs);
  }

  filterEntity(entity: Entity): boolean {
    return this.refs.has(stringifyEntityRef(entity).toLocaleLowerCase('en-US'));
  }

  toQueryValue(): string[] {
    return this.values.map(String);
  }
}

/** Entities at one of these journey steps. */
export class EntityOnboardingStepFilter extends OnboardingRefsFilter<StepNumber> {
  constructor(steps: StepNumber[], index: CatalogFilterResult) {
    super(steps, index, group => steps.includes(group.step));
  }
}

/** Entities whose next gate has one of these verdicts. */
export class EntityOnboardingVerdictFilter extends OnboardingRefsFilter<CatalogFilterVerdict> {
  constructor(verdicts: CatalogFilterVerdict[], index: CatalogFilterResult) {
    const stored = storedVerdictsOf(verdicts);
    super(verdicts, index, group => stored.includes(group.verdict));
  }
}

/** How many entities of the index stand at each step, and with each verdict. */
export function countIndex(index: CatalogFilterResult): {
  steps: Record<number, number>;
  verdicts: Record<string, number>;
} {
  const steps: Record<number, number> = {};
  const verdicts: Record<string, number> = {};
  for (const group of index.groups) {
    steps[group.step] = (steps[group.step] ?? 0) + group.entityRefs.length;
    // Step 5 (no gate left) counts as GO, as the filter matches it.
    const verdict = group.verdict === 'NONE' ? 'GO' : group.verdict;
    verdicts[verdict] = (verdicts[verdict] ?? 0) + group.entityRefs.length;
  }
  return { steps, verdicts };
}
