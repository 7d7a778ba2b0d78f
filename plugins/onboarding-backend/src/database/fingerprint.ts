import { createHash } from 'node:crypto';
import { EntityEvaluation } from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** JSON with object keys sorted, so that equal values always give the same text. */
function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) => {
    if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
      return Object.fromEntries(
        Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    }
    return nested;
  });
}

/** SHA-256 of a value's key-order-independent JSON. */
export function stableHash(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex');
}

/**
 * Identifies a result. An evaluation holds no timestamp, so two evaluations with
 * the same outcome under the same criteria have the same fingerprint.
 */
export function fingerprintOf(
  evaluation: EntityEvaluation,
  criteriaVersion: string,
): string {
  return stableHash({ criteriaVersion, evaluation });
}
