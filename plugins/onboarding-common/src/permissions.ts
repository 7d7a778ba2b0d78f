import { createPermission } from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';

/**
 * Re-evaluating an entity on demand writes to its evaluation history. It is a catalog
 * entity resource permission, checked with the entity's ref, so a permission policy can
 * keep it to the entity's owners (e.g. the catalog's `isEntityOwner` condition). Reading
 * evaluations needs no permission of its own: it follows what the catalog lets the
 * caller see.
 */
export const onboardingRefreshPermission = createPermission({
  name: 'onboarding.evaluation.refresh',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Creating, changing or deleting a team objective (objectives declared in
 * app-config.yaml stay read-only). A basic permission: objectives span teams, so a
 * policy gives it to the platform team. Reading objectives follows the team summary's
 * rules (what the catalog lets the caller see).
 */
export const onboardingObjectiveManagePermission = createPermission({
  name: 'onboarding.objective.manage',
  attributes: { action: 'update' },
});

// ── issue 12 §3: prequalification and project-plan forms ──────────────────
/**
 * Saving answers to an entity's prequalification or project-plan form (a draft or a
 * submission, which then counts as evidence for its gate). A catalog entity resource
 * permission, like the refresh one, so a policy can keep it to the entity's owners.
 * Reading the answers follows what the catalog lets the caller see.
 */
export const onboardingFormAnswerPermission = createPermission({
  name: 'onboarding.form.answer',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Recording a gate review (a committee's go/no-go decision) for an entity. A catalog
 * entity resource permission checked with the entity's ref, so a policy can give it to
 * the programme's support team only. Reading reviews follows what the catalog lets the
 * caller see.
 */
export const onboardingGateReviewPermission = createPermission({
  name: 'onboarding.gate.review',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Previewing the impact of a proposed criteria set (issue 12 §5). A basic permission: the
 * preview evaluates the whole catalog the caller may see, so a policy gives it to the
 * platform team.
 */
export const onboardingCriteriaPreviewPermission = createPermission({
  name: 'onboarding.criteria.preview',
  attributes: { action: 'read' },
});

/** Every permission the onboarding plugins define. */
export const onboardingPermissions = [
  onboardingRefreshPermission,
  onboardingObjectiveManagePermission,
  onboardingFormAnswerPermission,
  onboardingGateReviewPermission,
  onboardingCriteriaPreviewPermission,
];
