export * from './useJourney';
export * from './useJourneyLanguage';
