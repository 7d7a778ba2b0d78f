/**
 * The Harbor fact source of the Cloud Pi Native onboarding backend: the Trivy scans of
 * each console project's latest images, for the measured criteria of gates 3 and 4.
 *
 * @packageDocumentation
 */
export { onboardingModuleHarbor as default } from './module';
export { harborSourceFromConfig } from './module';
export {
  HarborFactSource,
  HARBOR_FACTS,
  CONSOLE_PROJECT_ANNOTATION,
} from './HarborFactSource';
