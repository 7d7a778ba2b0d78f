import { Criterion } from '../types';
import { ARGOCD_CRITERIA } from './argocd';
import { KYVERNO_CRITERIA } from './kyverno';

export { KYVERNO_AUDIT_IN_DEV_POLICIES } from './kyverno';

/**
 * Criteria judged by what the platform's tools measure, one file per fact source. Each
 * is in force only where its source is configured (see `measuredBy`).
 */
export const MEASURED_CRITERIA: readonly Criterion[] = [
  ...KYVERNO_CRITERIA,
  ...ARGOCD_CRITERIA,
];
