export { CriteriaPreview } from './CriteriaPreview';
