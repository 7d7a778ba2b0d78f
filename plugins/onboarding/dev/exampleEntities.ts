import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_CONSOLE_PROJECT,
  ANNOTATION_ONBOARDING_STEP,
  ENTITY_CRITERIA,
  STEP_NUMBERS,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/**
 * One example component per journey step, built from the criteria's own remediation
 * examples: the component at step N carries the evidence of every gate before N.
 */
export function exampleEntities(): Entity[] {
  return STEP_NUMBERS.map(step => {
    const annotations: Record<string, string> = {
      [ANNOTATION_ONBOARDING_STEP]: String(step),
    };
    for (const criterion of ENTITY_CRITERIA) {
      if (criterion.step < step)
        Object.assign(annotations, criterion.remediation.annotations ?? {});
    }
    if (step >= 3)
      annotations[ANNOTATION_CONSOLE_PROJECT] = `exemple-etape-${step}`;
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `exemple-etape-${step}`,
        namespace: 'default',
        annotations,
      },
      spec: {
        type: 'service',
        lifecycle: step >= 5 ? 'production' : 'development',
        owner: 'group:default/equipe-exemple',
      },
    } as Entity;
  });
}
