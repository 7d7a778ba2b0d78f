import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  FORM_FACT_SOURCE,
  FormVersion,
  formFacts,
  formToMarkdown,
  buildCriteriaDocument,
  buildReport,
  CatalogFilterGroup,
  Criterion,
  CriteriaImpactTally,
  criteriaForSources,
  parseYamlDocuments,
  resolveCriteria,
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
  Objective,
  ObjectiveProgress,
  MEASURED_CRITERIA,
  SourcesResponse,
  storedVerdictsOf,
  TeamSummary,
  TemplateDetail,
  viewJourney,
  SharedTrainingInput,
  SharedTrainingState,
  summarizeTeamTraining,
  validateSharedTraining,
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
  /** Team objectives with their progress; created ones start with no entity. */
  objectives?: ObjectiveProgress[];
  /** Gate reviews already recorded (any entity); recordReview appends to them. */
  reviews?: GateReview[];
  /**
   * Self-training (issue 14 §3): the members of every group, and the paths the other
   * members share; the signed-in user is one more member, counted when they share.
   */
  training?: { otherMembers: number; otherShared: SharedTrainingInput[] };
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
  // Issue 12 §3: form versions by entity ref and form, oldest first.
  const formVersions = new Map<string, FormVersion[]>();
  const versionsOf = (ref: CompoundEntityRef, formId: string) => {
    const key = `${stringifyEntityRef(ref)}|${formId}`;
    if (!formVersions.has(key)) formVersions.set(key, []);
    return formVersions.get(key)!;
  };
  /** The facts the submitted forms give, as the backend's form source reads them. */
  const submittedFormFacts = (entityRef: string) =>
    Object.assign(
      {},
      ...[...formVersions.entries()]
        .filter(([key]) => key.startsWith(`${entityRef}|`))
        .flatMap(([, versions]) =>
          versions.filter(v => v.status === 'submitted').slice(-1),
        )
        .map(formFacts),
    );
  const report = (ref: CompoundEntityRef, language: Language) => {
    const entity = find(ref);
    const entityRef = stringifyEntityRef(entity);
    const given = options.facts?.[entityRef];
    const fromForms = submittedFormFacts(entityRef);
    // As the backend names its form source: when it gave facts, with the latest submission.
    const submittedAt = Object.entries(fromForms)
      .filter(([name]) => name.endsWith('/submitted-at'))
      .map(([, day]) => `${day}T00:00:00.000Z`)
      .sort()
      .pop();
    return join(
      buildReport({
        entity,
        evaluation: evaluateEntity(entity, criteria, {
          now,
          ...given,
          facts: { ...given?.facts, ...fromForms },
        }),
        criteria,
        criteriaVersion: 'in-process',
        language,
        links,
        evaluatedAt: now,
        factSources: submittedAt
          ? [
              ...(options.factSources ?? []),
              { source: FORM_FACT_SOURCE, gatheredAt: submittedAt },
            ]
          : options.factSources,
      }),
    );
  };

  // Team objectives (issue 12 §2), kept in memory as the backend stores them.
  const objectives = [...(options.objectives ?? [])];
  const objectiveProgress = (id: string) => {
    const found = objectives.find(p => p.objective.id === id);
    if (!found) throw new NotFoundError(`No objective ${id}`);
    return found;
  };

  const reviews = [...(options.reviews ?? [])];

  // The signed-in user's shared path (issue 14 §3), validated as the backend does.
  let sharedTraining: SharedTrainingState = { shared: false };

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
    async getCriteria(language) {
      maybeFail(`criteria:${language}`);
      return buildCriteriaDocument({
        criteria,
        criteriaVersion: 'test',
        language,
        links,
        gatesOnDeclarations: onDeclarations,
      });
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
    async getCatalogFilter(query = {}) {
      maybeFail('catalog-filter');
      // The backend's answer, from the evaluation of every entity the fake knows.
      const rows = [...byRef.entries()]
        .map(([entityRef, entity]) => {
          const evaluation = evaluateEntity(entity, criteria, {
            now,
            ...options.facts?.[entityRef],
          });
          return {
            entityRef: entityRef.toLocaleLowerCase('en-US'),
            step: evaluation.step,
            verdict: evaluation.nextGate?.verdict ?? ('NONE' as const),
          };
        })
        .filter(
          row =>
            (!query.steps?.length || query.steps.includes(row.step)) &&
            (!query.verdicts?.length ||
              storedVerdictsOf(query.verdicts).includes(row.verdict)),
        )
        .sort((a, b) => (a.entityRef < b.entityRef ? -1 : 1));
      const groups: CatalogFilterGroup[] = [];
      for (const row of rows) {
        const group = groups.find(
          g => g.step === row.step && g.verdict === row.verdict,
        );
        if (group) group.entityRefs.push(row.entityRef);
        else
          groups.push({
            step: row.step,
            verdict: row.verdict,
            entityRefs: [row.entityRef],
          });
      }
      groups.sort(
        (a, b) => a.step - b.step || a.verdict.localeCompare(b.verdict),
      );
      return { groups, total: rows.length, truncated: false };
    },
    async getHistory(ref) {
      maybeFail('history');
      find(ref);
      return {
        entityRef: stringifyEntityRef(ref),
        items: options.history ?? [],
      };
    },
    async listObjectives() {
      maybeFail('objectives');
      return { items: objectives.map(p => p.objective) };
    },
    async getObjectiveProgress(id) {
      maybeFail(`objective:${id}`);
      return objectiveProgress(id);
    },
    async createObjective(input) {
      maybeFail('createObjective');
      const objective: Objective = {
        ...input,
        id: `objective-${objectives.length + 1}`,
        origin: 'stored',
      };
      objectives.push({
        objective,
        groupRefs: [input.groupRef],
        generatedAt: new Date().toISOString(),
        total: 0,
        meeting: 0,
        notMeeting: [],
        overdue: false,
        trend: [],
        projection: { kind: 'insufficient-data' },
      });
      return objective;
    },
    async updateObjective(id, input) {
      maybeFail(`updateObjective:${id}`);
      const progress = objectiveProgress(id);
      progress.objective = { ...progress.objective, ...input };
      return progress.objective;
    },
    async deleteObjective(id) {
      maybeFail(`deleteObjective:${id}`);
      objectives.splice(objectives.indexOf(objectiveProgress(id)), 1);
    },
    // ── issue 12 §3: forms ──
    async getFormAnswers(ref, formId) {
      maybeFail(`form:${formId}`);
      find(ref);
      return versionsOf(ref, formId).slice(-1)[0] ?? null;
    },
    async saveFormAnswers(ref, formId, body) {
      maybeFail(`save-form:${body.status}`);
      const versions = versionsOf(ref, formId);
      const saved: FormVersion = {
        entityRef: stringifyEntityRef(find(ref)),
        formId,
        version: versions.length + 1,
        status: body.status,
        answers: body.answers,
        author: 'user:default/guest',
        savedAt: now.toISOString(),
      };
      versions.push(saved);
      return saved;
    },
    async getFormVersions(ref, formId) {
      find(ref);
      return [...versionsOf(ref, formId)]
        .reverse()
        .map(({ answers: _answers, ...summary }) => summary);
    },
    async getFormMarkdown(ref, formId, language) {
      const [latest] = versionsOf(ref, formId).slice(-1);
      if (!latest) throw new NotFoundError('Nobody answered yet');
      return formToMarkdown(latest, language);
    },
    // Criteria impact preview (issue 12 §5): the backend's reading and tally, in process.
    async previewCriteria(yaml) {
      maybeFail('previewCriteria');
      const [document] = parseYamlDocuments(yaml);
      if (!document || 'error' in document)
        throw new InputError('Malformed YAML');
      const value = document.value as any;
      let proposed: Criterion[];
      try {
        proposed = criteriaForSources(
          resolveCriteria(
            Array.isArray(value)
              ? value
              : value?.onboarding?.criteria ?? value?.criteria,
            all,
          ),
          new Set((options.sources?.items ?? []).map(source => source.id)),
        );
      } catch (error) {
        throw new InputError((error as Error).message);
      }
      const tally = new CriteriaImpactTally();
      for (const entity of byRef.values()) {
        const context = { now, ...options.facts?.[stringifyEntityRef(entity)] };
        tally.add(
          {
            entityRef: stringifyEntityRef(entity),
            ...(entity.metadata.title ? { title: entity.metadata.title } : {}),
            ...(entity.spec?.owner
              ? { ownerRef: String(entity.spec.owner) }
              : {}),
          },
          evaluateEntity(entity, criteria, context),
          evaluateEntity(entity, proposed, context),
        );
      }
      const ids = (list: Criterion[]) => new Set(list.map(c => c.id));
      return tally.result({
        currentVersion: 'in-process',
        proposedVersion: 'proposed',
        criteria: {
          added: proposed.filter(c => !ids(criteria).has(c.id)).map(c => c.id),
          removed: criteria
            .filter(c => !ids(proposed).has(c.id))
            .map(c => c.id),
          changed: proposed
            .filter(c => {
              const before = criteria.find(b => b.id === c.id);
              return before && JSON.stringify(before) !== JSON.stringify(c);
            })
            .map(c => c.id),
        },
      });
    },
    async getSharedTraining() {
      maybeFail('getSharedTraining');
      return sharedTraining;
    },
    async shareTraining(input) {
      maybeFail('shareTraining');
      sharedTraining = {
        shared: true,
        ...validateSharedTraining(input),
        updatedAt: now.toISOString(),
      };
      return sharedTraining;
    },
    async unshareTraining() {
      maybeFail('unshareTraining');
      sharedTraining = { shared: false };
    },
    async getTeamTraining(ref) {
      maybeFail('teamTraining');
      const groupRef = stringifyEntityRef(ref);
      const others = options.training ?? { otherMembers: 0, otherShared: [] };
      const own =
        sharedTraining.shared && sharedTraining.perimeter
          ? [
              {
                perimeter: sharedTraining.perimeter,
                consulted: sharedTraining.consulted ?? [],
              },
            ]
          : [];
      return summarizeTeamTraining({
        groupRef,
        groupRefs: [groupRef],
        members: others.otherMembers + 1,
        shared: [...others.otherShared, ...own],
      });
    },
  };
  return { api, calls };
}
