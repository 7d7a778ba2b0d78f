import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import YAML from 'yaml';

/**
 * Reads a dataset folder: one YAML file per tool, named after it (`sonarqube.yaml`),
 * holding that tool's part of the simulated platform.
 */
export function loadDataset(dir: string): Record<string, unknown> {
  const dataset: Record<string, unknown> = {};
  for (const file of readdirSync(dir)) {
    if (!['.yaml', '.yml'].includes(extname(file))) continue;
    dataset[basename(file, extname(file))] = YAML.parse(
      readFileSync(join(dir, file), 'utf8'),
    );
  }
  return dataset;
}
