export { AnnotationSnippet } from './AnnotationSnippet';
