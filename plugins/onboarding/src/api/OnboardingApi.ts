import { createApiRef } from '@backstage/frontend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  EntityHistory,
  GateReview,
  GateReviewInput,
  GateReviewList,
  JoinedEntityReport,
  JourneyView,
  Language,
  SourcesResponse,
  TeamEntityPage,
  TeamSummary,
  TemplateDetail,
  TemplateScoresResponse,
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
  /** Every gate review of the entity, newest first. */
  getReviews(entity: CompoundEntityRef): Promise<GateReviewList>;
  /** Records a committee's decision (permission `onboarding.gate.review`); returns the stored record. */
  recordReview(
    entity: CompoundEntityRef,
    review: GateReviewInput,
  ): Promise<GateReview>;
}

/** Reference to the {@link OnboardingApi}. */
export const onboardingApiRef = createApiRef<OnboardingApi>().with({
  id: 'plugin.onboarding.api',
  pluginId: 'onboarding',
});
