import { ToolSimulator } from '../types';
import { consoleSimulator } from './console';
import { gitlabSimulator } from './gitlab';
import { harbor } from './harbor';
import { sonarqube } from './sonarqube';

/** Every simulated tool. Each module adds its own here. */
export const allTools: ToolSimulator<any>[] = [
  consoleSimulator,
  gitlabSimulator,
  sonarqube,
  harbor,
];
