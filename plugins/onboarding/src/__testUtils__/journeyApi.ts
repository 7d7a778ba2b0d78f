import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  buildCriteriaDocument,
  buildReport,
  criteriaForSources,
  DEFAULT_CRITERIA,
  EntityReport,
  evaluateEntity,
  EvaluationContext,
  EvaluationHistoryItem,
  FactSourceStatus,
  GateReview,
  gatesOnDeclarations,
  joinCriteria,
  Language,
  MEASURED_CRITERIA,
  SourcesResponse,
  TeamSummary,
  TemplateDetail,
  viewJourney,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { OnboardingApi } from '../api';

export interface InProcessOptions {
  /** Entities the fake backend knows; others are 404. */
  entities?: Entity[];
  /** The first calls fail, to exercise error and retry states. */
  failures?: number;
  /** Calls that always fail, named as recorded in `calls` (e.g. `refresh:en`). */
  failing?: string[];
  /** Calls that always fail with the given error (e.g. a NotAllowedError for `refresh:en`). */
  throwing?: Record<string, Error>;
  /** History served for every entity. */
  history?: EvaluationHistoryItem[];
  /** Team summaries by group ref (e.g. `group:default/equipe-usagers`); others are 404. */
  summaries?: Record<string, TeamSummary>;
  /** The templates served, best first, as `GET /templates/:namespace/:name` details them. */
  templates?: TemplateDetail[];
  /** Fact sources every report names. */
  factSources?: FactSourceStatus[];
  /**
   * What `GET /sources` answers. Its configured sources (`items`) also decide which
   * measured criteria are in force, as on the backend; none by default.
   */
  sources?: Omit<SourcesResponse, 'gatesOnDeclarations'>;
  /** Gathered facts by entity ref, as the backend hands them to the evaluator. */
  facts?: Record<
    string,
    Pick<EvaluationContext, 'facts' | 'unavailableFacts' | 'missingFacts'>
  >;
  now?: Date;
  /** Gate reviews already recorded (any entity); recordReview appends to them. */
  reviews?: GateReview[];
}

/**
 * An OnboardingApi answering in-process with what the backend would: the common
 * package's journey, evaluator and report builder over the default criteria. For
 * component tests and the dev harness, where no backend runs.
 */
export function createInProcessOnboardingApi(options: InProcessOptions = {}) {
  let failuresLeft = options.failures ?? 0;
  const calls: string[] = [];
  const now = options.now ?? new Date('2026-11-25T12:00:00Z');
  const byRef = new Map(
    (options.entities ?? []).map(e => [stringifyEntityRef(e), e]),
  );
  const links = {
    docsBaseUrl: 'https://cloud-pi-native.fr',
    consoleBaseUrl: 'https://console.example.fr',
  };

  const maybeFail = (call: string) => {
    calls.push(call);
    const error = options.throwing?.[call];
    if (error) throw error;
    if (failuresLeft > 0 || options.failing?.includes(call)) {
      failuresLeft -= 1;
      throw new Error('Request failed with 503 Service Unavailable');
    }
  };
  const find = (ref: CompoundEntityRef) => {
    const entity = byRef.get(stringifyEntityRef(ref));
    if (!entity)
      throw new NotFoundError(
        `No entity ${stringifyEntityRef(ref)} in the catalog`,
      );
    return entity;
  };
  // The criteria in force given the configured sources, chosen as the backend does.
  const all = [...DEFAULT_CRITERIA, ...MEASURED_CRITERIA];
  const criteria = criteriaForSources(
    all,
    new Set((options.sources?.items ?? []).map(source => source.id)),
  );
  const onDeclarations = gatesOnDeclarations(criteria, all);
  // Served as the backend serves it, then joined as the client joins it.
  const join = (lean: EntityReport) =>
    joinCriteria(
      lean,
      buildCriteriaDocument({
        criteria,
        criteriaVersion: lean.criteriaVersion,
        language: lean.language,
        links,
        gatesOnDeclarations: onDeclarations,
      }),
    );
  const report = (ref: CompoundEntityRef, language: Language) => {
    const entity = find(ref);
    return join(
      buildReport({
        entity,
        evaluation: evaluateEntity(entity, criteria, {
          now,
          ...options.facts?.[stringifyEntityRef(entity)],
        }),
        criteria,
        criteriaVersion: 'in-process',
        language,
        links,
        evaluatedAt: now,
        factSources: options.factSources,
      }),
    );
  };

  const reviews = [...(options.reviews ?? [])];

  const api: OnboardingApi = {
    async getReviews(ref) {
      maybeFail('reviews');
      const entityRef = stringifyEntityRef(find(ref));
      return {
        entityRef,
        items: reviews
          .filter(r => r.entityRef === entityRef)
          .sort((a, b) => b.id - a.id),
      };
    },
    async recordReview(ref, input) {
      maybeFail(`record-review:${input.gate}`);
      const entityRef = stringifyEntityRef(find(ref));
      const stored: GateReview = {
        ...input,
        id: reviews.reduce((max, r) => Math.max(max, r.id), 0) + 1,
        entityRef,
        recordedBy: 'user:default/guest',
        recordedAt: now.toISOString(),
      };
      reviews.push(stored);
      return stored;
    },
    async getJourney(language) {
      maybeFail(`journey:${language}`);
      return viewJourney(language);
    },
    async getEntityReport(ref, language) {
      maybeFail(`report:${language}`);
      return report(ref, language);
    },
    async refreshEntity(ref, language) {
      maybeFail(`refresh:${language}`);
      return report(ref, language);
    },
    async getSources() {
      maybeFail('sources');
      return {
        items: [],
        notConfigured: [],
        ...options.sources,
        gatesOnDeclarations: onDeclarations,
      };
    },
    async getTemplateScores(language) {
      maybeFail(`templates:${language}`);
      return {
        items: (options.templates ?? []).map(({ report: _, ...item }) => item),
      };
    },
    async getTemplateDetail(ref, language) {
      maybeFail(`template:${ref.name}:${language}`);
      const detail = options.templates?.find(
        t => t.entityRef === `template:${ref.namespace}/${ref.name}`,
      );
      if (!detail)
        throw new NotFoundError(
          `No template template:${ref.namespace}/${ref.name} in the catalog`,
        );
      return { ...detail, report: join(detail.report) };
    },
    async getGroupSummary(ref, language, { page = {} } = {}) {
      maybeFail(`summary:${language}`);
      const summary = options.summaries?.[stringifyEntityRef(ref)];
      if (!summary)
        throw new NotFoundError(
          `No group ${stringifyEntityRef(ref)} in the catalog`,
        );
      // The backend's paging, searching and sorting, over the fixture's entities.
      const q = page.q?.toLocaleLowerCase('en-US');
      const sort = page.sort ?? 'entityRef';
      const sign = page.order === 'desc' ? -1 : 1;
      const matching = summary.entities
        .filter(e => !q || e.entityRef.includes(q) || e.ownerRef?.includes(q))
        .sort((a, b) => {
          const [x, y] = [a[sort] ?? '', b[sort] ?? ''];
          if (x !== y) return x < y ? -sign : sign;
          return a.entityRef < b.entityRef ? -1 : 1;
        });
      const offset = page.offset ?? 0;
      return {
        ...summary,
        entities: matching.slice(offset, offset + (page.limit ?? 20)),
        entitiesTotal: matching.length,
      };
    },
    async getHistory(ref) {
      maybeFail('history');
      find(ref);
      return {
        entityRef: stringifyEntityRef(ref),
        items: options.history ?? [],
      };
    },
  };
  return { api, calls };
}
