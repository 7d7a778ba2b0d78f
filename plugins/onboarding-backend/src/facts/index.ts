export type { FactSource, GatheredFacts, FactDefinition } from './FactSource';
export { TemplateFactSource, DEFAULT_FACTS_TTL_MS } from './TemplateFactSource';
export type { FactStore, StoredFacts, SourceHealthRow } from './FactStore';
export { DatabaseFactStore } from './DatabaseFactStore';
export { FactGatherer } from './FactGatherer';
export type { GatheringSettings, GatheringPassSummary } from './FactGatherer';
export { storedFactsForEvaluation } from './storedFactsForEvaluation';
