import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  CatalogFilterQuery,
  CatalogFilterResult,
  CriteriaDocument,
  CriteriaImpact,
  EntityHistory,
  EntityReport,
  FormStatus,
  FormVersion,
  FormVersionSummary,
  GateReview,
  GateReviewInput,
  GateReviewList,
  JoinedEntityReport,
  JourneyView,
  Language,
  Objective,
  ObjectiveInput,
  ObjectiveList,
  ObjectiveProgress,
  SourcesResponse,
  TeamEntityPage,
  TeamSummary,
  TemplateDetail,
  TemplateScoresResponse,
  SharedTrainingInput,
  SharedTrainingState,
  TeamTraining,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { OnboardingApi } from './OnboardingApi';
import { CriteriaDocuments } from './criteriaDocuments';

const entityPath = ({ namespace, kind, name }: CompoundEntityRef) =>
  `/entities/${[namespace, kind, name].map(encodeURIComponent).join('/')}`;

const jsonBody = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

const formPath = (entity: CompoundEntityRef, formId: string) =>
  `${entityPath(entity)}/forms/${encodeURIComponent(formId)}`;

/** Talks to the onboarding backend with the signed-in user's credentials. */
export class OnboardingClient implements OnboardingApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;
  private readonly criteria = new CriteriaDocuments(language =>
    this.request<CriteriaDocument>(`/criteria?lang=${language}`),
  );

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getCriteria(language: Language): Promise<CriteriaDocument> {
    return this.criteria.get(language);
  }

  async getJourney(language: Language): Promise<JourneyView> {
    return this.request<JourneyView>(`/journey?lang=${language}`);
  }

  async getEntityReport(
    entity: CompoundEntityRef,
    language: Language,
  ): Promise<JoinedEntityReport> {
    return this.criteria.join(
      await this.request<EntityReport>(
        `${entityPath(entity)}?lang=${language}`,
      ),
    );
  }

  async refreshEntity(
    entity: CompoundEntityRef,
    language: Language,
  ): Promise<JoinedEntityReport> {
    return this.criteria.join(
      await this.request<EntityReport>(
        `${entityPath(entity)}/refresh?lang=${language}`,
        { method: 'POST' },
      ),
    );
  }

  async getHistory(
    entity: CompoundEntityRef,
    options: { limit?: number } = {},
  ): Promise<EntityHistory> {
    const query = options.limit ? `?limit=${options.limit}` : '';
    return this.request<EntityHistory>(`${entityPath(entity)}/history${query}`);
  }

  async getSources(): Promise<SourcesResponse> {
    return this.request<SourcesResponse>('/sources');
  }

  async getTemplateScores(language: Language): Promise<TemplateScoresResponse> {
    return this.request<TemplateScoresResponse>(`/templates?lang=${language}`);
  }

  async getTemplateDetail(
    template: Pick<CompoundEntityRef, 'namespace' | 'name'>,
    language: Language,
  ): Promise<TemplateDetail<JoinedEntityReport>> {
    const path = `/templates/${encodeURIComponent(
      template.namespace,
    )}/${encodeURIComponent(template.name)}`;
    const detail = await this.request<TemplateDetail>(
      `${path}?lang=${language}`,
    );
    return { ...detail, report: await this.criteria.join(detail.report) };
  }

  async getGroupSummary(
    group: CompoundEntityRef,
    language: Language,
    options: { weeks?: number; page?: TeamEntityPage } = {},
  ): Promise<TeamSummary> {
    const query = new URLSearchParams({ lang: language });
    if (options.weeks) query.set('weeks', String(options.weeks));
    for (const [key, value] of Object.entries(options.page ?? {})) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    const path = `/groups/${encodeURIComponent(
      group.namespace,
    )}/${encodeURIComponent(group.name)}/summary`;
    return this.request<TeamSummary>(`${path}?${query}`);
  }

  async getCatalogFilter(
    query: CatalogFilterQuery = {},
  ): Promise<CatalogFilterResult> {
    const params = new URLSearchParams();
    if (query.steps?.length) params.set('step', query.steps.join(','));
    if (query.verdicts?.length) params.set('verdict', query.verdicts.join(','));
    const search = params.toString();
    return this.request<CatalogFilterResult>(
      `/catalog-filter${search ? `?${search}` : ''}`,
    );
  }

  // --- Team objectives (issue 12 §2) ---
  async listObjectives(): Promise<ObjectiveList> {
    return this.request<ObjectiveList>('/objectives');
  }

  async getObjectiveProgress(id: string): Promise<ObjectiveProgress> {
    return this.request<ObjectiveProgress>(
      `/objectives/${encodeURIComponent(id)}`,
    );
  }

  async createObjective(input: ObjectiveInput): Promise<Objective> {
    return this.request<Objective>('/objectives', jsonBody('POST', input));
  }

  async updateObjective(id: string, input: ObjectiveInput): Promise<Objective> {
    return this.request<Objective>(
      `/objectives/${encodeURIComponent(id)}`,
      jsonBody('PUT', input),
    );
  }

  async deleteObjective(id: string): Promise<void> {
    await this.fetch(`/objectives/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }
  // --- End of team objectives ---

  // ── issue 12 §3: prequalification and project-plan forms ──
  async getFormAnswers(
    entity: CompoundEntityRef,
    formId: string,
  ): Promise<FormVersion | null> {
    const { latest } = await this.request<{ latest: FormVersion | null }>(
      formPath(entity, formId),
    );
    return latest;
  }

  async saveFormAnswers(
    entity: CompoundEntityRef,
    formId: string,
    body: { status: FormStatus; answers: FormVersion['answers'] },
  ): Promise<FormVersion> {
    return this.request<FormVersion>(
      formPath(entity, formId),
      jsonBody('POST', body),
    );
  }

  async getFormVersions(
    entity: CompoundEntityRef,
    formId: string,
  ): Promise<FormVersionSummary[]> {
    const { items } = await this.request<{ items: FormVersionSummary[] }>(
      `${formPath(entity, formId)}/versions`,
    );
    return items;
  }

  async getFormMarkdown(
    entity: CompoundEntityRef,
    formId: string,
    language: Language,
  ): Promise<string> {
    const response = await this.fetch(
      `${formPath(entity, formId)}/markdown?lang=${language}`,
    );
    return response.text();
  }

  async getReviews(entity: CompoundEntityRef): Promise<GateReviewList> {
    return this.request<GateReviewList>(`${entityPath(entity)}/reviews`);
  }

  async recordReview(
    entity: CompoundEntityRef,
    review: GateReviewInput,
  ): Promise<GateReview> {
    return this.request<GateReview>(
      `${entityPath(entity)}/reviews`,
      jsonBody('POST', review),
    );
  }

  // --- Criteria impact preview (issue 12 §5) ---
  async previewCriteria(yaml: string): Promise<CriteriaImpact> {
    return this.request<CriteriaImpact>('/criteria/preview', {
      method: 'POST',
      headers: { 'Content-Type': 'application/yaml' },
      body: yaml,
    });
  }
  // --- End of criteria impact preview ---

  // --- Self-training paths (issue 14 §3) ---
  async getSharedTraining(): Promise<SharedTrainingState> {
    return this.request<SharedTrainingState>('/training/shared');
  }

  async shareTraining(
    input: SharedTrainingInput,
  ): Promise<SharedTrainingState> {
    return this.request<SharedTrainingState>(
      '/training/shared',
      jsonBody('PUT', input),
    );
  }

  async unshareTraining(): Promise<void> {
    const baseUrl = await this.discoveryApi.getBaseUrl('onboarding');
    const response = await this.fetchApi.fetch(`${baseUrl}/training/shared`, {
      method: 'DELETE',
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
  }

  async getTeamTraining(group: CompoundEntityRef): Promise<TeamTraining> {
    return this.request<TeamTraining>(
      `/groups/${encodeURIComponent(group.namespace)}/${encodeURIComponent(
        group.name,
      )}/training`,
    );
  }
  // --- End of self-training paths ---

  private async fetch(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('onboarding');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    return (await (await this.fetch(path, init)).json()) as T;
  }
}
