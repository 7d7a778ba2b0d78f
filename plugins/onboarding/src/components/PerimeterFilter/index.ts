export { PerimeterFilter } from './PerimeterFilter';
