import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  CatalogFilterQuery,
  CatalogFilterResult,
  CriteriaDocument,
  EntityHistory,
  EntityReport,
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
    const baseUrl = await this.discoveryApi.getBaseUrl('onboarding');
    const response = await this.fetchApi.fetch(
      `${baseUrl}/objectives/${encodeURIComponent(id)}`,
      { method: 'DELETE' },
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
  }
  // --- End of team objectives ---

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('onboarding');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
