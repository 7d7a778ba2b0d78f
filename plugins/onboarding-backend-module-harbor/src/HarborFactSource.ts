import { Entity } from '@backstage/catalog-model';
import {
  FactDefinition,
  FactGatheringContext,
  FactSource,
  foundFacts,
  GatheredFacts,
  ToolClient,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';

/** The console project slug, which is also the Harbor project name. */
export const CONSOLE_PROJECT_ANNOTATION = 'cloud-pi-native.fr/console-project';

/** Harbor project names the console creates: its slugs. */
const PROJECT_NAME = /^[a-z0-9](?:[a-z0-9._-]{0,253}[a-z0-9])?$/;

/** Harbor's largest page. */
const PAGE_SIZE = 100;
/** Recent artifacts read per repository to find its latest image (charts and other artifacts are skipped). */
const ARTIFACTS_PER_REPOSITORY = 10;
/** Repositories read at once. */
const CONCURRENCY = 4;

export const HARBOR_FACTS: readonly FactDefinition[] = [
  {
    name: 'harbor/images',
    type: 'number',
    description:
      "Image repositories of the project's Harbor project; for each, its latest pushed image is measured.",
  },
  {
    name: 'harbor/criticalVulnerabilities',
    type: 'number',
    description:
      'Critical vulnerabilities Trivy found, summed over the latest image of each repository.',
  },
  {
    name: 'harbor/highVulnerabilities',
    type: 'number',
    description:
      'High vulnerabilities Trivy found, summed over the latest image of each repository.',
  },
  {
    name: 'harbor/unscannedImages',
    type: 'number',
    description:
      'Latest images without a successful Trivy scan (never scanned, failed, or still running).',
  },
  {
    name: 'harbor/oldestScan',
    type: 'string',
    description:
      'Date (YYYY-MM-DD, UTC) of the oldest successful scan among the latest images: how stale the vulnerability counts may be.',
  },
];

interface Repository {
  name?: unknown;
}

interface Artifact {
  type?: unknown;
  tags?: Array<{ name?: unknown }> | null;
  scan_overview?: Record<
    string,
    {
      scan_status?: unknown;
      end_time?: unknown;
      summary?: { summary?: Record<string, unknown> };
    }
  > | null;
}

/** What the latest image of one repository says. */
interface ImageScan {
  scanned: boolean;
  critical: number;
  high: number;
  endTime?: Date;
}

const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;

/** Harbor wants a repository name with a slash encoded twice (`a/b` → `a%252Fb`). */
const repositoryPath = (name: string) =>
  encodeURIComponent(encodeURIComponent(name));

function readScan(artifact: Artifact): ImageScan {
  // The overview is keyed by the report's MIME type; Harbor sends the first one that has a report.
  const report = Object.values(artifact.scan_overview ?? {})[0];
  if (!report || report.scan_status !== 'Success') {
    return { scanned: false, critical: 0, high: 0 };
  }
  const severities = report.summary?.summary ?? {};
  const end =
    typeof report.end_time === 'string' ? new Date(report.end_time) : undefined;
  return {
    scanned: true,
    // Harbor leaves out severities without findings.
    critical: count(severities.Critical),
    high: count(severities.High),
    endTime: end && !Number.isNaN(end.getTime()) ? end : undefined,
  };
}

/**
 * Reads what Harbor's Trivy scans say about a console project's images: for each image
 * repository of the Harbor project named after the console slug, its latest pushed
 * image's critical and high vulnerability counts and scan date.
 */
export class HarborFactSource implements FactSource {
  readonly id = 'harbor';
  readonly provides = HARBOR_FACTS;

  constructor(
    private readonly client: ToolClient,
    readonly title: string,
    readonly simulated = false,
    /** Repositories read at most per project; a larger project is reported unavailable rather than half-read. */
    private readonly maxRepositories = 500,
  ) {}

  /** Components of a console project: images are built for deployable components. */
  appliesTo(entity: Entity): boolean {
    return (
      entity.kind.toLocaleLowerCase('en') === 'component' &&
      Boolean(entity.metadata.annotations?.[CONSOLE_PROJECT_ANNOTATION]?.trim())
    );
  }

  async gather(
    entity: Entity,
    context: FactGatheringContext,
  ): Promise<GatheredFacts> {
    const gatheredAt = new Date();
    const project =
      entity.metadata.annotations?.[CONSOLE_PROJECT_ANNOTATION]?.trim() ?? '';
    if (!PROJECT_NAME.test(project)) {
      return foundFacts(
        {},
        {
          harbor: `${JSON.stringify(
            project,
          )} is not a console project slug, so no Harbor project can bear its name`,
        },
        gatheredAt,
      );
    }
    const repositories = await this.listRepositories(project, context.signal);
    if (!repositories) {
      return foundFacts(
        {},
        { harbor: `Harbor has no project '${project}'` },
        gatheredAt,
      );
    }
    const scans = await mapLimited(repositories, CONCURRENCY, name =>
      this.latestImage(project, name, context.signal),
    );
    const images = scans.filter((s): s is ImageScan => s !== undefined);
    const ends = images
      .map(i => i.endTime?.getTime())
      .filter((t): t is number => t !== undefined);
    const result: GatheredFacts = {
      facts: {
        'harbor/images': images.length,
        'harbor/criticalVulnerabilities': images.reduce(
          (sum, i) => sum + i.critical,
          0,
        ),
        'harbor/highVulnerabilities': images.reduce(
          (sum, i) => sum + i.high,
          0,
        ),
        'harbor/unscannedImages': images.filter(i => !i.scanned).length,
      },
      unavailable: {},
      missing: {},
      gatheredAt,
    };
    if (ends.length > 0) {
      result.facts['harbor/oldestScan'] = new Date(Math.min(...ends))
        .toISOString()
        .slice(0, 10);
    } else {
      result.missing![
        'harbor/oldestScan'
      ] = `No image of Harbor project '${project}' has a successful scan`;
    }
    return result;
  }

  /** The project's repository names without the project prefix; undefined when Harbor does not know the project. */
  private async listRepositories(
    project: string,
    signal: AbortSignal,
  ): Promise<string[] | undefined> {
    const names: string[] = [];
    for (let page = 1; ; page++) {
      const answer = await this.client.getJson<Repository[]>(
        `/api/v2.0/projects/${encodeURIComponent(project)}/repositories`,
        { query: { page, page_size: PAGE_SIZE }, signal, allowNotFound: true },
      );
      if (answer.status === 404) return undefined;
      if (!Array.isArray(answer.body)) {
        throw new Error(
          `Harbor answered the repositories of '${project}' with something else than a list`,
        );
      }
      for (const repository of answer.body) {
        if (typeof repository?.name !== 'string') continue;
        names.push(
          repository.name.startsWith(`${project}/`)
            ? repository.name.slice(project.length + 1)
            : repository.name,
        );
      }
      const total = Number(answer.headers.get('x-total-count'));
      const more = Number.isFinite(total)
        ? names.length < total
        : answer.body.length === PAGE_SIZE;
      if (!more || answer.body.length === 0) return names;
      if (names.length >= this.maxRepositories) {
        throw new Error(
          `Harbor project '${project}' has ${
            Number.isFinite(total) ? total : `more than ${names.length}`
          } repositories, more than the ${
            this.maxRepositories
          } read (onboarding.sources.harbor.maxRepositories)`,
        );
      }
    }
  }

  /** The scan of a repository's latest image; undefined when it holds no image (only charts, or vanished). */
  private async latestImage(
    project: string,
    repository: string,
    signal: AbortSignal,
  ): Promise<ImageScan | undefined> {
    const answer = await this.client.getJson<Artifact[]>(
      `/api/v2.0/projects/${encodeURIComponent(
        project,
      )}/repositories/${repositoryPath(repository)}/artifacts`,
      {
        query: {
          page: 1,
          page_size: ARTIFACTS_PER_REPOSITORY,
          sort: '-push_time',
          with_scan_overview: 'true',
          with_tag: 'true',
        },
        signal,
        allowNotFound: true,
      },
    );
    if (answer.status === 404) return undefined; // deleted since it was listed
    if (!Array.isArray(answer.body)) {
      throw new Error(
        `Harbor answered the artifacts of '${project}/${repository}' with something else than a list`,
      );
    }
    const image = answer.body.find(a => a?.type === 'IMAGE');
    return image ? readScan(image) : undefined;
  }
}

/** Maps with at most `limit` calls running at once, in order; the first failure rejects. */
async function mapLimited<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  return results;
}
