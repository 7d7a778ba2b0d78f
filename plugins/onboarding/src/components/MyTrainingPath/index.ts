export { MyTrainingPath } from './MyTrainingPath';
