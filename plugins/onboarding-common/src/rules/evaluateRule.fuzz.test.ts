// fc.assert is the assertion of these tests: it throws on the first failing input.
/* eslint-disable jest/expect-expect */
import { Entity } from '@backstage/catalog-model';
import fc from 'fast-check';
import { evaluateRule, RuleContext } from './evaluateRule';
import { FACT_SOURCES } from './facts';
import { FactRule, Rule, RuleOutcome, RuleResult } from './types';
import { validateRule } from './validateRule';
import { clone, put } from '../__testUtils__/plainData';
import { evaluateRule as referenceEvaluateRule } from '../__testUtils__/reference/evaluateRule';
import { isDeepStrictEqual } from 'util';

/**
 * Property-based tests of the rule language: any rule that passes `validateRule`,
 * evaluated on any entity, gives an outcome without throwing, and the combinators
 * behave as documented.
 */

const NUM_RUNS = 10_000;
const NOW = new Date('2026-06-15T10:00:00Z');
const OUTCOMES: readonly RuleOutcome[] = ['pass', 'fail', 'invalid'];

/** A plain assertion: `expect` is too slow for tens of thousands of calls. */
function check(condition: boolean, what: string, found?: unknown): void {
  if (!condition) {
    throw new Error(
      `${what}${found === undefined ? '' : `; found ${JSON.stringify(found)}`}`,
    );
  }
}

const SOURCES = Object.keys(FACT_SOURCES);
const KEYED_SOURCES = SOURCES.filter(s => FACT_SOURCES[s] === 'keyed');
const BARE_SOURCES = SOURCES.filter(s => FACT_SOURCES[s] === 'bare');

// ── Values ────────────────────────────────────────────────────────────────

/** Values that mean something to the operators, so that rules pass as well as fail. */
const MEANINGFUL = [
  'https://example.gouv.fr/plan',
  'https://x',
  'http://example.org',
  'mailto:a@b.fr',
  '2026-06-15',
  '2026-06-17',
  '2020-02-29',
  '2026-02-31',
  '1.2.3',
  'v2.0.0-rc.1',
  '1.0.0-alpha+build.5',
  '1.2',
  '42',
  ' 7 ',
  '-3.5',
  '1e3',
  '0x10',
  'Infinity',
  'true',
  'false',
  'production',
  'json',
  'containers, kubernetes',
  'group:team-a',
  'user:default/jane',
  'component:default/svc',
  'é',
  '',
  ' ',
];
const meaningful = fc.constantFrom(...MEANINGFUL);
/** Any UTF-16 code unit, lone surrogates included. */
const utf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map(c => String.fromCharCode(c)),
});
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  utf16,
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000') }),
);
/** Long strings, built cheaply by repeating a short chunk. */
const huge = fc
  .tuple(
    fc.oneof(meaningful, text),
    fc.oneof(text, fc.constantFrom('a', ' ', ',', '.')),
    fc.integer({ min: 200, max: 5_000 }),
  )
  .map(([head, chunk, length]) =>
    (
      head + (chunk || 'x').repeat(Math.ceil(length / (chunk.length || 1)))
    ).slice(0, length),
  );
