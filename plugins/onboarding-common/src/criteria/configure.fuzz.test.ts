// fc.assert is the assertion of these tests: it throws on the first failing input.
/* eslint-disable jest/expect-expect */
import { Entity } from '@backstage/catalog-model';
import fc from 'fast-check';
import { FACT_OPERATORS, Rule, validateRule } from '../rules';
import { CriteriaConfigError, resolveCriteria } from './configure';
import { DEFAULT_CRITERIA } from './defaultCriteria';
import { evaluateEntity } from './evaluate';
import { CRITERION_STATES, Criterion } from './types';
import { clone, put } from '../__testUtils__/plainData';

/**
 * Property-based tests of the `onboarding.criteria` configuration: whatever an
 * app-config fragment holds, resolveCriteria either gives well-formed criteria or
 * throws a CriteriaConfigError naming every problem, and nothing else.
 */

const NUM_RUNS = 10_000;
const NOW = new Date('2026-06-15T10:00:00Z');
const DEFAULTS_SNAPSHOT = JSON.stringify(DEFAULT_CRITERIA);
const DEFAULT_IDS = DEFAULT_CRITERIA.map(c => c.id);
const STATES = CRITERION_STATES;

/** A plain assertion: `expect` is too slow for tens of thousands of calls. */
function check(condition: boolean, what: string, found?: unknown): void {
  if (!condition) {
    throw new Error(
      `${what}${found === undefined ? '' : `; found ${JSON.stringify(found)}`}`,
    );
  }
}

const isText = (v: unknown) => typeof v === 'string' && v.length > 0;

/**
 * Resolves a fragment and checks the outcome: well-formed criteria, or a
 * CriteriaConfigError with problems. Returns the criteria when accepted.
 */
function resolveAndCheck(fragment: unknown): Criterion[] | undefined {
  let resolved: Criterion[];
  try {
    resolved = resolveCriteria(fragment, DEFAULT_CRITERIA);
  } catch (error) {
    if (!(error instanceof CriteriaConfigError)) {
      throw new Error(
        `resolveCriteria threw something other than a CriteriaConfigError: ${String(
          error,
        )}`,
      );
    }
    const { problems } = error;
    check(
      Array.isArray(problems) && problems.length > 0,
      'a CriteriaConfigError should list its problems',
      problems,
    );
    for (const problem of problems) {
      check(
        isText(problem) && problem.startsWith('onboarding.criteria'),
        'each problem should be a non-empty text starting with its config path',
        problem,
      );
    }
    return undefined;
  }

  check(Array.isArray(resolved), 'resolveCriteria should give a list');
  const ids = new Set<string>();
  for (const c of resolved) {
    check(
      typeof c.id === 'string' && !ids.has(c.id),
      'ids should be unique',
      c.id,
    );
    ids.add(c.id);
    const ruleProblems = validateRule(c.rule);
    check(
      ruleProblems.length === 0,
      `${c.id}: the rule should be valid`,
      ruleProblems,
    );
    check(
      [1, 2, 3, 4, 5].includes(c.step) &&
        (c.severity === 'blocking' || c.severity === 'advisory'),
      `${c.id}: step and severity should be well-formed`,
      { step: c.step, severity: c.severity },
    );
    check(
      isText(c.title?.fr) && isText(c.title?.en),
      `${c.id}: the title should be given in both languages`,
      c.title,
    );
  }
  return resolved;
}

// ── Entries ───────────────────────────────────────────────────────────────

const defaultId = fc.constantFrom(...DEFAULT_IDS);
/** New ids from a small pool, so that duplicates happen, and well-formed random ones. */
const newId = fc.oneof(
  fc.constantFrom('X-TEAM-CHAT', 'MY-CRITERION', 'A1', 'constructor'),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,10}$/),
);
const step = fc.integer({ min: 1, max: 5 });
const severity = fc.constantFrom('blocking', 'advisory');
const text = fc.oneof(
  fc.constantFrom('A title', 'Un titre', 'é'),
  fc.record({
    fr: fc.constantFrom('Un titre', 'Texte'),
    en: fc.constantFrom('A title', 'Text'),
  }),
);

