import { parseFactName, FACT_SOURCES } from './facts';
import { SEMVER_PATTERN } from './semver';
import { FACT_OPERATORS } from './types';

const COMBINATORS = ['all', 'any', 'not'];
const COMPARISONS = ['gt', 'gte', 'lt', 'lte'];
const MAX_PATTERN_LENGTH = 500;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks that a value is a well-formed rule. Returns one message per problem, each
 * naming where it is (`path`) and what is wrong; an empty list means the rule is valid.
 */
export function validateRule(rule: unknown, path = 'rule'): string[] {
  if (!isObject(rule)) {
    return [
      `${path}: expected a rule object, found ${
        JSON.stringify(rule) ?? String(rule)
      }`,
    ];
  }
  const keys = Object.keys(rule);
  const combinator = keys.find(k => COMBINATORS.includes(k));
  if (combinator) {
    if (keys.length !== 1) {
      return [
        `${path}: '${combinator}' must stand alone, found also ${keys
          .filter(k => k !== combinator)
          .join(', ')}`,
      ];
    }
    const inner = rule[combinator];
    if (combinator === 'not') return validateRule(inner, `${path}.not`);
    if (!Array.isArray(inner) || inner.length === 0) {
      return [`${path}.${combinator}: expected a non-empty list of rules`];
    }
    return inner.flatMap((r, i) =>
      validateRule(r, `${path}.${combinator}[${i}]`),
    );
  }

  const problems: string[] = [];
  if (typeof rule.fact !== 'string') {
    problems.push(
      `${path}.fact: expected a fact name such as 'annotation:cloud-pi-native.fr/sponsor'`,
    );
  } else if (!parseFactName(rule.fact)) {
    problems.push(
      `${path}.fact: unknown fact '${rule.fact}'; expected one of ${Object.keys(
        FACT_SOURCES,
      )
        .map(s => (FACT_SOURCES[s] === 'keyed' ? `${s}:<key>` : s))
        .join(', ')}`,
    );
  }
  const operators = keys.filter(k => k !== 'fact');
  if (operators.length !== 1) {
    problems.push(
      operators.length === 0
        ? `${path}: no operator; expected one of ${[
            ...FACT_OPERATORS,
            ...COMBINATORS,
          ].join(', ')}`
        : `${path}: several operators (${operators.join(
            ', ',
          )}); give exactly one`,
    );
    return problems;
  }
  const [op] = operators;
  const value = rule[op];
  const at = `${path}.${op}`;
  switch (op) {
    case 'exists':
      if (typeof value !== 'boolean')
        problems.push(`${at}: expected true or false`);
      break;
    case 'equals':
      if (!['string', 'number', 'boolean'].includes(typeof value))
        problems.push(`${at}: expected a string, number or boolean`);
      break;
    case 'oneOf':
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        value.some(v => !['string', 'number', 'boolean'].includes(typeof v))
      ) {
        problems.push(
          `${at}: expected a non-empty list of strings, numbers or booleans`,
        );
      }
      break;
    case 'matches':
      if (typeof value !== 'string') {
        problems.push(`${at}: expected a regular expression as a string`);
      } else if (value.length > MAX_PATTERN_LENGTH) {
        problems.push(
          `${at}: regular expression longer than ${MAX_PATTERN_LENGTH} characters`,
        );
      } else {
        try {
          RegExp(value);
        } catch (error) {
          problems.push(
            `${at}: invalid regular expression ${JSON.stringify(value)} (${
              (error as Error).message
            })`,
          );
        }
      }
      break;
    case 'number':
    case 'semver': {
      const entries = isObject(value) ? Object.entries(value) : [];
      if (entries.length === 0)
        problems.push(
          `${at}: expected bounds such as { gte: ${
            op === 'number' ? '80' : "'1.2.0'"
          } }`,
        );
      for (const [bound, limit] of entries) {
        if (!COMPARISONS.includes(bound))
          problems.push(
            `${at}.${bound}: unknown comparison; expected gt, gte, lt or lte`,
          );
        else if (
          op === 'number' &&
          (typeof limit !== 'number' || !Number.isFinite(limit))
        )
          problems.push(`${at}.${bound}: expected a number`);
        else if (
          op === 'semver' &&
          (typeof limit !== 'string' || !SEMVER_PATTERN.test(limit))
        )
          problems.push(`${at}.${bound}: expected a version x.y.z`);
      }
      break;
    }
    case 'httpsUrl':
      if (value !== true) problems.push(`${at}: expected true`);
      break;
    case 'isoDate':
      if (!isObject(value)) {
        problems.push(
          `${at}: expected an object such as {} or { maxAgeDays: 365 }`,
        );
      } else {
        const extra = Object.keys(value).filter(k => k !== 'maxAgeDays');
        if (extra.length)
          problems.push(
            `${at}: unknown option ${extra.join(', ')}; expected maxAgeDays`,
          );
        const max = value.maxAgeDays;
        if (
          max !== undefined &&
          (typeof max !== 'number' || !Number.isInteger(max) || max < 0)
        ) {
          problems.push(
            `${at}.maxAgeDays: expected a whole number of days, 0 or more`,
          );
        }
      }
      break;
    default:
      problems.push(
        `${path}: unknown operator '${op}'; expected one of ${[
          ...FACT_OPERATORS,
          ...COMBINATORS,
        ].join(', ')}`,
      );
  }
  return problems;
}
