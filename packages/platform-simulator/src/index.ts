export * from './types';
export * from './server';
export { allTools } from './tools';
export { loadDataset } from './dataset';
export { kyvernoSimulator, type KyvernoData } from './tools/kyverno';
export { argocdSimulator, type ArgoCdData } from './tools/argocd';
export * from './startToolSimulator';
export * from './examples';
