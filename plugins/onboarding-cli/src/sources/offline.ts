import { createHash } from 'node:crypto';
import { Entity } from '@backstage/catalog-model';
import {
  CriteriaDocument,
  DEFAULT_CRITERIA,
  DEFAULT_DOCS_BASE_URL,
  DEFAULT_EVALUATED_KINDS,
  Language,
  MEASURED_CRITERIA,
  NOT_READ_FOR_SUBMITTED,
  buildCriteriaDocument,
  buildReport,
  criteriaForSources,
  evaluateEntity,
  evaluateSubmittedDocuments,
  gatesOnDeclarations,
  templateDocumentFacts,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { CriteriaSource } from './types';
import { textsFor } from '../messages';

const ALL_CRITERIA = [...DEFAULT_CRITERIA, ...MEASURED_CRITERIA];
/** What a portal with no `onboarding.criteria` and no fact source configured holds in force. */
const CRITERIA = criteriaForSources(ALL_CRITERIA, new Set());
/**
 * Fingerprinted as the backend fingerprints its criteria (criteriaConfig.ts), so that a
 * report made here names the version a default portal would; a test holds them equal.
 */
const VERSION = createHash('sha256')
  .update(JSON.stringify(CRITERIA))
  .digest('hex')
  .slice(0, 16);
const LINKS = { docsBaseUrl: DEFAULT_DOCS_BASE_URL };

/**
 * What a portal knows of a submitted document beyond its fields: a template's own facts;
 * its skeleton, which a portal reads only for catalog entities, is unknown.
 */
function documentFacts(entity: Entity) {
  if (entity.kind.toLocaleLowerCase('en') !== 'template') return {};
  return {
    facts: templateDocumentFacts(entity),
    unavailableFacts: { skeleton: NOT_READ_FOR_SUBMITTED },
  };
}

/**
 * Evaluates with onboarding-common's default criteria, as a portal would evaluate a
 * submitted document: only what the document says counts; nothing is stored or fetched.
 */
export function offlineCriteria(
  now: () => Date = () => new Date(),
): CriteriaSource {
  const documents = new Map<Language, CriteriaDocument>();
  const criteriaDocument = (language: Language) => {
    let document = documents.get(language);
    if (!document) {
      document = buildCriteriaDocument({
        criteria: CRITERIA,
        criteriaVersion: VERSION,
        language,
        links: LINKS,
        gatesOnDeclarations: gatesOnDeclarations(CRITERIA, ALL_CRITERIA),
      });
      documents.set(language, document);
    }
    return document;
  };
  return {
    describe: language => textsFor(language).offline,
    async evaluate(_text, submitted, language) {
      const items = evaluateSubmittedDocuments(submitted, {
        kinds: DEFAULT_EVALUATED_KINDS,
        language,
        report: entity =>
          buildReport({
            entity,
            evaluation: evaluateEntity(entity, CRITERIA, {
              now: now(),
              ...documentFacts(entity),
            }),
            criteria: CRITERIA,
            criteriaVersion: VERSION,
            language,
            links: LINKS,
          }),
      });
      return {
        documents: submitted,
        items,
        criteria: criteriaDocument(language),
      };
    },
  };
}
