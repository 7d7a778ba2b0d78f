export * from './types';
export {
  DEFAULT_CRITERIA,
  ENTITY_CRITERIA,
  withConsoleHosts,
} from './defaultCriteria';
export {
  TEMPLATE_CREATES_CRITERION,
  TEMPLATE_CRITERIA,
  TEMPLATE_FACTS,
} from './templateCriteria';
export { MEASURED_CRITERIA, KYVERNO_AUDIT_IN_DEV_POLICIES } from './measured';
export { criteriaForSources, gatesOnDeclarations } from './sourceSelection';
export * from './templateScore';
export { evaluateCriterion, evaluateEntity, isApplicable } from './evaluate';
export type { EvaluationContext } from './evaluate';
export { readExemption } from './exemptions';
export { resolveCriteria, CriteriaConfigError } from './configure';
