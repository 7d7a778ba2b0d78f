import { Criterion } from '../types';
import { ARGOCD_CRITERIA } from './argocd';
import { CONSOLE_CRITERIA } from './console';
import { GITLAB_CRITERIA } from './gitlab';
import { HARBOR_CRITERIA } from './harbor';
import { KYVERNO_CRITERIA } from './kyverno';
import { SONARQUBE_CRITERIA } from './sonarqube';

export { KYVERNO_AUDIT_IN_DEV_POLICIES } from './kyverno';

/**
 * Criteria judged by what the platform's tools measure, one file per fact source. Each
 * is in force only where its source is configured (see `measuredBy`).
 */
export const MEASURED_CRITERIA: readonly Criterion[] = [
  ...CONSOLE_CRITERIA,
  ...GITLAB_CRITERIA,
  ...SONARQUBE_CRITERIA,
  ...HARBOR_CRITERIA,
  ...KYVERNO_CRITERIA,
  ...ARGOCD_CRITERIA,
];
