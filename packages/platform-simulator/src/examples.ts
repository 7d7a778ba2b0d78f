import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadDataset } from './dataset';
import { RunningSimulator, startPlatformSimulator } from './server';
import { allTools } from './tools';
import { ToolSimulator } from './types';

/**
 * The repository's `examples/`: the example catalog and the platform data the demo portal
 * runs on. Found from this package's own place in the repository (a private package, never built).
 */
export const EXAMPLES_DIR = resolve(
  dirname(require.resolve('@internal/platform-simulator/package.json')),
  '../../examples',
);

/** The example catalog's documents (`examples/entities.yaml`), typed by the caller (e.g. as catalog entities). */
export function exampleEntities<T = Record<string, unknown>>(): T[] {
  return parseAllDocuments(
    readFileSync(resolve(EXAMPLES_DIR, 'entities.yaml'), 'utf8'),
  )
    .map(document => document.toJS() as T)
    .filter(Boolean);
}

/**
 * Runs `use` against the simulator serving the example dataset, as the demo portal sees it
 * (every tool unless `tools` says which), and closes the simulator whatever happens.
 */
export async function withExampleSimulator<T>(
  use: (simulator: RunningSimulator) => Promise<T>,
  tools: ToolSimulator<any>[] = allTools,
): Promise<T> {
  const simulator = await startPlatformSimulator({
    tools,
    dataset: loadDataset(resolve(EXAMPLES_DIR, 'platform-simulator')),
  });
  try {
    return await use(simulator);
  } finally {
    await simulator.close();
  }
}