const VALID_RULES: Rule[] = [
  { fact: 'annotation:example.fr/chat', exists: true },
  { fact: 'annotation:cloud-pi-native.fr/sponsor', matches: '^user:' },
  { fact: 'spec:lifecycle', equals: 'production' },
  { fact: 'spec:lifecycle', oneOf: ['production', 'experimental'] },
  { fact: 'annotation:example.fr/coverage', number: { gte: 80 } },
  { fact: 'annotation:example.fr/version', semver: { gte: '1.2.0' } },
  { fact: 'annotation:example.fr/doc', httpsUrl: true },
  { fact: 'annotation:example.fr/reviewed', isoDate: { maxAgeDays: 365 } },
  { fact: 'tags', oneOf: ['java', 'python'] },
  {
    any: [
      { fact: 'annotation:example.fr/doc', httpsUrl: true },
      { not: { fact: 'kind', equals: 'API' } },
    ],
  },
  {
    all: [
      { fact: 'relation:ownedBy', matches: '^group:' },
      { fact: 'links', exists: true },
    ],
  },
];
const validRule = fc.constantFrom(...VALID_RULES);

const appliesTo = fc.record(
  {
    kinds: fc.subarray(['Component', 'System', 'API', 'Template']),
    types: fc.subarray(['service', 'website']),
    lifecycles: fc.subarray(['production', 'experimental']),
  },
  { requiredKeys: [] },
);
const remediation = fc.record(
  {
    text,
    link: fc.constantFrom(
      'https://example.gouv.fr/doc',
      '/platform/doc',
      'console:services',
    ),
    annotations: fc.constantFrom({ 'example.fr/chat': 'mattermost:~team' }, {}),
  },
  { requiredKeys: ['text'] },
);
const source = fc.constantFrom('app-config.yaml', 'team wiki');

/** Valid entries: disabling, keeping, overriding a default, or adding a new criterion. */
const validEntry: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ id: defaultId, disabled: fc.constant(true) }),
  fc.record({ id: defaultId, disabled: fc.constant(false) }),
  fc.record(
    {
      id: defaultId,
      step,
      severity,
      title: text,
      rationale: text,
      appliesTo,
      rule: validRule,
      remediation,
      source,
    },
    { requiredKeys: ['id'] },
  ),
  fc.record(
    {
      id: newId,
      step,
      severity,
      title: text,
      rule: validRule,
      rationale: text,
      appliesTo,
      remediation,
      source,
      disabled: fc.constant(false),
    },
    { requiredKeys: ['id', 'step', 'severity', 'title', 'rule'] },
  ),
);

/** Where a mutation may strike in an entry. */
const PATHS = [
  ['id'],
  ['disabled'],
  ['step'],
  ['severity'],
  ['title'],
  ['title', 'fr'],
  ['title', 'en'],
  ['rationale'],
  ['appliesTo'],
  ['appliesTo', 'kinds'],
  ['appliesTo', 'lifecycles'],
  ['rule'],
  ['rule', 'fact'],
  ['rule', 'all'],
  ['rule', 'not'],
  ['rule', 'number', 'gte'],
  ['rule', 'isoDate', 'maxAgeDays'],
  ['remediation'],
  ['remediation', 'text'],
  ['remediation', 'link'],
  ['remediation', 'annotations'],
  ['source'],
];
const path = fc.constantFrom(...PATHS);
/** Values of the wrong type, or of the right type but out of range. */
const oddValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    null,
    '',
    ' ',
    0,
    -1,
    6,
    2.5,
    NaN,
    true,
    [],
    {},
    [''],
    'blocking',
    'GO',
    { fr: 'x' },
    { fr: 'x', en: 'y', de: 'z' },
  ),
);
const OPERATORS = [...FACT_OPERATORS, 'all', 'any', 'not'];

