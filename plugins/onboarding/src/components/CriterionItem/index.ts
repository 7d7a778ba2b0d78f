export { CriterionItem } from './CriterionItem';
