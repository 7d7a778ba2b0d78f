import { createRouteRef } from '@backstage/core-plugin-api';

/** The onboarding page (team maturity and template scores), classic frontend system. */
export const rootRouteRef = createRouteRef({ id: 'onboarding' });
