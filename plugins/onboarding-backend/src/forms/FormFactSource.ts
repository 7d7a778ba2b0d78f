import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  FORM_FACT_SOURCE,
  ONBOARDING_FORMS,
  formFactName,
  formFacts,
  formSubmittedByFactName,
  formSubmittedFactName,
  questionsOf,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { FactDefinition, FactSource, GatheredFacts } from '../facts';
import { FormAnswerStore } from './FormAnswerStore';

function definitions(): FactDefinition[] {
  return ONBOARDING_FORMS.flatMap(form => [
    {
      name: formSubmittedFactName(form.id),
      type: 'string' as const,
      description: `Day the ${form.id} form was last submitted (YYYY-MM-DD)`,
    },
    {
      name: formSubmittedByFactName(form.id),
      type: 'string' as const,
      description: `Who last submitted the ${form.id} form`,
    },
    ...questionsOf(form)
      .filter(q => q.feeds)
      .map(q => ({
        name: formFactName(form.id, q.id),
        type: 'string' as const,
        description: `${q.label.en} (${form.id} form, evidence for ${q.feeds})`,
      })),
  ]);
}

/**
 * The answers to the journey's forms, as facts: each entity's latest submitted version
 * of each form (drafts feed nothing). Read from the database on each evaluation, so a
 * submission counts at once on every instance. The declared annotations still meet the
 * same criteria: these facts are only another way.
 */
export class FormFactSource implements FactSource {
  readonly id = FORM_FACT_SOURCE;
  readonly title = 'Onboarding forms (prequalification, project plan)';
  readonly provides = definitions();
  readonly complementsDeclarations = true;

  constructor(private readonly store: FormAnswerStore) {}

  appliesTo(entity: Entity): boolean {
    return entity.kind.toLocaleLowerCase('en') !== 'template';
  }

  async gather(entity: Entity): Promise<GatheredFacts> {
    const versions = await this.store.latestSubmitted(
      stringifyEntityRef(entity),
    );
    const facts = Object.assign({}, ...versions.map(formFacts));
    const latest = versions
      .map(v => v.savedAt)
      .sort()
      .pop();
    return {
      facts,
      unavailable: {},
      // When the evidence was given: the latest submission (else now, when none was found).
      gatheredAt: latest ? new Date(latest) : new Date(),
    };
  }
}
