import { Entity } from '@backstage/catalog-model';
import {
  FactDefinition,
  FactGatheringContext,
  FactSource,
  foundFacts,
  GatheredFacts,
  ToolClient,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';

/** The catalog annotation that names an entity's SonarQube project (Backstage convention). */
export const SONARQUBE_PROJECT_KEY_ANNOTATION = 'sonarqube.org/project-key';

/** SonarQube project keys: letters, digits, `-`, `_`, `.` and `:` (at least one non-digit). */
const PROJECT_KEY = /^[A-Za-z0-9_.:-]{1,400}$/;

/** Ratings come as `"1.0"` (A) to `"5.0"` (E). */
const RATING_LETTERS = ['A', 'B', 'C', 'D', 'E'];

const GATE_STATUSES = ['OK', 'WARN', 'ERROR', 'NONE'];

const METRICS = {
  coverage: 'sonarqube/coverage',
  security_rating: 'sonarqube/securityRating',
  reliability_rating: 'sonarqube/reliabilityRating',
} as const;

const GATE_FACTS = ['sonarqube/qualityGate', 'sonarqube/failedConditions'];

export const SONARQUBE_FACTS: readonly FactDefinition[] = [
  {
    name: 'sonarqube/qualityGate',
    type: 'string',
    description:
      'Quality gate status of the main branch: OK, ERROR, WARN (legacy) or NONE (no gate or no analysis).',
  },
  {
    name: 'sonarqube/failedConditions',
    type: 'list',
    description:
      'Metric keys of the quality gate conditions that are not OK (e.g. new_coverage).',
  },
  {
    name: METRICS.coverage,
    type: 'number',
    description:
      'Line and condition coverage of the main branch, in percent. Missing when no test report was imported.',
  },
  {
    name: METRICS.security_rating,
    type: 'string',
    description:
      'Security rating of the main branch, A (no vulnerability) to E (at least one blocker vulnerability).',
  },
  {
    name: METRICS.reliability_rating,
    type: 'string',
    description:
      'Reliability rating of the main branch, A (no bug) to E (at least one blocker bug).',
  },
];

interface ProjectStatusAnswer {
  projectStatus?: {
    status?: unknown;
    conditions?: Array<{ status?: unknown; metricKey?: unknown }>;
  };
}

interface MeasuresAnswer {
  component?: { measures?: Array<{ metric?: unknown; value?: unknown }> };
}

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/**
 * Reads what SonarQube measures on a component's main branch: the quality gate status
 * (`api/qualitygates/project_status`) and coverage with the security and reliability
 * ratings (`api/measures/component`), keyed by the `sonarqube.org/project-key` annotation.
 */
export class SonarQubeFactSource implements FactSource {
  readonly id = 'sonarqube';
  readonly provides = SONARQUBE_FACTS;

  constructor(
    private readonly client: ToolClient,
    readonly title: string,
    readonly simulated = false,
  ) {}

  appliesTo(entity: Entity): boolean {
    return Boolean(
      entity.metadata.annotations?.[SONARQUBE_PROJECT_KEY_ANNOTATION]?.trim(),
    );
  }

  async gather(
    entity: Entity,
    context: FactGatheringContext,
  ): Promise<GatheredFacts> {
    const gatheredAt = new Date();
    const key =
      entity.metadata.annotations?.[SONARQUBE_PROJECT_KEY_ANNOTATION]?.trim() ??
      '';
    if (!PROJECT_KEY.test(key)) {
      return foundFacts(
        {},
        {
          sonarqube: `${JSON.stringify(
            key,
          )} is not a SonarQube project key (letters, digits, - _ . :)`,
        },
        gatheredAt,
      );
    }
    const [gate, measures] = await Promise.allSettled([
      this.client.getJson<ProjectStatusAnswer>(
        '/api/qualitygates/project_status',
        {
          query: { projectKey: key },
          signal: context.signal,
          allowNotFound: true,
        },
      ),
      this.client.getJson<MeasuresAnswer>('/api/measures/component', {
        query: { component: key, metricKeys: Object.keys(METRICS).join(',') },
        signal: context.signal,
        allowNotFound: true,
      }),
    ]);
    const notFound = [gate, measures].some(
      r => r.status === 'fulfilled' && r.value.status === 404,
    );
    if (notFound) {
      return foundFacts(
        {},
        {
          sonarqube: `SonarQube does not know the project key '${key}': no analysis was ever sent for it`,
        },
        gatheredAt,
      );
    }

    const result: GatheredFacts = {
      facts: {},
      unavailable: {},
      missing: {},
      gatheredAt,
    };
    if (gate.status === 'rejected') {
      for (const name of GATE_FACTS)
        result.unavailable[name] = messageOf(gate.reason);
    } else {
      this.readGate(gate.value.body, result);
    }
    if (measures.status === 'rejected') {
      for (const name of Object.values(METRICS))
        result.unavailable[name] = messageOf(measures.reason);
    } else {
      this.readMeasures(key, measures.value.body, result);
    }
    return result;
  }

  private readGate(body: ProjectStatusAnswer | null, result: GatheredFacts) {
    const status = body?.projectStatus?.status;
    if (typeof status !== 'string' || !GATE_STATUSES.includes(status)) {
      for (const name of GATE_FACTS) {
        result.unavailable[name] =
          'SonarQube answered the quality gate request without a known projectStatus.status';
      }
      return;
    }
    result.facts['sonarqube/qualityGate'] = status;
    result.facts['sonarqube/failedConditions'] = (
      body?.projectStatus?.conditions ?? []
    )
      .filter(c => c?.status !== 'OK' && typeof c?.metricKey === 'string')
      .map(c => c.metricKey as string);
  }

  private readMeasures(
    key: string,
    body: MeasuresAnswer | null,
    result: GatheredFacts,
  ) {
    const measures = body?.component?.measures;
    if (!Array.isArray(measures)) {
      for (const name of Object.values(METRICS)) {
        result.unavailable[name] =
          'SonarQube answered the measures request without component.measures';
      }
      return;
    }
    for (const [metric, fact] of Object.entries(METRICS)) {
      const value = measures.find(m => m?.metric === metric)?.value;
      if (value === undefined) {
        // SonarQube leaves a measure out when it has none, e.g. coverage without a test report.
        result.missing![
          fact
        ] = `SonarQube has no ${metric} measure for '${key}'`;
        continue;
      }
      const read =
        metric === 'coverage' ? readPercent(value) : readRating(value);
      if (read === undefined) {
        result.unavailable[
          fact
        ] = `SonarQube sent an unreadable ${metric}: ${JSON.stringify(
          value,
        ).slice(0, 40)}`;
      } else {
        result.facts[fact] = read;
      }
    }
  }
}

function readPercent(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}

function readRating(value: unknown): string | undefined {
  const n = typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isInteger(n) ? RATING_LETTERS[n - 1] : undefined;
}
