export { OnboardingLinks } from './OnboardingLinks';
