import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * Texts of the onboarding plugin. English is the reference the types are checked
 * against; the French file must give every key (the compiler enforces it).
 * Journey texts (steps, perimeters) are not here: they come from the common package.
 */
export const onboardingTranslationRef = createTranslationRef({
  id: 'onboarding',
  messages: {
    entityCard: {
      title: 'Cloud Pi Native onboarding',
      journeyLabel: 'Onboarding journey, step {{step}} of 5',
      declaredStep: 'Declared step {{step}} of 5',
      maturity: 'Maturity: {{maturity}}',
      deliverable: 'Deliverable: {{deliverable}}',
      gate: 'Go/no-go to leave this step: {{gate}}',
      resourcesTitle: 'Recommended resources for step {{step}}',
      noResources: 'No resource is recommended for this step yet.',
      openConsole: 'Open the project in the Cloud Pi Native console',
      openDocs: 'Cloud Pi Native documentation',
      noConsoleHint:
        'Add the {{annotation}} annotation to link this entity to its project in the console.',
      missingTitle: 'No onboarding step declared',
      missingDescription:
        "Add this annotation to the entity's catalog-info.yaml to place it on the Cloud Pi Native journey (1 to 5):",
      invalidTitle: 'Invalid onboarding step',
      invalidDescription:
        'The annotation {{annotation}} holds {{value}}: expected a whole number from 1 to 5.',
      errorTitle: 'The onboarding journey could not be loaded',
      retry: 'Retry',
      newTab: '(opens in a new tab)',
    },
    perimeter: {
      all: 'Everyone',
    },
    resourceKind: {
      article: 'Article',
      checklist: 'Checklist',
      course: 'Course',
      doc: 'Documentation',
      'doc-pdf': 'Document (PDF)',
      form: 'Form',
      publication: 'Publication',
      site: 'Website',
      'slides-pdf': 'Slides (PDF)',
      tutorial: 'Tutorial',
      video: 'Video',
    },
    resourceLanguage: {
      fr: 'French',
      en: 'English',
      unknown: 'Language not stated',
    },
    resourceFlag: {
      intranetOnly: 'State intranet (RIE) only',
      paid: 'Paid or paywalled',
    },
  },
  translations: {
    fr: () => import('./translations/fr'),
  },
});
