import { Readable } from 'stream';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  ONBOARDING_RESOURCE_DOCUMENT_TYPE,
  resourceDocuments,
} from './resourceDocuments';

/**
 * Collates the journey's recommended resources for Backstage search. They are public
 * programme material, so no visibility permission applies.
 */
export class OnboardingResourceCollatorFactory
  implements DocumentCollatorFactory
{
  readonly type = ONBOARDING_RESOURCE_DOCUMENT_TYPE;

  async getCollator(): Promise<Readable> {
    return Readable.from(resourceDocuments());
  }
}
