import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import YAML from 'yaml';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the entity submitted to `POST /evaluate`: a JSON entity, `{ entity: ... }`, or the
 * text of a catalog-info.yaml (its first document). Says precisely what is wrong otherwise.
 */
export function readEntityDocument(body: unknown): Entity {
  let document: unknown = body;
  if (typeof body === 'string') {
    const docs = YAML.parseAllDocuments(body);
    if (docs.length === 0)
      throw new InputError('The YAML body holds no document');
    const [first] = docs;
    if (first.errors.length > 0) {
      throw new InputError(
        `The YAML body is malformed: ${first.errors[0].message.split('\n')[0]}`,
      );
    }
    document = first.toJS();
  } else if (isObject(body) && isObject(body.entity)) {
    document = body.entity;
  }
  if (!isObject(document)) {
    throw new InputError(
      'Expected an entity object (apiVersion, kind, metadata)',
    );
  }
  const problems: string[] = [];
  if (typeof document.apiVersion !== 'string' || !document.apiVersion)
    problems.push('apiVersion must be a non-empty string');
  if (typeof document.kind !== 'string' || !document.kind)
    problems.push('kind must be a non-empty string');
  const metadata = document.metadata;
  if (!isObject(metadata)) {
    problems.push('metadata must be an object');
  } else {
    if (typeof metadata.name !== 'string' || !metadata.name)
      problems.push('metadata.name must be a non-empty string');
    if (metadata.annotations !== undefined && !isObject(metadata.annotations))
      problems.push('metadata.annotations must be an object');
    if (metadata.labels !== undefined && !isObject(metadata.labels))
      problems.push('metadata.labels must be an object');
    if (metadata.tags !== undefined && !Array.isArray(metadata.tags))
      problems.push('metadata.tags must be a list');
  }
  if (document.spec !== undefined && !isObject(document.spec))
    problems.push('spec must be an object');
  if (problems.length > 0) {
    throw new InputError(`Invalid entity: ${problems.join('; ')}`);
  }
  return document as unknown as Entity;
}
