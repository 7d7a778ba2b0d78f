export * from './readToolConnection';
export * from './productionEnvironments';
