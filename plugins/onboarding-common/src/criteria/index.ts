export * from './types';
export { DEFAULT_CRITERIA } from './defaultCriteria';
export { evaluateCriterion, evaluateEntity, isApplicable } from './evaluate';
export type { EvaluationContext } from './evaluate';
export { readExemption } from './exemptions';
export { resolveCriteria, CriteriaConfigError } from './configure';