type Mutation =
  | { op: 'set'; path: string[]; value: unknown }
  | { op: 'delete'; path: string[] }
  | { op: 'rename-operator'; to: string }
  | { op: 'regex'; pattern: string }
  | { op: 'step'; step: unknown }
  | { op: 'extra'; at: string[]; key: string; value: unknown }
  | { op: 'id'; id: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path, value: oddValue }),
  fc.record({ op: fc.constant('delete' as const), path }),
  fc.record({
    op: fc.constant('rename-operator' as const),
    to: fc.oneof(
      fc.constantFrom(...OPERATORS, 'regex', 'equal', 'fact', 'Exists'),
      fc.string(),
    ),
  }),
  fc.record({ op: fc.constant('regex' as const), pattern: fc.string() }),
  fc.record({
    op: fc.constant('step' as const),
    step: fc.oneof(
      fc.integer({ min: -2, max: 8 }),
      fc.double(),
      fc.constantFrom('3', '', null),
    ),
  }),
  fc.record({
    op: fc.constant('extra' as const),
    at: fc.constantFrom<string[]>([], ['rule'], ['appliesTo'], ['remediation']),
    key: fc.oneof(fc.string(), fc.constantFrom(...OPERATORS, 'kinds', 'text')),
    value: fc.anything(),
  }),
  fc.record({
    op: fc.constant('id' as const),
    id: fc.oneof(
      defaultId,
      newId,
      fc.string(),
      fc.constantFrom('', '-X', 'a_b', 'X'.repeat(64), 7, null),
    ),
  }),
);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object at the path, created (or replaced when not an object) on the way. */
function objectAt(root: Json, at: string[]): Json {
  let node = root;
  for (const part of at) {
    const next = Object.prototype.hasOwnProperty.call(node, part)
      ? node[part]
      : undefined;
    if (isObject(next)) node = next;
    else {
      const fresh: Json = {};
      put(node, part, fresh);
      node = fresh;
    }
  }
  return node;
}

function mutate(entry: Json, m: Mutation): Json {
  switch (m.op) {
    case 'set':
      // A copy: fast-check may hand the same value to two mutations, and putting one
      // instance inside itself would make a cycle.
      put(
        objectAt(entry, m.path.slice(0, -1)),
        m.path[m.path.length - 1],
        clone(m.value),
      );
      break;
    case 'delete':
      delete objectAt(entry, m.path.slice(0, -1))[m.path[m.path.length - 1]];
      break;
    case 'rename-operator': {
      const rule = objectAt(entry, ['rule']);
      const op = Object.keys(rule).find(k => k !== 'fact');
      if (op !== undefined) {
        const value = rule[op];
        delete rule[op];
        put(rule, m.to, value);
      }
      break;
    }
    case 'regex':
      put(entry, 'rule', {
        fact: 'annotation:example.fr/chat',
        matches: m.pattern,
      });
      break;
    case 'step':
      put(entry, 'step', m.step);
      break;
    case 'extra':
      put(objectAt(entry, m.at), m.key, clone(m.value));
      break;
    case 'id':
      put(entry, 'id', m.id);
      break;
    default:
  }
  return entry;
}

/** Valid entries changed by a few mutations: wrong types, unknown operators, bad regexes… */
const nearValidEntry: fc.Arbitrary<Json> = fc
  .tuple(validEntry, fc.array(mutation, { maxLength: 3 }))
  .map(([entry, mutations]) => mutations.reduce(mutate, clone(entry)));

/** Lists of entries, sometimes with an entry repeated (a duplicated id). */
const nearValidConfig: fc.Arbitrary<Json[]> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: validEntry.map(clone) },
        { weight: 2, arbitrary: nearValidEntry },
      ),
      { maxLength: 5 },
    ),
    fc.option(fc.nat(), { freq: 4 }),
  )
  .map(([entries, duplicate]) =>
    duplicate === null || entries.length === 0
      ? entries
      : [...entries, clone(entries[duplicate % entries.length])],
  );

// ── Entities, for the accepted criteria ───────────────────────────────────

