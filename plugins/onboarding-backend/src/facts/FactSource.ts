// One contract for every fact source, built-in or from a module: the node package's.
export type {
  FactSource,
  GatheredFacts,
  FactDefinition,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
