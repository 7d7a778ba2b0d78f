import { Readable } from 'stream';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  RESOURCES,
  Resource,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import {
  ONBOARDING_RESOURCE_DOCUMENT_TYPE,
  resourceDocuments,
} from './resourceDocuments';

/**
 * Collates the journey's recommended resources for Backstage search: the defaults, or
 * those `onboarding.resources` configures (the module passes them). They are public
 * programme material, so no visibility permission applies.
 */
export class OnboardingResourceCollatorFactory
  implements DocumentCollatorFactory
{
  readonly type = ONBOARDING_RESOURCE_DOCUMENT_TYPE;

  constructor(private readonly resources: readonly Resource[] = RESOURCES) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(resourceDocuments(this.resources));
  }
}
