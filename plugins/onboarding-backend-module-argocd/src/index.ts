/**
 * The Argo CD fact source of the Cloud Pi Native onboarding backend: sync and health of a
 * project's applications, dev/preprod (gate 3) apart from prod (gate 4).
 *
 * @packageDocumentation
 */
export { onboardingModuleArgoCd as default } from './module';
export {
  ArgoCdFactSource,
  ANNOTATION_ARGOCD_SELECTOR,
} from './ArgoCdFactSource';
export type { ArgoCdFactSourceOptions } from './ArgoCdFactSource';
