/*
 * Starts the platform simulator for the local portal:
 *   node --require @backstage/cli-node/config/nodeTransform.cjs src/main.ts [datasetDir]
 * Environment: SIMULATOR_PORT (default 7010), SIMULATOR_LATENCY_MS (default 0).
 * It is a simulator: what it answers is made up for the example catalog.
 */
import { resolve } from 'node:path';
import { allTools, loadDataset, startPlatformSimulator } from '.';

async function main() {
  // Started from the package folder (yarn start), the dataset is the example one.
  const dir = resolve(process.argv[2] ?? '../../examples/platform-simulator');
  const simulator = await startPlatformSimulator({
    tools: allTools,
    dataset: loadDataset(dir),
    port: Number(process.env.SIMULATOR_PORT ?? 7010),
    latencyMs: Number(process.env.SIMULATOR_LATENCY_MS ?? 0),
  });
  // eslint-disable-next-line no-console
  console.log(
    `Platform SIMULATOR (not the real tools) on ${simulator.url}: ${allTools
      .map(t => `${simulator.url}/${t.tool}`)
      .join(', ')}; dataset ${dir}`,
  );
  const stop = () => simulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(error => {
  // eslint-disable-next-line no-console
  console.error(error);
  process.exit(1);
});