const stringValue = fc.oneof(
  { weight: 3, arbitrary: meaningful },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: huge },
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: stringValue },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(stringValue, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

// ── Fact names and entities ───────────────────────────────────────────────

/** Keys (and dot-separated paths) the generated entities use, so facts are often present. */
const KEYS = [
  'a',
  'cloud-pi-native.fr/sponsor',
  'description',
  'name',
  'owner',
  'lifecycle',
  'type',
  'nested.deep',
  'output.links',
  'ownedBy',
  'dependsOn',
  'template/actions',
];
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.string({ minLength: 1 }) },
);
const factName = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...KEYED_SOURCES), key)
      .map(([source, k]) => `${source}:${k}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(...BARE_SOURCES) },
);

const keyedValues = fc.dictionary(
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KEYS) }, fc.string()),
  anyValue,
  { maxKeys: 5 },
);
const nested = fc.record(
  { deep: anyValue, links: anyValue },
  { requiredKeys: [] },
);
const listOrNot = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
    { weight: 1, arbitrary: anyValue },
  );

const entity: fc.Arbitrary<Entity> = fc
  .record(
    {
      kind: fc.oneof(fc.constantFrom('Component', 'System', 'API'), anyValue),
      metadata: fc.oneof(
        {
          weight: 8,
          arbitrary: fc.record(
            {
              name: anyValue,
              description: anyValue,
              annotations: fc.oneof(
                { weight: 6, arbitrary: keyedValues },
                { weight: 1, arbitrary: anyValue },
              ),
              labels: fc.oneof(
                { weight: 6, arbitrary: keyedValues },
                { weight: 1, arbitrary: anyValue },
              ),
              tags: listOrNot(anyValue),
              links: listOrNot(
                fc.oneof(
                  fc.record(
                    { url: anyValue, title: anyValue },
                    { requiredKeys: [] },
                  ),
                  anyValue,
                ),
              ),
              nested,
            },
            { requiredKeys: [] },
          ),
        },
        { weight: 1, arbitrary: anyValue },
      ),
      spec: fc.oneof(
        {
          weight: 6,
          arbitrary: fc
            .tuple(keyedValues, fc.record({ nested, output: nested }))
            .map(([values, more]) => ({ ...values, ...more })),
        },
        { weight: 1, arbitrary: anyValue },
      ),
      relations: listOrNot(
        fc.record(
          {
            type: fc.oneof(fc.constantFrom('ownedBy', 'dependsOn'), anyValue),
            targetRef: anyValue,
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  )
  .map(
    parts =>
      ({ apiVersion: 'backstage.io/v1alpha1', ...parts } as unknown as Entity),
  );

// ── Rules ─────────────────────────────────────────────────────────────────

const isValid = (rule: unknown) => validateRule(rule).length === 0;

const REGEXES = [
  '',
  '.',
  '^$',
  '^https://',
  '^[a-z0-9-]+$',
  '\\d+',
  '^\\d+(\\.\\d+)*$',
  '^(a|b)*$',
  '(^|,)\\s*containers\\s*(,|$)',
  '^(?!user:)(group:)?([A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+$',
  '\\S.{19,}',
  '(?<=a)b',
  'é|\\u00e9',
  '[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}',
];
const regex = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...REGEXES) },
  {
    weight: 2,
    arbitrary: fc
      .string({ maxLength: 20 })
      .filter(pattern => isValid({ fact: 'kind', matches: pattern })),
  },
);
const scalar = fc.oneof(
  { weight: 3, arbitrary: meaningful },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 100 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
);
const finite = fc.oneof(
  fc.integer({ min: -10, max: 100 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const version = fc
  .tuple(
    fc.constantFrom('', 'v'),
    fc.nat({ max: 3 }),
    fc.nat({ max: 3 }),
    fc.nat({ max: 3 }),
    fc.constantFrom('', '-alpha', '-rc.1', '-beta.2', '-1', '+build.5'),
  )
  .map(([v, a, b, c, tail]) => `${v}${a}.${b}.${c}${tail}`);
const bounds = <T>(limit: fc.Arbitrary<T>) =>
  fc
    .record(
      { gt: limit, gte: limit, lt: limit, lte: limit },
      { requiredKeys: [] },
    )
    .filter(b => Object.keys(b).length > 0);

const operator: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ exists: fc.boolean() }),
  fc.record({ equals: scalar }),
  fc.record({ oneOf: fc.array(scalar, { minLength: 1, maxLength: 4 }) }),
  fc.record({ matches: regex }),
  fc.record({ number: bounds(finite) }),
  fc.record({ semver: bounds(version) }),
  fc.constant({ httpsUrl: true }),
  fc.record(
    { isoDate: fc.record({ maxAgeDays: fc.nat(5_000) }, { requiredKeys: [] }) },
    { requiredKeys: ['isoDate'] },
  ),
);
const factRule = fc
  .tuple(factName, operator)
  .map(([fact, op]) => ({ fact, ...op } as Rule))
  .filter(isValid);

/** Rules of the language, combinations nested up to depth 3. */
const { rule } = fc.letrec<{ rule: Rule }>(tie => ({
  rule: fc.oneof(
    { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
    factRule,
    fc.record({ all: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('rule') }),
  ),
}));
const validRule = rule.filter(isValid);

// ── Entities that carry the facts a rule reads ────────────────────────────

/** The object at `parent[name]`, made a plain object if it is not one. */
function child(
  parent: Record<string, unknown>,
  name: string,
): Record<string, unknown> {
  const node = Object.prototype.hasOwnProperty.call(parent, name)
    ? parent[name]
    : undefined;
  if (node !== null && typeof node === 'object' && !Array.isArray(node))
    return node as Record<string, unknown>;
  const fresh: Record<string, unknown> = {};
  put(parent, name, fresh);
  return fresh;
}

function setPath(root: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  const last = parts.pop()!;
  put(
    parts.reduce((node, part) => child(node, part), root),
    last,
    value,
  );
}

/** Gives the entity (or the external facts) the value of a fact, as the rule reads it. */
function giveFact(
  target: Record<string, unknown>,
  facts: Record<string, unknown>,
  name: string,
  value: unknown,
) {
  const colon = name.indexOf(':');
  const source = colon < 0 ? name : name.slice(0, colon);
  const k = name.slice(colon + 1);
  const metadata = child(target, 'metadata');
  switch (source) {
    case 'annotation':
      put(child(metadata, 'annotations'), k, value);
      break;
    case 'label':
      put(child(metadata, 'labels'), k, value);
      break;
    case 'metadata':
      setPath(metadata, k, value);
      break;
    case 'spec':
      setPath(target, `spec.${k}`, value);
      break;
    case 'fact':
      put(facts, k, value);
      break;
    case 'relation':
      target.relations = [
        ...(Array.isArray(target.relations) ? target.relations : []),
        { type: k, targetRef: value },
      ];
      break;
    case 'tags':
      metadata.tags = value;
      break;
    case 'links':
      metadata.links = Array.isArray(value)
        ? value.map(url => ({ url }))
        : [{ url: value }];
      break;
    case 'kind':
      target.kind = value;
      break;
    default:
  }
}

/** The fact rules of a rule, depth first. */
function factRulesOf(r: Rule): FactRule[] {
  if ('all' in r) return r.all.flatMap(factRulesOf);
  if ('any' in r) return r.any.flatMap(factRulesOf);
  if ('not' in r) return factRulesOf(r.not);
  return [r];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Values likely to pass a fact rule, derived from its operator. */
function candidatesFor(r: FactRule): unknown[] {
  if ('equals' in r) return [r.equals];
  if ('oneOf' in r) return r.oneOf;
  if ('number' in r)
    return Object.values(r.number).flatMap(n => [n, n! + 1, n! - 1]);
  if ('semver' in r) return [...Object.values(r.semver), '0.0.0', '99.99.99'];
  if ('isoDate' in r)
    return [0, 1, 30].map(days =>
      new Date(NOW.getTime() - days * DAY_MS).toISOString().slice(0, 10),
    );
  if ('httpsUrl' in r) return ['https://example.org/doc'];
  return ['x'];
}

/** A value the fact rule passes on, when one is easily found: so that rules pass too. */
function fittingValue(r: FactRule): unknown {
  const probe = { ...r, fact: 'kind' } as FactRule;
  return [...candidatesFor(r), ...MEANINGFUL].find(
    value =>
      evaluateRule(probe, { kind: value } as unknown as Entity, { now: NOW })
        .outcome === 'pass',
  );
}

/** Up to this many facts of a rule get a generated value. */
const GIVEN_FACTS = 6;
/** Stands for “a value the rule's test of this fact passes on”. */
const FITTING = 'FITTING VALUE';

/**
 * A rule with an entity and a context: an arbitrary entity, to which most facts the
 * rule reads are given a value (fitting, arbitrary or none), so that rules pass,
 * fail and are invalid alike rather than mostly missing their facts.
 */
const ruleCase = fc
  .tuple(
    validRule,
    entity,
    keyedValues,
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constant<unknown>(FITTING) },
        { weight: 3, arbitrary: anyValue },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
      { minLength: GIVEN_FACTS, maxLength: GIVEN_FACTS },
    ),
  )
  .map(([r, generated, generatedFacts, values]) => {
    const e = clone(generated) as unknown as Record<string, unknown>;
    const facts = clone(generatedFacts);
    const byFact = new Map<string, FactRule>();
    for (const f of factRulesOf(r))
      if (!byFact.has(f.fact)) byFact.set(f.fact, f);
    [...byFact.entries()].slice(0, GIVEN_FACTS).forEach(([name, f], i) => {
      const value = values[i] === FITTING ? fittingValue(f) : values[i];
      if (value !== undefined) giveFact(e, facts, name, value);
    });
    const ctx: RuleContext = { now: NOW, facts };
    return { rule: r, entity: e as unknown as Entity, context: ctx };
  });

// ── Properties ────────────────────────────────────────────────────────────

function checkResult(result: RuleResult) {
  check(OUTCOMES.includes(result.outcome), 'unknown outcome', result.outcome);
  check(
    Array.isArray(result.findings) && Array.isArray(result.evidence),
    'findings and evidence should be lists',
    result,
  );
  check(
    (result.outcome === 'pass') === (result.findings.length === 0),
    'a rule should give findings exactly when it does not pass',
    result,
  );
  for (const finding of result.findings) {
    check(
      finding.outcome === 'fail' || finding.outcome === 'invalid',
      'a finding explains a fail or an invalid outcome',
      finding,
    );
    check(
      typeof finding.code === 'string' && finding.code.length > 0,
      'a finding has a code',
      finding,
    );
  }
  for (const seen of result.evidence) {
    check(
      typeof seen.fact === 'string' &&
        (seen.value === undefined || typeof seen.value === 'string'),
      'evidence names a fact and shows its value as text',
      seen,
    );
  }
}

describe('evaluateRule (property-based)', () => {
  it('evaluates any valid rule on any entity without throwing, to pass, fail or invalid', () => {
    fc.assert(
      fc.property(ruleCase, ({ rule: r, entity: e, context: ctx }) => {
        checkResult(evaluateRule(r, e, ctx));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('swaps pass and fail under `not`, and keeps invalid', () => {
    const swapped: Record<RuleOutcome, RuleOutcome> = {
      pass: 'fail',
      fail: 'pass',
      invalid: 'invalid',
    };
    fc.assert(
      fc.property(ruleCase, ({ rule: r, entity: e, context: ctx }) => {
        const inner = evaluateRule(r, e, ctx).outcome;
        const negated = evaluateRule({ not: r }, e, ctx).outcome;
        check(negated === swapped[inner], `not(${inner}) gave ${negated}`);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives the outcome of r for `all` of [r] and `any` of [r]', () => {
    fc.assert(
      fc.property(ruleCase, ({ rule: r, entity: e, context: ctx }) => {
        const alone = evaluateRule(r, e, ctx).outcome;
        const all = evaluateRule({ all: [r] }, e, ctx).outcome;
        const any = evaluateRule({ any: [r] }, e, ctx).outcome;
        check(
          all === alone && any === alone,
          `r gave ${alone}, all [r] ${all}, any [r] ${any}`,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('fact names (property-based)', () => {
  /** Names of properties every object inherits: `constructor`, `toString`, `__proto__`… */
  const inherited = (name: string) => name in {};
  const sourceOf = (name: string) =>
    name.includes(':') ? name.slice(0, name.indexOf(':')) : name;

  /** Any name, and names that look like `source:key`. */
  const anyName = fc.oneof(
    fc.string(),
    fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}:${b}`),
    fc
      .tuple(fc.constantFrom(...SOURCES), fc.string())
      .map(([a, b]) => `${a}:${b}`),
    fc.constantFrom(...SOURCES),
  );
  const acceptsOnlyDocumentedSources = (name: string) => {
    if (isValid({ fact: name, exists: true })) {
      check(
        Object.prototype.hasOwnProperty.call(FACT_SOURCES, sourceOf(name)),
        `validateRule accepted the fact '${name}', whose source is not a documented one`,
      );
    }
  };

  it('accepts only fact names whose source is documented (names not inherited from Object.prototype)', () => {
    fc.assert(
      fc.property(
        anyName.filter(name => !inherited(sourceOf(name))),
        acceptsOnlyDocumentedSources,
      ),
      { numRuns: NUM_RUNS },
    );
  });

  // Regression: sources and fields are looked up as own properties only (`constructor`,
  // `__proto__`, `valueOf`… are neither fact sources nor entity fields).
  it('accepts only fact names whose source is documented, Object.prototype names included', () => {
    fc.assert(fc.property(anyName, acceptsOnlyDocumentedSources), {
      numRuns: NUM_RUNS,
    });
  });

  /** An entity with empty annotations, labels and spec, and no external facts. */
  const bare = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', annotations: {}, labels: {} },
    spec: {},
  } as Entity;
  const keyedFact = fc
    .tuple(fc.constantFrom(...KEYED_SOURCES), fc.string({ minLength: 1 }))
    .filter(
      ([source, k]) =>
        // relation facts are lists: read below. metadata has these fields.
        source !== 'relation' &&
        !(source === 'metadata' && k.split('.')[0] in bare.metadata),
    )
    .map(([source, k]) => `${source}:${k}`);
  const readsAsMissing = (fact: string) => {
    const context = { now: NOW, facts: {} };
    const present = evaluateRule({ fact, exists: true }, bare, context);
    const absent = evaluateRule({ fact, exists: false }, bare, context);
    check(
      present.outcome === 'fail' && present.findings[0]?.code === 'missing',
      `{ fact: '${fact}', exists: true } should fail as missing on an entity without it`,
      present,
    );
    check(
      absent.outcome === 'pass',
      `{ fact: '${fact}', exists: false } should pass on an entity without it`,
      absent,
    );
  };

  it('reads a fact the entity does not have as missing (keys not inherited from Object.prototype)', () => {
    fc.assert(
      fc.property(
        keyedFact.filter(fact => !fact.split(/[:.]/).slice(1).some(inherited)),
        readsAsMissing,
      ),
      { numRuns: NUM_RUNS },
    );
  });

  // Regression: a name every object inherits is not a fact the entity has.
  it('reads a fact the entity does not have as missing, Object.prototype names included', () => {
    fc.assert(fc.property(keyedFact, readsAsMissing), { numRuns: NUM_RUNS });
  });
});

