import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  catalogInclude,
  finalUser,
  isRootUser,
  templateDocumentFacts,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { readConfinedFile } from './confinedFile';
import { ExpiringCache } from './ExpiringCache';
import { FactSource, GatheredFacts } from './FactSource';
import { skeletonAnnotations } from './skeletonAnnotations';
import { skeletonLocation, SkeletonLocation } from './templateDocument';

export { skeletonLocation } from './templateDocument';
export {
  templateActions,
  undocumentedParameters,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
export { skeletonAnnotations } from './skeletonAnnotations';

/** Skeleton files the template criteria look at; of the two CI files, `.yml` wins, as on GitLab. */
export const SKELETON_FILES = [
  'catalog-info.yaml',
  'Dockerfile',
  '.gitlab-ci-dso.yml',
  '.gitlab-ci-dso.yaml',
];
/** Bytes read at most per skeleton file: the criteria look at a few lines. */
export const MAX_SKELETON_FILE = 64 * 1024;
/** Defaults of the skeleton cache: ten minutes, a few hundred templates. */
export const DEFAULT_FACTS_TTL_MS = 10 * 60 * 1000;
const MAX_CACHED_TEMPLATES = 500;

/** The facts a skeleton gives, and those it could not. */
type SkeletonFacts = Pick<
  GatheredFacts,
  'facts' | 'unavailable' | 'gatheredAt'
>;

const fileFact = (file: string) => `skeleton/file/${file}`;

/**
 * What the criteria read in a skeleton file beside its text: facts named under a prefix
 * (`skeleton/annotation/<name>`, `skeleton/dockerfile/user`…), parsed by the same readers
 * as the measured criteria use on real repositories. When the file cannot be read, the
 * prefix is unavailable: the criteria reading those facts are unknown, not failed.
 */
interface Derivation {
  prefix: string;
  facts: (text: string) => Record<string, unknown>;
}
const ciFacts: Derivation = {
  prefix: 'skeleton/ci',
  facts: text => {
    const { included, files } = catalogInclude(text);
    return { catalogIncluded: included, catalogFiles: files };
  },
};
const DERIVED: Record<string, Derivation> = {
  'catalog-info.yaml': {
    prefix: 'skeleton/annotation',
    facts: skeletonAnnotations,
  },
  Dockerfile: {
    prefix: 'skeleton/dockerfile',
    // No USER: the base image's user applies, which the template does not choose.
    facts: text => {
      const user = finalUser(text);
      return user === undefined ? {} : { user, rootless: !isRootUser(user) };
    },
  },
  '.gitlab-ci-dso.yml': ciFacts,
  '.gitlab-ci-dso.yaml': ciFacts,
};

/**
 * Facts about scaffolder templates: their actions and undocumented parameters (from the
 * document), and the skeleton they generate (catalog-info.yaml annotations, Dockerfile, CI file),
 * read next to the template file the catalog recorded: from disk, confined to the
 * template's folder and never through a symbolic link, or through the UrlReader. Each
 * file read is capped; skeletons are cached per template and location for a while.
 */
export class TemplateFactSource implements FactSource {
  readonly id = 'template-skeleton';
  readonly title = 'Template skeleton';
  readonly provides: FactSource['provides'] = [
    {
      name: 'template',
      type: 'object',
      description:
        "What the template document says: its steps' actions and undocumented form fields",
    },
    {
      name: 'skeleton',
      type: 'object',
      description:
        "What the skeleton folder next to the template holds: catalog-info.yaml annotations, the Dockerfile's final USER, whether the CI file includes the Cloud Pi Native CI catalog",
    },
  ];
  private readonly cache: ExpiringCache<SkeletonFacts>;

  constructor(
    private readonly options: {
      urlReader: UrlReaderService;
      logger?: LoggerService;
      /** How long a skeleton's facts are reused; 0 reads every time. */
      ttlMs?: number;
      now?: () => Date;
    },
  ) {
    this.cache = new ExpiringCache({
      ttlMs: options.ttlMs ?? DEFAULT_FACTS_TTL_MS,
      maxEntries: MAX_CACHED_TEMPLATES,
      now: () => this.now().getTime(),
    });
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  appliesTo(entity: Entity): boolean {
    return entity.kind.toLocaleLowerCase('en') === 'template';
  }

  fromDocument(entity: Entity): Record<string, unknown> {
    return templateDocumentFacts(entity);
  }

  async gather(entity: Entity): Promise<GatheredFacts> {
    const skeleton = await this.skeleton(entity);
    return {
      ...skeleton,
      facts: { ...this.fromDocument(entity), ...skeleton.facts },
    };
  }

  /** The skeleton's facts, from the cache when read recently and completely. */
  private async skeleton(entity: Entity): Promise<SkeletonFacts> {
    const gatheredAt = this.now();
    let location: SkeletonLocation | undefined;
    try {
      location = skeletonLocation(entity);
    } catch (error) {
      const reason = `skeleton location refused: ${(error as Error).message}`;
      return { facts: {}, unavailable: { skeleton: reason }, gatheredAt };
    }
    if (!location) return { facts: {}, unavailable: {}, gatheredAt };

    const key = JSON.stringify([
      stringifyEntityRef(entity),
      entity.metadata.annotations?.[ANNOTATION_LOCATION],
      location,
    ]);
    const cached = this.cache.get(key);
    if (cached) return cached;

    const facts: Record<string, unknown> = {};
    const unavailable: Record<string, string> = {};
    for (const file of SKELETON_FILES) {
      const derived = DERIVED[file];
      try {
        const text = await this.read(location, file);
        if (text === undefined) continue;
        facts[fileFact(file)] = text;
        for (const [name, value] of Object.entries(derived.facts(text))) {
          // An earlier file (`.gitlab-ci-dso.yml` before `.yaml`) is not overridden.
          const factName = `${derived.prefix}/${name}`;
          if (!(factName in facts)) facts[factName] = value;
        }
      } catch (error) {
        const reason = `${file} unreadable: ${(error as Error).message}`;
        this.options.logger?.warn(
          `Template ${stringifyEntityRef(entity)}: ${reason}`,
        );
        unavailable[fileFact(file)] = reason;
        unavailable[derived.prefix] ??= reason;
      }
    }
    const result = { facts, unavailable, gatheredAt };
    // What could not be read is tried again next time rather than remembered.
    if (Object.keys(unavailable).length === 0) this.cache.set(key, result);
    return result;
  }

  /** A skeleton file's text (its first bytes), or undefined when the template has no such file. */
  private async read(
    location: SkeletonLocation,
    file: string,
  ): Promise<string | undefined> {
    if (location.type === 'file') {
      const path = location.path ? `${location.path}/${file}` : file;
      return (await readConfinedFile(location.root, path, MAX_SKELETON_FILE))
        ?.text;
    }
    try {
      const response = await this.options.urlReader.readUrl(
        new URL(file, location.url).toString(),
      );
      return await firstBytes(response, MAX_SKELETON_FILE);
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

/** At most `maxBytes` of a UrlReader response, streamed when the reader can. */
async function firstBytes(
  response: Awaited<ReturnType<UrlReaderService['readUrl']>>,
  maxBytes: number,
): Promise<string> {
  if (!response.stream) {
    return (await response.buffer()).subarray(0, maxBytes).toString('utf8');
  }
  const stream = response.stream();
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      chunks.push(buffer.subarray(0, maxBytes - length));
      length += Math.min(buffer.length, maxBytes - length);
      if (length >= maxBytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}
