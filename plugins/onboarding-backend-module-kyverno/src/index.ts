/**
 * The Kyverno fact source of the Cloud Pi Native onboarding backend: PolicyReports read
 * through the Kubernetes API, failures per policy in dev/preprod (gate 3) and prod (gate 4).
 *
 * @packageDocumentation
 */
export { onboardingModuleKyverno as default } from './module';
export { KyvernoFactSource } from './KyvernoFactSource';
export type { KyvernoFactSourceOptions } from './KyvernoFactSource';
