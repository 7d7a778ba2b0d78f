export { ViewRoot } from './ViewRoot';
export type { OnboardingView } from './ViewRoot';
