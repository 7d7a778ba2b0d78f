export * from './OnboardingApi';
export * from './OnboardingClient';
