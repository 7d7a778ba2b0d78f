export { Objectives } from './Objectives';
