export { finalUser, isRootUser } from './dockerfile';
export { catalogInclude, isCatalogProject } from './ciCatalog';
export type { CatalogInclude } from './ciCatalog';
