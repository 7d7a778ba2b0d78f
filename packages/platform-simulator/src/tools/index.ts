import { ToolSimulator } from '../types';
import { argocdSimulator } from './argocd';
import { kyvernoSimulator } from './kyverno';

/** Every simulated tool. Each module adds its own here. */
export const allTools: ToolSimulator<any>[] = [
  kyvernoSimulator,
  argocdSimulator,
];
