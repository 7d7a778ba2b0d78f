import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_ONBOARDING_STEP } from '../annotations';
import { DeclaredStep, readDeclaredStep } from '../declaredStep';
import { Language } from '../i18n';

/**
 * What the entity declares about its step, as a report carries it: an unreadable
 * annotation comes with its message, so a CI pipeline sees it as the portal does.
 */
export type DeclaredStepReport =
  | Exclude<DeclaredStep, { state: 'invalid' }>
  | { state: 'invalid'; value: string; message: string };

/** Reads the entity's declared step and, when it is invalid, says why in the report's language. */
export function reportDeclaredStep(
  entity: Entity,
  language: Language,
): DeclaredStepReport {
  const declared = readDeclaredStep(entity);
  if (declared.state !== 'invalid') return declared;
  const value = JSON.stringify(declared.value);
  return {
    ...declared,
    message:
      language === 'fr'
        ? `L'annotation ${ANNOTATION_ONBOARDING_STEP} vaut ${value} : un nombre entier de 1 à 5 est attendu.`
        : `The annotation ${ANNOTATION_ONBOARDING_STEP} holds ${value}: expected a whole number from 1 to 5.`,
  };
}
