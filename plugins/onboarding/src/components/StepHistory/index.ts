export { StepHistory } from './StepHistory';
