import { Language } from '../i18n';
import { PERIMETERS, PerimeterId } from './perimeters';
import { RESOURCES, Resource } from './resources';
import { STEPS, StepNumber } from './steps';

/** A step with its texts in one language. */
export interface StepView {
  number: StepNumber;
  title: string;
  objective: string;
  maturity: string;
  keyActions: string[];
  deliverable: string | null;
  gate: string | null;
  gapNote?: string;
  docsPath: string;
}

/** A perimeter with its texts in one language. */
export interface PerimeterView {
  id: PerimeterId;
  label: string;
  responsibility: string;
  examples: string;
}

/** The whole journey in one language: what `GET /journey` serves. */
export interface JourneyView {
  language: Language;
  steps: StepView[];
  perimeters: PerimeterView[];
  resources: Resource[];
}

/** The journey's texts in the given language, with the resources in force (the defaults unless configured). */
export function viewJourney(
  language: Language,
  resources: readonly Resource[] = RESOURCES,
): JourneyView {
  return {
    language,
    steps: STEPS.map(step => ({
      number: step.number,
      title: step.title[language],
      objective: step.objective[language],
      maturity: step.maturity[language],
      keyActions: step.keyActions[language],
      deliverable: step.deliverable?.[language] ?? null,
      gate: step.gate?.[language] ?? null,
      ...(step.gapNote ? { gapNote: step.gapNote[language] } : {}),
      docsPath: step.docsPath,
    })),
    perimeters: PERIMETERS.map(perimeter => ({
      id: perimeter.id,
      label: perimeter.label[language],
      responsibility: perimeter.responsibility[language],
      examples: perimeter.examples[language],
    })),
    resources: resources.map(({ titles, ...resource }) => ({
      ...resource,
      title: titles?.[language] ?? resource.title,
    })),
  };
}

/**
 * The resources recommended at a step, for one perimeter or for all of them.
 * Resources written for everyone are kept whatever the perimeter.
 */
export function selectResources<R extends Resource>(
  resources: readonly R[],
  step: StepNumber,
  perimeter?: PerimeterId,
): R[] {
  return resources.filter(
    resource =>
      resource.step === step &&
      (!perimeter ||
        resource.perimeter === 'all' ||
        resource.perimeter === perimeter),
  );
}
