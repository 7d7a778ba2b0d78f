import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Re-evaluating an entity on demand writes to the evaluation history; a permission
 * policy may keep it to, say, the entity's owners. Reading evaluations needs no
 * permission of its own: it follows what the catalog lets the caller see.
 */
export const onboardingRefreshPermission = createPermission({
  name: 'onboarding.evaluation.refresh',
  attributes: { action: 'update' },
});

/** Every permission the onboarding plugins define. */
export const onboardingPermissions = [onboardingRefreshPermission];
