export * from './types';
export * from './server';
export { allTools } from './tools';
export { loadDataset } from './dataset';
export type { KyvernoData } from './tools/kyverno';
export type { ArgoCdData } from './tools/argocd';
