export { finalUser, isRootUser } from './dockerfile';
export { catalogInclude, isCatalogProject } from './ciCatalog';
export type { CatalogInclude } from './ciCatalog';
export {
  NOT_READ_FOR_SUBMITTED,
  templateActions,
  templateDocumentFacts,
  undocumentedParameters,
} from './templateDocument';
