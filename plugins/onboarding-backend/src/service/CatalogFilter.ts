import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CatalogFilterGroup,
  CatalogFilterQuery,
  CatalogFilterResult,
  StepNumber,
  storedVerdictsOf,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EvaluationStore, StepVerdictRow } from '../database';
import { catalogReadScope, visibleAmong } from './catalogVisibility';

/**
 * At most this many entity refs per answer: a catalog page filtering a larger estate gets
 * the first ones by ref and `truncated` (about 45 bytes a ref, under a megabyte).
 */
export const MAX_CATALOG_FILTER_REFS = 20_000;

/** Groups rows (sorted by ref) by step and verdict, keeping each group's refs sorted. */
export function groupByStepAndVerdict(
  rows: StepVerdictRow[],
): CatalogFilterGroup[] {
  const groups = new Map<string, CatalogFilterGroup>();
  for (const row of rows) {
    const key = `${row.step}|${row.verdict}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        step: row.step as StepNumber,
        verdict: row.verdict,
        entityRefs: [],
      };
      groups.set(key, group);
    }
    group.entityRefs.push(row.entityRef);
  }
  return [...groups.values()].sort(
    (a, b) => a.step - b.step || a.verdict.localeCompare(b.verdict),
  );
}

/**
 * The catalog page's onboarding filter: which entities stand at which step with which
 * next-gate verdict, from the stored latest results, restricted to what the caller may
 * read in the catalog (one permission decision, then the catalog in batches only when
 * that decision is conditional).
 */
export class CatalogFilter {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      store: EvaluationStore;
      maxRefs?: number;
    },
  ) {}

  async getCatalogFilter(
    query: CatalogFilterQuery,
    credentials: BackstageCredentials,
  ): Promise<CatalogFilterResult> {
    const max = this.deps.maxRefs ?? MAX_CATALOG_FILTER_REFS;
    const scope = await catalogReadScope(this.deps.permissions, credentials);
    if (scope === 'none') return { groups: [], total: 0, truncated: false };
    // One row more than returned tells whether there were more.
    const rows = await this.deps.store.listStepVerdicts({
      ...(query.steps?.length ? { steps: query.steps } : {}),
      ...(query.verdicts?.length
        ? { verdicts: storedVerdictsOf(query.verdicts) }
        : {}),
      limit: max + 1,
    });
    const truncated = rows.length > max;
    let kept = truncated ? rows.slice(0, max) : rows;
    if (scope === 'some') {
      const visible = await visibleAmong(
        this.deps.catalog,
        kept.map(row => row.entityRef),
        credentials,
      );
      kept = kept.filter(row => visible.has(row.entityRef));
    }
    return {
      groups: groupByStepAndVerdict(kept),
      total: kept.length,
      truncated,
    };
  }
}
