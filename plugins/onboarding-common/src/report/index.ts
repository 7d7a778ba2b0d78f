export * from './buildReport';
export * from './history';
export * from './teamSummary';
export * from './templateScores';
