export * from './types';
export * from './server';
export { allTools } from './tools';
export { consoleSimulator } from './tools/console';
export { gitlabSimulator } from './tools/gitlab';
export { harbor as harborSimulator, type HarborData } from './tools/harbor';
export {
  sonarqube as sonarqubeSimulator,
  type SonarQubeData,
} from './tools/sonarqube';
export { loadDataset } from './dataset';
export { kyvernoSimulator, type KyvernoData } from './tools/kyverno';
export { argocdSimulator, type ArgoCdData } from './tools/argocd';
export * from './startToolSimulator';
export * from './examples';
