/**
 * The SonarQube fact source of the Cloud Pi Native onboarding backend: the quality gate,
 * coverage and ratings SonarQube measures, for the measured criteria of gates 3 and 4.
 *
 * @packageDocumentation
 */
export { onboardingModuleSonarQube as default } from './module';
export { sonarQubeSourceFromConfig } from './module';
export {
  SonarQubeFactSource,
  SONARQUBE_FACTS,
  SONARQUBE_PROJECT_KEY_ANNOTATION,
} from './SonarQubeFactSource';
