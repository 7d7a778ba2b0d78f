export { FactSources } from './FactSources';
