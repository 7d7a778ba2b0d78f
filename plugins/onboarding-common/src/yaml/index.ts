export {
  DOCUMENT_LIMITS,
  parseYamlDocuments,
  assertBoundedValue,
} from './boundedYaml';
export type { YamlDocumentResult, YamlPath } from './boundedYaml';
export {
  DEFAULT_EVALUATED_KINDS,
  isEvaluatedKind,
  notEvaluatedKindMessage,
  readEntityDocuments,
  skipReasonOf,
} from './entityDocuments';
export type { SubmittedDocument } from './entityDocuments';