describe('evaluateRule against the reference interpreter (property-based)', () => {
  // evaluateRule runs rules compiled to closures; the reference is the interpreter they
  // replaced, kept verbatim: both must give the same outcome, findings and evidence.
  const agrees = (r: Rule, e: Entity, ctx: RuleContext) => {
    const ours = evaluateRule(r, e, ctx);
    const reference = referenceEvaluateRule(r, e, ctx);
    check(
      isDeepStrictEqual(ours, reference),
      "the result should be the reference interpreter's",
      { ours, reference },
    );
  };

  it('agrees with the reference on any valid rule and entity', () => {
    fc.assert(
      fc.property(ruleCase, ({ rule: r, entity: e, context: ctx }) =>
        agrees(r, e, ctx),
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('agrees with the reference on unvalidated rules (bad patterns, odd shapes)', () => {
    const unvalidated = fc.oneof(
      { weight: 4, arbitrary: rule },
      {
        weight: 1,
        arbitrary: fc
          .oneof(
            fc.jsonValue({ maxDepth: 3 }),
            fc.record({ all: fc.jsonValue({ maxDepth: 1 }) }),
            fc.record({ not: fc.jsonValue({ maxDepth: 1 }) }),
            fc.record({ fact: factName, matches: fc.string() }),
            fc.record({
              fact: fc.jsonValue({ maxDepth: 1 }),
              exists: fc.boolean(),
            }),
          )
          .map(r => r as unknown as Rule),
      },
    );
    fc.assert(
      fc.property(unvalidated, entity, keyedValues, (r, e, facts) =>
        agrees(r, e, { now: NOW, facts }),
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
