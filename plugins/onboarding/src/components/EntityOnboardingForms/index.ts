export { EntityOnboardingForms } from './EntityOnboardingForms';
