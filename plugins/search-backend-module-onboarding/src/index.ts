/**
 * Backstage search module indexing the Cloud Pi Native onboarding journey's
 * recommended resources, so that searching the portal finds them.
 *
 * @packageDocumentation
 */
export { searchModuleOnboardingCollator as default } from './module';
export { OnboardingResourceCollatorFactory } from './OnboardingResourceCollatorFactory';
export {
  resourceDocuments,
  ONBOARDING_RESOURCE_DOCUMENT_TYPE,
} from './resourceDocuments';
