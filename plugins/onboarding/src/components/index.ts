export * from './EntityOnboardingCard';
export * from './EntityOnboardingContent';
