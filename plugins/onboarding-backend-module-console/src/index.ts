/**
 * The Cloud Pi Native console as a fact source of the onboarding backend.
 *
 * @packageDocumentation
 */
export { onboardingModuleConsole as default } from './module';
export { ConsoleFactSource, CONSOLE_FACTS } from './ConsoleFactSource';
export { readConsoleSourceConfig } from './config';
export type { ConsoleSourceOptions } from './config';
