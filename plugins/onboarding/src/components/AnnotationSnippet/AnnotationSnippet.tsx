import { CodeSnippet } from '@backstage/core-components';

export interface AnnotationSnippetProps {
  /** Annotation names and the example value to show for each. */
  annotations: Record<string, string>;
}

/** A catalog-info.yaml fragment to paste, with a copy button. */
export function AnnotationSnippet({ annotations }: AnnotationSnippetProps) {
  const lines = Object.entries(annotations).map(
    ([name, value]) => `    ${name}: ${JSON.stringify(value)}`,
  );
  const text = ['metadata:', '  annotations:', ...lines].join('\n');
  return <CodeSnippet text={text} language="yaml" showCopyCodeButton />;
}
