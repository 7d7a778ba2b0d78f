export * from './useJourney';
export * from './useJourneyLanguage';
export * from './useEntityReport';
export * from './usePerimeterPreference';
export * from './useSources';
export { useTrainingPath } from './useTrainingPath';
export type { TrainingPath } from './useTrainingPath';
