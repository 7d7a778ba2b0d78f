import { createRouteRef } from '@backstage/core-plugin-api';
import { createRouteRef as createPageRouteRef } from '@backstage/frontend-plugin-api';

/** The onboarding page (team maturity and template scores), classic frontend system. */
export const rootRouteRef = createRouteRef({ id: 'onboarding' });

/**
 * Where the onboarding page is mounted, new frontend system. Its sub-paths (the journey
 * guide, the support cases) are built from it, see `guidePaths`.
 */
export const onboardingPageRouteRef = createPageRouteRef();
