export type { FactSource, GatheredFacts } from './FactSource';
export { TemplateFactSource, DEFAULT_FACTS_TTL_MS } from './TemplateFactSource';
