export * from './types';
export * from './server';
export { allTools } from './tools';
export { loadDataset } from './dataset';
