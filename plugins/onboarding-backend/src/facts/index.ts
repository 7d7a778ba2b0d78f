export type { FactSource, GatheredFacts } from './FactSource';
export { TemplateFactSource } from './TemplateFactSource';
