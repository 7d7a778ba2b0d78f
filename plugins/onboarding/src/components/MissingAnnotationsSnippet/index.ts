export { MissingAnnotationsSnippet } from './MissingAnnotationsSnippet';
export { missingAnnotations } from './missingAnnotations';
