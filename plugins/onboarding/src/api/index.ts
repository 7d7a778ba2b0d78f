export * from './OnboardingApi';
export * from './OnboardingClient';
export * from './reportView';
