import {
  PerimeterId,
  ResourceKind,
  ResourceLanguage,
  StepNumber,
} from './journey';

/** The Backstage search document type of the journey's recommended resources. */
export const ONBOARDING_RESOURCE_DOCUMENT_TYPE = 'onboarding-resource';

/**
 * A recommended resource as Backstage search indexes it: `title` and `location` (the
 * resource's own URL) are what search shows; `text` adds the step and perimeter in
 * French and English, so either language finds it.
 */
export interface OnboardingResourceDocument {
  title: string;
  text: string;
  location: string;
  step: StepNumber;
  perimeter: PerimeterId | 'all';
  kind: ResourceKind;
  language: ResourceLanguage;
  /** The step's title in French and English. */
  stepTitle: { fr: string; en: string };
}
