/** The part of a wgpolicyk8s.io/v1alpha2 PolicyReport this source reads. */
export interface PolicyReport {
  results?: Array<{
    policy?: string;
    result?: string;
    /** Older Kyverno (< 1.10): one report per policy, each result naming its resources. */
    resources?: unknown[];
  }> | null;
}

/** Results and failures per policy name. */
export interface PolicyTally {
  checks: Map<string, number>;
  failures: Map<string, number>;
}

const add = (map: Map<string, number>, key: string, n: number) =>
  map.set(key, (map.get(key) ?? 0) + n);

/**
 * Counts results per policy across reports of either layout: one report per resource
 * (Kyverno ≥ 1.10, the resource in `scope`, one result per rule) or one per policy (each
 * result listing the resources it covers, counted once per resource).
 */
export function tallyPolicyReports(
  reports: readonly PolicyReport[],
): PolicyTally {
  const tally: PolicyTally = { checks: new Map(), failures: new Map() };
  for (const report of reports) {
    for (const result of report?.results ?? []) {
      if (
        typeof result?.policy !== 'string' ||
        typeof result.result !== 'string'
      )
        continue;
      const n =
        Array.isArray(result.resources) && result.resources.length > 0
          ? result.resources.length
          : 1;
      add(tally.checks, result.policy, n);
      if (result.result === 'fail') add(tally.failures, result.policy, n);
    }
  }
  return tally;
}
