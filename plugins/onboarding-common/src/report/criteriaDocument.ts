import { Applicability, Criterion, Severity } from '../criteria/types';
import { Language } from '../i18n';
import { LinkTargets } from '../links';
import { StepNumber } from '../journey';
import { Rule } from '../rules';
import { describeRemediationLink } from './remediationLinks';

/** One criterion as `GET /criteria` describes it, texts in one language. */
export interface CriterionDescription {
  id: string;
  step: StepNumber;
  severity: Severity;
  title: string;
  rationale: string;
  appliesTo: Applicability;
  rule: Rule;
  remediation: {
    text: string;
    /**
     * Absolute when it is the same for every entity; `console:<tab>` when it depends on the
     * entity's console project, which each report then resolves (`remediationLink`).
     */
    link?: string;
    annotations?: Record<string, string>;
  };
  source: string;
  /** The fact source that measures it; absent for a criterion judged on declarations (annotations). */
  measuredBy?: string;
}

/**
 * What `GET /criteria` answers: the criteria in force, in one language. Reports name the
 * `criteriaVersion` they were built against, and are joined with this document to show
 * titles, rationales, remediations and sources, which reports do not repeat.
 */
export interface CriteriaDocument {
  criteriaVersion: string;
  language: Language;
  items: CriterionDescription[];
  /**
   * Gates that could be judged by measurements but rest on declarations here, because the
   * fact sources measuring them are not configured: a GO there is declared, not measured.
   */
  gatesOnDeclarations: number[];
}

/** Describes the criteria in force for one language. */
export function buildCriteriaDocument(options: {
  criteria: readonly Criterion[];
  criteriaVersion: string;
  language: Language;
  links: LinkTargets;
  gatesOnDeclarations?: number[];
}): CriteriaDocument {
  const { criteria, criteriaVersion, language, links } = options;
  return {
    criteriaVersion,
    language,
    gatesOnDeclarations: options.gatesOnDeclarations ?? [],
    items: criteria.map(c => ({
      id: c.id,
      step: c.step,
      severity: c.severity,
      title: c.title[language],
      rationale: c.rationale[language],
      appliesTo: c.appliesTo ?? {},
      rule: c.rule,
      remediation: {
        text: c.remediation.text[language],
        ...linkOf(c.remediation.link, links),
        ...(c.remediation.annotations
          ? { annotations: c.remediation.annotations }
          : {}),
      },
      source: c.source,
      ...(c.measuredBy ? { measuredBy: c.measuredBy } : {}),
    })),
  };
}

function linkOf(link: string | undefined, targets: LinkTargets) {
  const described = link && describeRemediationLink(link, targets);
  return described ? { link: described } : {};
}
