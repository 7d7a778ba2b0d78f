import { RunningSimulator, startPlatformSimulator } from './server';
import { SimulatedFault, ToolSimulator } from './types';

/** One tool of the simulator, running, and the base URL a source of that tool is given. */
export interface RunningToolSimulator extends RunningSimulator {
  /** `${url}/${tool}`. */
  baseUrl: string;
}

/** Starts the simulator with `tool` alone, answering from `data` to `token`, with faults: what a fact source test needs. */
export async function startToolSimulator<Data>(
  tool: ToolSimulator<Data>,
  options: { data: Data; token: string; faults?: SimulatedFault[] },
): Promise<RunningToolSimulator> {
  const running = await startPlatformSimulator({
    tools: [tool],
    dataset: { [tool.tool]: options.data },
    tokens: { [tool.tool]: options.token },
    faults: options.faults,
  });
  return { ...running, baseUrl: `${running.url}/${tool.tool}` };
}
