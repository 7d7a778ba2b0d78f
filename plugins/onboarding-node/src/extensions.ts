import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { FactSource } from './FactSource';

/** Lets backend modules add fact sources to the onboarding backend. */
export interface OnboardingFactSourcesExtensionPoint {
  addFactSource(...sources: FactSource[]): void;
}

/**
 * The extension point through which `onboarding-backend-module-*` packages register their
 * fact sources.
 *
 * @public
 */
export const onboardingFactSourcesExtensionPoint =
  createExtensionPoint<OnboardingFactSourcesExtensionPoint>({
    id: 'onboarding.fact-sources',
  });
