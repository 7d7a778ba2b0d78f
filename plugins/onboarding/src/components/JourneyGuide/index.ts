export { JourneyGuide } from './JourneyGuide';
export { GuideStep } from './GuideStep';
export { guidePaths } from './guidePaths';
export type { GuidePaths } from './guidePaths';
