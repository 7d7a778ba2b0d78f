/**
 * What Cloud Pi Native onboarding backend modules build on: the fact source contract,
 * the extension point that registers sources, and the HTTP client every source shares.
 *
 * @packageDocumentation
 */
export * from './FactSource';
export * from './extensions';
export * from './createFactSourceModule';
export * from './http';
export * from './config';
export * from './gatheredFacts';
