import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { Entity } from '@backstage/catalog-model';

/** The portal's example entities (examples/entities.yaml), for tests that run in Node. */
export function loadExampleEntities(): Entity[] {
  const file = resolve(__dirname, '../../../../examples/entities.yaml');
  return YAML.parseAllDocuments(readFileSync(file, 'utf8')).map(doc => {
    const entity = doc.toJS() as Entity;
    return {
      ...entity,
      metadata: { namespace: 'default', ...entity.metadata },
    };
  });
}

/** One example entity by kind and name. */
export function exampleEntity(kind: string, name: string): Entity {
  const entity = loadExampleEntities().find(
    e => e.kind.toLocaleLowerCase('en') === kind && e.metadata.name === name,
  );
  if (!entity) throw new Error(`No example ${kind}:${name}`);
  return entity;
}
