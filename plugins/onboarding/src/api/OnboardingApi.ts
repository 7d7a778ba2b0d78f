import { createApiRef } from '@backstage/frontend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  CriteriaImpact,
  CatalogFilterQuery,
  CatalogFilterResult,
  CriteriaDocument,
  EntityHistory,
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

/** Client of the onboarding backend. Reports come joined with their criteria's texts. */
export interface OnboardingApi {
  /** The whole journey (steps, perimeters, resources) with its texts in one language. */
  getJourney(language: Language): Promise<JourneyView>;
  /** The entity's latest evaluation: step, gate verdicts, every criterion's result. */
  getEntityReport(
    entity: CompoundEntityRef,
    language: Language,
  ): Promise<JoinedEntityReport>;
  /** Evaluates the entity now and returns the fresh result. */
  refreshEntity(
    entity: CompoundEntityRef,
    language: Language,
  ): Promise<JoinedEntityReport>;
  /** The entity's stored evaluations, newest first. */
  getHistory(
    entity: CompoundEntityRef,
    options?: { limit?: number },
  ): Promise<EntityHistory>;
  /**
   * The fact sources configured (simulators say so), what each measures and for which
   * criteria, their health, and the gates resting on declarations.
   */
  getSources(): Promise<SourcesResponse>;
  /** Every template, scored, best first, with its projects' outcomes (no criteria). */
  getTemplateScores(language: Language): Promise<TemplateScoresResponse>;
  /** One template's score, outcomes and criteria. */
  getTemplateDetail(
    template: Pick<CompoundEntityRef, 'namespace' | 'name'>,
    language: Language,
  ): Promise<TemplateDetail<JoinedEntityReport>>;
  /**
   * The maturity of a group and all its sub-groups, with one page of their entities
   * (searched, sorted and paged by the backend).
   */
  getGroupSummary(
    group: CompoundEntityRef,
    language: Language,
    options?: { weeks?: number; page?: TeamEntityPage },
  ): Promise<TeamSummary>;
  /**
   * The entities the caller may read at these steps and next-gate verdicts (all evaluated
   * entities when the query is empty), grouped by step and verdict: what the catalog
   * page's onboarding filters need, in one request.
   */
  getCatalogFilter(query?: CatalogFilterQuery): Promise<CatalogFilterResult>;

  // --- Team objectives (issue 12 §2) ---
  /** The objectives whose group the caller may see, by due date. */
  listObjectives(): Promise<ObjectiveList>;
  /** One objective's progress: who meets its target, who does not, its trend and projection. */
  getObjectiveProgress(id: string): Promise<ObjectiveProgress>;
  /** Sets an objective (permission onboarding.objective.manage). */
  createObjective(input: ObjectiveInput): Promise<Objective>;
  /** Changes a stored objective (permission onboarding.objective.manage). */
  updateObjective(id: string, input: ObjectiveInput): Promise<Objective>;
  /** Deletes a stored objective (permission onboarding.objective.manage). */
  deleteObjective(id: string): Promise<void>;
  // --- End of team objectives ---

  // ── issue 12 §3: prequalification and project-plan forms ──
  /** The newest version of the entity's answers to a form; null when nobody answered yet. */
  getFormAnswers(
    entity: CompoundEntityRef,
    formId: string,
  ): Promise<FormVersion | null>;
  /** Saves a new version (a draft, or a submission that feeds the gate's criteria). */
  saveFormAnswers(
    entity: CompoundEntityRef,
    formId: string,
    body: { status: FormStatus; answers: FormVersion['answers'] },
  ): Promise<FormVersion>;
  /** Every version, newest first, without the answers. */
  getFormVersions(
    entity: CompoundEntityRef,
    formId: string,
  ): Promise<FormVersionSummary[]>;
  /** The newest version as Markdown, to send to the programme. */
  getFormMarkdown(
    entity: CompoundEntityRef,
    formId: string,
    language: Language,
  ): Promise<string>;
  /** Every gate review of the entity, newest first. */
  getReviews(entity: CompoundEntityRef): Promise<GateReviewList>;
  /** Records a committee's decision (permission `onboarding.gate.review`); returns the stored record. */
  recordReview(
    entity: CompoundEntityRef,
    review: GateReviewInput,
  ): Promise<GateReview>;

  // --- Criteria impact preview (issue 12 §5) ---
  /**
   * What a proposed `onboarding.criteria` (YAML, as in app-config) would change across
   * the catalog, evaluated without storing anything (permission onboarding.criteria.preview).
   */
  previewCriteria(yaml: string): Promise<CriteriaImpact>;
  // --- End of criteria impact preview ---
  // --- Self-training paths (issue 14 §3) ---
  /** Whether the signed-in user shares their self-training path, and what they shared. */
  getSharedTraining(): Promise<SharedTrainingState>;
  /** Shares (or updates) the signed-in user's path with their teams. */
  shareTraining(input: SharedTrainingInput): Promise<SharedTrainingState>;
  /** Stops sharing the signed-in user's path; what was shared is deleted. */
  unshareTraining(): Promise<void>;
  /** Counts over the members of a group and its sub-groups who share their path. */
  getTeamTraining(group: CompoundEntityRef): Promise<TeamTraining>;
  // --- End of self-training paths ---

  // --- Journey guide (issue 14 §1) ---
  /** The go/no-go criteria in force (defaults plus configuration), texts in one language. */
  getCriteria(language: Language): Promise<CriteriaDocument>;
  // --- End of journey guide ---
}

/** Reference to the {@link OnboardingApi}. */
export const onboardingApiRef = createApiRef<OnboardingApi>().with({
  id: 'plugin.onboarding.api',
  pluginId: 'onboarding',
});
