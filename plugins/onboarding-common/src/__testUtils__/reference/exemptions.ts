// The evaluator as it was before rules were compiled (commit d2fe9ab), kept verbatim as an
// independent oracle for the equivalence property tests. Not used by the package itself.
import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_EXEMPTION_PREFIX } from '../../annotations';
import { parseIsoDate } from './evaluateRule';
import { ExemptionInfo } from '../../criteria/types';

const EXEMPTION = /^\s*(\S+?)\s*:\s*(.*)$/s;

/** Tells whether an entity declares any exemption, so entities without one skip the per-criterion lookups. */
export function hasExemptions(entity: Entity): boolean {
  const annotations = entity.metadata?.annotations;
  if (!annotations) return false;
  for (const key in annotations) {
    if (key.startsWith(ANNOTATION_EXEMPTION_PREFIX)) return true;
  }
  return false;
}

/** Reads the exemption an entity declares for a criterion, if any. */
export function readExemption(
  entity: Entity,
  criterionId: string,
  now: Date,
): ExemptionInfo | undefined {
  const raw: unknown =
    entity.metadata?.annotations?.[
      `${ANNOTATION_EXEMPTION_PREFIX}${criterionId}`
    ];
  if (raw === undefined) return undefined;
  const value =
    typeof raw === 'string' ? raw : JSON.stringify(raw) ?? String(raw);
  const match = EXEMPTION.exec(value);
  const date = match ? parseIsoDate(match[1]) : undefined;
  const reason = match?.[2].trim();
  if (!date || !reason) {
    return { state: 'invalid', value };
  }
  const expires = match![1];
  // An exemption is valid through its expiry day (UTC).
  const expired = date.getTime() + 24 * 60 * 60 * 1000 <= now.getTime();
  return { state: expired ? 'expired' : 'active', value, reason, expires };
}
