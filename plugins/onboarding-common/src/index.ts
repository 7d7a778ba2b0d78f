/**
 * The Cloud Pi Native onboarding journey, shared by the onboarding frontend and backend:
 * steps, perimeters, resources, annotation names and the readers built on them.
 *
 * @packageDocumentation
 */
export * from './i18n';
export * from './annotations';
export * from './journey';
export * from './declaredStep';
export * from './links';
export * from './rules';
export * from './criteria';
export * from './facts';
export * from './annotationCatalog';
export * from './report';
export * from './permissions';
export * from './yaml';
export * from './search';
export * from './objectives';
export * from './forms';
export * from './reviews';
export * from './training';