const entityValue = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'https://example.gouv.fr/doc',
      'mattermost:~team',
      'user:jane',
      '85',
      '1.3.0',
      '2026-01-15',
      'production',
      'group:team-a',
      'API',
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.double() },
);
const entityKeys = fc.oneof(
  fc.constantFrom(
    'example.fr/chat',
    'example.fr/coverage',
    'example.fr/version',
    'example.fr/doc',
    'example.fr/reviewed',
    'cloud-pi-native.fr/sponsor',
    'cloud-pi-native.fr/exemption.X-TEAM-CHAT',
    'cloud-pi-native.fr/exemption.MY-CRITERION',
  ),
  fc.string(),
);
const entity: fc.Arbitrary<Entity> = fc
  .record(
    {
      kind: fc.oneof(
        fc.constantFrom('Component', 'System', 'API', 'Template'),
        entityValue,
      ),
      metadata: fc.oneof(
        {
          weight: 6,
          arbitrary: fc.record(
            {
              name: fc.constant('svc'),
              annotations: fc.dictionary(entityKeys, entityValue, {
                maxKeys: 6,
              }),
              tags: fc.oneof(
                fc.array(entityValue, { maxLength: 3 }),
                entityValue,
              ),
              links: fc.oneof(
                fc.array(fc.record({ url: entityValue }), { maxLength: 3 }),
                entityValue,
              ),
            },
            { requiredKeys: ['name'] },
          ),
        },
        { weight: 1, arbitrary: entityValue },
      ),
      spec: fc.oneof(
        fc.record(
          {
            type: entityValue,
            lifecycle: fc.oneof(fc.constant('production'), entityValue),
          },
          { requiredKeys: [] },
        ),
        entityValue,
      ),
      relations: fc.oneof(
        fc.array(
          fc.record({
            type: fc.constantFrom('ownedBy', 'partOf'),
            targetRef: entityValue,
          }),
          { maxLength: 3 },
        ),
        entityValue,
      ),
    },
    { requiredKeys: ['kind', 'metadata'] },
  )
  .map(
    parts =>
      ({ apiVersion: 'backstage.io/v1alpha1', ...parts } as unknown as Entity),
  );

// ── Properties ────────────────────────────────────────────────────────────

describe('resolveCriteria (property-based)', () => {
  it('gives valid criteria or a CriteriaConfigError on any value (fc.anything)', () => {
    fc.assert(
      fc.property(fc.anything(), fragment => {
        resolveAndCheck(fragment);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives valid criteria or a CriteriaConfigError on lists of arbitrary objects', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.object(), fc.anything()), { maxLength: 5 }),
        fragment => {
          resolveAndCheck(fragment);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives valid criteria or a CriteriaConfigError on near-valid entries (mutated, duplicated)', () => {
    fc.assert(
      fc.property(nearValidConfig, fragment => {
        resolveAndCheck(fragment);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives accepted criteria that evaluate any entity without throwing', () => {
    fc.assert(
      fc.property(nearValidConfig, entity, (fragment, e) => {
        const resolved = resolveAndCheck(fragment);
        // Runs count accepted configurations only (about a quarter are accepted).
        fc.pre(resolved !== undefined);
        if (!resolved) return;
        // Only the configured criteria: the defaults are fuzzed in evaluate.fuzz.test.ts.
        const configured = new Set(fragment.map(entry => entry.id));
        const criteria = resolved.filter(c => configured.has(c.id));
        const evaluation = evaluateEntity(e, criteria, { now: NOW });
        check(
          evaluation.results.length === criteria.length,
          'one result per criterion',
          evaluation.results.length,
        );
        for (const r of evaluation.results) {
          check(STATES.includes(r.state), 'unknown state', r.state);
          check(
            isText(r.message.fr) && isText(r.message.en),
            `${r.criterionId}: message should be non-empty text in fr and en`,
            r.message,
          );
        }
      }),
      { numRuns: NUM_RUNS, maxSkipsPerRun: 20 },
    );
  });

  it('leaves DEFAULT_CRITERIA untouched through all of the above', () => {
    expect(JSON.stringify(DEFAULT_CRITERIA)).toBe(DEFAULTS_SNAPSHOT);
  });
});
