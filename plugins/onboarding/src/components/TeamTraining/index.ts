export { TeamTraining } from './TeamTraining';
