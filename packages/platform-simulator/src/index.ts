export * from './types';
export * from './server';
export { allTools } from './tools';
export { loadDataset } from './dataset';
export { recordingLogger } from './recordingLogger';
export type { RecordingLogger, RecordedLine } from './recordingLogger';
export { kyvernoSimulator, type KyvernoData } from './tools/kyverno';
export { argocdSimulator, type ArgoCdData } from './tools/argocd';
