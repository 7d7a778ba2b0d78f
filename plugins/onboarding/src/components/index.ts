export * from './EntityOnboardingCard';
