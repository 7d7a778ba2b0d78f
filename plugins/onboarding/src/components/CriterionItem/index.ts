export { CriterionItem } from './CriterionItem';
export { CriterionList } from './CriterionList';
