/**
 * Backend for the Cloud Pi Native onboarding plugin.
 *
 * @packageDocumentation
 */
export { onboardingPlugin as default } from './plugin';
