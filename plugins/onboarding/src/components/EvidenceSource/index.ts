export { EvidenceSource } from './EvidenceSource';
export {
  EvidenceSourcesProvider,
  useEvidenceSources,
} from './EvidenceSourcesContext';
export type { EvidenceSources } from './EvidenceSourcesContext';
