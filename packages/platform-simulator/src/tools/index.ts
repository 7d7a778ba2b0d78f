import { ToolSimulator } from '../types';
import { harbor } from './harbor';
import { sonarqube } from './sonarqube';

/** Every simulated tool. Each module adds its own here. */
export const allTools: ToolSimulator<any>[] = [
  // one line per tool
  sonarqube,
  harbor,
];
