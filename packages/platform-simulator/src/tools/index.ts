import { ToolSimulator } from '../types';

/** Every simulated tool. Each module adds its own here. */
export const allTools: ToolSimulator<any>[] = [];
