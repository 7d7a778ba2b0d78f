import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  FORM_FACT_SOURCE,
  FormVersion,
  ONBOARDING_FORMS,
  formFactName,
  formFacts,
  formSubmittedByFactName,
  formSubmittedFactName,
  questionsOf,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { FactDefinition, FactSource, GatheredFacts } from '../facts';
import { FormAnswerStore } from './FormAnswerStore';

/** How long the submitted answers read for a catalog pass are reused. */
export const FORM_FACTS_TTL_MS = 5_000;

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
 * of each form (drafts feed nothing). Every entity's submissions are read in one query
 * and reused for a few seconds, so that a catalog pass costs one query, not one per
 * entity; a save on this instance forgets them at once (`forget`), another instance sees
 * it within `ttlMs`. The declared annotations still meet the same criteria: these facts
 * are only another way.
 */
export class FormFactSource implements FactSource {
  readonly id = FORM_FACT_SOURCE;
  readonly title = 'Onboarding forms (prequalification, project plan)';
  readonly provides = definitions();
  readonly complementsDeclarations = true;
  private cached?: { at: number; byRef: Promise<Map<string, FormVersion[]>> };

  constructor(
    private readonly store: FormAnswerStore,
    private readonly ttlMs = FORM_FACTS_TTL_MS,
  ) {}

  appliesTo(entity: Entity): boolean {
    return entity.kind.toLocaleLowerCase('en') !== 'template';
  }

  /** Drops what was read: the next evaluation reads the store again. */
  forget() {
    this.cached = undefined;
  }

  private submissions(): Promise<Map<string, FormVersion[]>> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at >= this.ttlMs) {
      const byRef = this.store.allLatestSubmitted().then(versions => {
        const map = new Map<string, FormVersion[]>();
        for (const v of versions) {
          map.set(v.entityRef, [...(map.get(v.entityRef) ?? []), v]);
        }
        return map;
      });
      // A failed read is not kept: the next evaluation tries again.
      byRef.catch(() => this.forget());
      this.cached = { at: now, byRef };
    }
    return this.cached.byRef;
  }

  async gather(entity: Entity): Promise<GatheredFacts> {
    const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    const versions = (await this.submissions()).get(ref) ?? [];
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
