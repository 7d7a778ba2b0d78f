export {
  DOCUMENT_LIMITS,
  parseYamlDocuments,
  assertBoundedValue,
} from './boundedYaml';
export type { YamlDocumentResult, YamlPath } from './boundedYaml';
