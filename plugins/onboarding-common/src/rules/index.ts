export * from './types';
export { readFact, parseFactName, FACT_SOURCES } from './facts';
export type { FactValue } from './facts';
export { evaluateRule, parseIsoDate } from './evaluateRule';
export { validateRule } from './validateRule';
export { describeFinding } from './messages';
