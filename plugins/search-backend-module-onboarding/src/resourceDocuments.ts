import {
  ONBOARDING_RESOURCE_DOCUMENT_TYPE,
  OnboardingResourceDocument,
  PERIMETERS,
  RESOURCES,
  Resource,
  getStep,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

export { ONBOARDING_RESOURCE_DOCUMENT_TYPE };

const ALL_PERIMETERS = { fr: 'Tous les périmètres', en: 'All perimeters' };

/** Words that say what a resource is, in both languages, so "vidéo" or "video" find videos. */
const KIND_WORDS: Record<Resource['kind'], string> = {
  article: 'article',
  checklist: 'liste de contrôle checklist',
  course: 'formation course',
  doc: 'documentation',
  'doc-pdf': 'documentation PDF',
  form: 'formulaire form',
  publication: 'publication',
  site: 'site web website',
  'slides-pdf': 'présentation slides PDF',
  tutorial: 'tutoriel tutorial',
  video: 'vidéo video',
};

/**
 * One search document per recommended resource of the journey (onboarding-common's
 * `RESOURCES`, the same list the plugin's cards show).
 */
export function resourceDocuments(
  resources: readonly Resource[] = RESOURCES,
): OnboardingResourceDocument[] {
  return resources.map(resource => {
    const step = getStep(resource.step);
    const perimeter =
      resource.perimeter === 'all'
        ? ALL_PERIMETERS
        : PERIMETERS.find(p => p.id === resource.perimeter)!.label;
    return {
      title: resource.title,
      text: [
        resource.title,
        `Étape ${step.number} : ${step.title.fr}`,
        `Step ${step.number}: ${step.title.en}`,
        `${perimeter.fr} / ${perimeter.en}`,
        KIND_WORDS[resource.kind],
      ].join(' — '),
      location: resource.url,
      step: resource.step,
      perimeter: resource.perimeter,
      kind: resource.kind,
      language: resource.language,
      stepTitle: { fr: step.title.fr, en: step.title.en },
    };
  });
}
