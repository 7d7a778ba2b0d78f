export { TemplateScoreCard } from './TemplateScoreCard';
