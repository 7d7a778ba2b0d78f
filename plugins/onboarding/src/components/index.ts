export * from './EntityOnboardingCard';
export * from './EntityOnboardingContent';
export * from './GroupOnboardingContent';
export * from './OnboardingPage';
export * from './TeamMaturity';
export * from './TemplateScores';
export * from './TemplateScoreCard';
