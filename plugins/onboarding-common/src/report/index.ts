export * from './buildReport';
export * from './history';
