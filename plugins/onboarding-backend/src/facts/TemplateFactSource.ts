import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  resolveSafeChildPath,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import YAML from 'yaml';
import { FactSource, GatheredFacts } from './FactSource';

/** Skeleton files the template criteria look at. */
export const SKELETON_FILES = [
  'catalog-info.yaml',
  '.gitlab-ci-dso.yml',
  '.gitlab-ci-dso.yaml',
];
const MAX_FILE = 64 * 1024;

type Step = { action?: unknown; input?: { url?: unknown } };
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The scaffolder actions a template's steps run. */
export function templateActions(entity: Entity): string[] {
  const steps = Array.isArray(entity.spec?.steps)
    ? (entity.spec!.steps as Step[])
    : [];
  return steps
    .map(step => step?.action)
    .filter((a): a is string => typeof a === 'string');
}

/** How many form fields of a template lack a title or a description. */
export function undocumentedParameters(entity: Entity): number {
  const raw = entity.spec?.parameters;
  const pages = Array.isArray(raw) ? raw : [raw];
  let count = 0;
  for (const page of pages) {
    if (!isObject(page) || !isObject(page.properties)) continue;
    for (const field of Object.values(page.properties)) {
      if (
        !isObject(field) ||
        typeof field.title !== 'string' ||
        typeof field.description !== 'string'
      )
        count += 1;
    }
  }
  return count;
}

/** The skeleton directory the template's fetch:template step copies, relative to the template file. */
export function skeletonUrl(entity: Entity): string | undefined {
  const steps = Array.isArray(entity.spec?.steps)
    ? (entity.spec!.steps as Step[])
    : [];
  const fetch = steps.find(
    s => s?.action === 'fetch:template' && typeof s.input?.url === 'string',
  );
  const relative = fetch?.input?.url as string | undefined;
  const annotations = entity.metadata.annotations ?? {};
  const location =
    annotations[ANNOTATION_ORIGIN_LOCATION] ?? annotations[ANNOTATION_LOCATION];
  if (!relative || !location || /^[a-z]+:\/\//i.test(relative))
    return undefined;
  const [type, target] = [
    location.slice(0, location.indexOf(':')),
    location.slice(location.indexOf(':') + 1),
  ];
  if (type === 'file')
    return `file://${resolveSafeChildPath(dirname(target), relative)}`;
  if (type === 'url')
    return new URL(
      relative.endsWith('/') ? relative : `${relative}/`,
      target,
    ).toString();
  return undefined;
}

/** Annotations of the generated catalog-info.yaml; templating expressions are kept as they are. */
export function skeletonAnnotations(text: string): Record<string, string> {
  try {
    const doc = YAML.parseAllDocuments(text)[0]?.toJS();
    const annotations =
      isObject(doc) && isObject(doc.metadata)
        ? doc.metadata.annotations
        : undefined;
    if (isObject(annotations)) {
      return Object.fromEntries(
        Object.entries(annotations).map(([k, v]) => [k, String(v)]),
      );
    }
  } catch {
    // A templated skeleton need not be valid YAML before rendering: read the keys by line instead.
  }
  const found: Record<string, string> = {};
  const block =
    /^\s{2,}annotations:\s*$([\s\S]*?)(?=^\S|^\s{0,2}\S)/m.exec(text)?.[1] ??
    '';
  for (const line of block.split('\n')) {
    const match = /^\s+([\w.\-/]+):\s*(.*)$/.exec(line);
    if (match) found[match[1]] = match[2];
  }
  return found;
}

/**
 * Facts about scaffolder templates: their actions, undocumented parameters, and the
 * skeleton they generate (catalog-info.yaml annotations, CI file), read next to the
 * template file — from disk for file locations, through the UrlReader for URLs.
 */
export class TemplateFactSource implements FactSource {
  constructor(private readonly urlReader: UrlReaderService) {}

  appliesTo(entity: Entity): boolean {
    return entity.kind.toLocaleLowerCase('en') === 'template';
  }

  async gather(entity: Entity): Promise<GatheredFacts> {
    const facts: Record<string, unknown> = {
      'template/actions': templateActions(entity),
      'template/undocumented-parameters': undocumentedParameters(entity),
    };
    let base: string | undefined;
    try {
      base = skeletonUrl(entity);
    } catch (error) {
      return { unavailable: `skeleton location refused: ${error}` };
    }
    if (!base) return { facts };
    try {
      for (const file of SKELETON_FILES) {
        const text = await this.read(
          new URL(file, base.endsWith('/') ? base : `${base}/`).toString(),
        );
        if (text === undefined) continue;
        facts[`skeleton/file/${file}`] = text;
        if (file === 'catalog-info.yaml') {
          for (const [name, value] of Object.entries(
            skeletonAnnotations(text),
          )) {
            facts[`skeleton/annotation/${name}`] = value;
          }
        }
      }
    } catch (error) {
      return { unavailable: `skeleton unreadable: ${error}` };
    }
    return { facts };
  }

  /** A skeleton file's text, or undefined when the template has no such file. */
  private async read(url: string): Promise<string | undefined> {
    if (url.startsWith('file://')) {
      try {
        return (await readFile(fileURLToPath(url), 'utf8')).slice(0, MAX_FILE);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          return undefined;
        throw error;
      }
    }
    try {
      const response = await this.urlReader.readUrl(url);
      return (await response.buffer()).toString('utf8').slice(0, MAX_FILE);
    } catch (error) {
      if (
        error instanceof NotFoundError ||
        (error as Error).name === 'NotFoundError'
      )
        return undefined;
      throw error;
    }
  }
}
