import { ToolSimulator } from '../types';
import { consoleSimulator } from './console';
import { gitlabSimulator } from './gitlab';

/** Every simulated tool. Each module adds its own here. */
export const allTools: ToolSimulator<any>[] = [
  consoleSimulator,
  gitlabSimulator,
];
