export * from './readToolSourceConfig';
export * from './productionEnvironments';
