import { Criterion } from '../types';
import { HARBOR_CRITERIA } from './harbor';
import { SONARQUBE_CRITERIA } from './sonarqube';

/**
 * Criteria judged by what the platform's tools measure, one file per fact source. Each
 * is in force only where its source is configured (see `measuredBy`).
 */
export const MEASURED_CRITERIA: readonly Criterion[] = [
  // one line per fact source
  ...SONARQUBE_CRITERIA,
  ...HARBOR_CRITERIA,
];
