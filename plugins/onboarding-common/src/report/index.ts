export * from './buildReport';
export * from './criteriaDocument';
export * from './declaredStepReport';
export * from './joinCriteria';
export * from './remediationLinks';
export * from './history';
export * from './teamSummary';
export * from './templateScores';
