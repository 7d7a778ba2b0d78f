export { TemplateScores } from './TemplateScores';
export { OutcomesLine, ScoreLine } from './TemplateSummary';
