/**
 * The rule language: small, declarative and JSON/YAML-able, so the platform team can
 * write rules in app-config.yaml. A rule reads one fact of the entity and tests it,
 * or combines other rules.
 *
 * A fact is named `<source>:<key>`:
 * - `annotation:<name>`  metadata.annotations[name]
 * - `label:<name>`       metadata.labels[name]
 * - `metadata:<path>`    a field under metadata, dot-separated (e.g. `metadata:description`)
 * - `spec:<path>`        a field under spec, dot-separated (e.g. `spec:lifecycle`)
 * - `relation:<type>`    the target refs of the entity's relations of that type (a list)
 * - `tags`, `kind`, `links` (the list of link URLs)
 * - `fact:<name>`       a fact gathered outside the entity by a fact source of the backend
 */
export type FactName = string;

/** Comparison operators on numbers and semantic versions. */
export type ComparisonOperator = 'gt' | 'gte' | 'lt' | 'lte';

/** A test of one fact. Exactly one operator key is given besides `fact`. */
export type FactRule =
  /** The fact is present (true) or absent (false). An empty string counts as absent. */
  | { fact: FactName; exists: boolean }
  /** The fact equals this value (strings compare exactly; numbers as numbers). */
  | { fact: FactName; equals: string | number | boolean }
  /** The fact is one of these values. */
  | { fact: FactName; oneOf: Array<string | number | boolean> }
  /** The fact matches this regular expression (JavaScript syntax, no flags). */
  | { fact: FactName; matches: string }
  /** The fact, read as a number, compares as given, e.g. `{ gte: 80 }`. */
  | { fact: FactName; number: Partial<Record<ComparisonOperator, number>> }
  /** The fact, read as a semantic version (x.y.z), compares as given, e.g. `{ gte: '1.2.0' }`. */
  | { fact: FactName; semver: Partial<Record<ComparisonOperator, string>> }
  /** The fact is an https URL. */
  | { fact: FactName; httpsUrl: true }
  /** The fact is an ISO date (YYYY-MM-DD), not in the future and not older than `maxAgeDays` if given. */
  | { fact: FactName; isoDate: { maxAgeDays?: number } };

/** A rule: a fact test or a combination of rules. */
export type Rule = FactRule | { all: Rule[] } | { any: Rule[] } | { not: Rule };

/** The outcome of a rule on one entity. */
export type RuleOutcome = 'pass' | 'fail' | 'invalid';

/** Why a rule gave its outcome: a message code with its parameters, rendered in each language. */
export interface RuleFinding {
  outcome: RuleOutcome;
  /** Message code, e.g. `missing`, `not-https`, see `describeFinding`. */
  code: string;
  fact?: FactName;
  /** What was found, as text (truncated when huge). */
  found?: string;
  /** What was expected, as text. */
  expected?: string;
}

/** The result of evaluating a rule: the outcome and the findings that explain it. */
export interface RuleResult {
  outcome: RuleOutcome;
  findings: RuleFinding[];
  /** Every fact the rule read, with the value seen (undefined when absent). */
  evidence: Array<{ fact: FactName; value?: string }>;
}

/** Operator keys of fact rules, in the order they are documented. */
export const FACT_OPERATORS = [
  'exists',
  'equals',
  'oneOf',
  'matches',
  'number',
  'semver',
  'httpsUrl',
  'isoDate',
] as const;

/** What a rule may depend on besides the entity. */
export interface RuleContext {
  /** The evaluation time, for date rules. */
  now: Date;
  /**
   * Facts from other sources than the entity document, read by `fact:<name>` rules
   * (e.g. `fact:skeleton/file/.gitlab-ci-dso.yml`, gathered by the backend).
   */
  facts?: Readonly<Record<string, unknown>>;
}
