import { ToolSimulator } from '../types';
import { argocdSimulator } from './argocd';
import { consoleSimulator } from './console';
import { gitlabSimulator } from './gitlab';
import { harbor } from './harbor';
import { kyvernoSimulator } from './kyverno';
import { sonarqube } from './sonarqube';

/** Every simulated tool. */
export const allTools: ToolSimulator<any>[] = [
  consoleSimulator,
  gitlabSimulator,
  sonarqube,
  harbor,
  kyvernoSimulator,
  argocdSimulator,
];
