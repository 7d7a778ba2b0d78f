import { Criterion } from '../types';
import { CONSOLE_CRITERIA } from './console';
import { GITLAB_CRITERIA } from './gitlab';

/**
 * Criteria judged by what the platform's tools measure, one file per fact source. Each
 * is in force only where its source is configured (see `measuredBy`).
 */
export const MEASURED_CRITERIA: readonly Criterion[] = [
  ...CONSOLE_CRITERIA,
  ...GITLAB_CRITERIA,
];
