export {
  DOCUMENT_LIMITS,
  MAX_YAML_BYTES,
  parseYamlDocuments,
  assertBoundedValue,
} from './boundedYaml';
export type { YamlDocumentResult, YamlPath } from './boundedYaml';
export {
  DEFAULT_EVALUATED_KINDS,
  isEvaluatedKind,
  notEvaluatedKindMessage,
  readCatalogInfoText,
  readEntityDocuments,
  skipReasonOf,
} from './entityDocuments';
export type { SubmittedDocument } from './entityDocuments';
