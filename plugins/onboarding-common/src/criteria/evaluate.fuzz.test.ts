// fc.assert is the assertion of these tests: it throws on the first failing input.
/* eslint-disable jest/expect-expect */
import { Entity } from '@backstage/catalog-model';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'util';
import {
  ANNOTATION_EXEMPTION_PREFIX,
  ANNOTATION_ONBOARDING_STEP,
  ANNOTATION_PREFIX,
} from '../annotations';
import { Rule } from '../rules';
import { DEFAULT_CRITERIA } from './defaultCriteria';
import { evaluateCriterion, evaluateEntity } from './evaluate';
import { evaluateEntity as referenceEvaluateEntity } from '../__testUtils__/reference/evaluate';
import {
  CRITERION_STATES,
  Criterion,
  CriterionState,
  EntityEvaluation,
} from './types';

/**
 * Property-based tests of the go/no-go evaluation: whatever a catalog entity carries
 * (a raw document may hold anything), the evaluation never throws and stays coherent.
 */

const NUM_RUNS = 10_000;
/** Fixed evaluation time: 2026-06-15 at 10:00 UTC. */
const NOW = new Date('2026-06-15T10:00:00Z');
const context = { now: NOW };

const STATES = CRITERION_STATES;
const CLOSING_STATES: readonly CriterionState[] = [
  'fail',
  'invalid',
  'unknown',
];

function factsOf(rule: Rule): string[] {
  if ('all' in rule) return rule.all.flatMap(factsOf);
  if ('any' in rule) return rule.any.flatMap(factsOf);
  if ('not' in rule) return factsOf(rule.not);
  return [rule.fact];
}

/** Annotation names the default criteria read. */
const CRITERIA_ANNOTATIONS = [
  ...new Set(
    DEFAULT_CRITERIA.flatMap(c => factsOf(c.rule))
      .filter(f => f.startsWith('annotation:'))
      .map(f => f.slice('annotation:'.length)),
  ),
];
const CRITERIA_IDS = DEFAULT_CRITERIA.map(c => c.id);

// ── Values ────────────────────────────────────────────────────────────────

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const whitespace = fc.string({
  unit: fc.constantFrom(
    ' ',
    '\t',
    '\n',
    '\r',
    '\u00a0',
    '\u2003',
    '\u2028',
    '\u3000',
    '\ufeff',
  ),
  maxLength: 4,
});
/** Any UTF-16 code unit, lone surrogates included. */
const utf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map(c => String.fromCharCode(c)),
});
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  utf16,
  whitespace,
  fc.constant(''),
);

/** Values that (nearly) meet the default criteria, so gates open now and then. */
const PLAUSIBLE = [
  'https://example.gouv.fr/plan',
  'https://x',
  'http://example.org/doc',
  'ftp://example.org',
  'not a url',
  '2026-01-15',
  '2026-06-16',
  '2026-06-17',
  '2019-01-01',
  '2026-02-31',
  'user:default/jane',
  'user:jane',
  'jane.doe@example.gouv.fr',
  'group:team-a',
  'team-a',
  'containers, kubernetes, gitlab-ci, gitops',
  'containers,kubernetes',
  '1',
  '2',
  '3',
  '4',
  '5',
  ' 3 ',
  '6',
  '0',
  '3.0',
  'json',
  'gelf',
  'agent-sso',
  'franceconnect',
  'none-needed',
  'production',
  'Production',
  'experimental',
  'service',
  'dossier-usager',
  '-bad-slug-',
  '/healthz',
  'healthz',
  'app=web',
  'my-project:key',
  'mattermost:~team',
  'tchap:#room',
  'true',
  'false',
  'null',
  '{}',
  '2030-12-31: moving to the new platform',
  '2020-01-01: long expired',
  '2030-12-31:',
  'reason without date',
];
const plausible = fc.constantFrom(...PLAUSIBLE);

/** Long strings, built cheaply by repeating a short chunk (up to 5 000 characters). */
const huge = fc
  .tuple(
    fc.oneof(plausible, text),
    fc.oneof(text, whitespace, fc.constantFrom('a', ',', ' ', '.', '@', ':')),
    fc.integer({ min: 200, max: 5_000 }),
    fc.boolean(),
  )
  .map(([head, chunk, length, padFirst]) => {
    const unit = chunk.length > 0 ? chunk : 'x';
    const filler = unit.repeat(Math.ceil(length / unit.length));
    return (padFirst ? filler + head : head + filler).slice(0, length);
  });

/** Exemption values in the expected shape `YYYY-MM-DD: reason`, valid or not. */
const exemptionValue = fc
  .tuple(
    whitespace,
    fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    whitespace,
    fc.oneof(text, plausible),
  )
  .map(
    ([ws, date, ws2, reason]) => `${ws}${isoDay(date)}${ws2}:${ws}${reason}`,
  );

const stringValue = fc.oneof(
  { weight: 3, arbitrary: plausible },
  { weight: 3, arbitrary: text },
  {
    weight: 1,
    arbitrary: fc
      .tuple(whitespace, plausible, whitespace)
      .map(([a, v, b]) => a + v + b),
  },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: exemptionValue },
);

/** What a raw YAML/JSON document could carry where a string is expected. */
const nonString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.oneof(stringValue, fc.integer(), fc.constant(null)), {
    maxLength: 4,
  }),
  fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const anyValue = fc.oneof(
  { weight: 4, arbitrary: stringValue },
  { weight: 1, arbitrary: nonString },
);

// ── Entities ──────────────────────────────────────────────────────────────

const annotationKey = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      ...CRITERIA_ANNOTATIONS,
      ANNOTATION_ONBOARDING_STEP,
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...CRITERIA_IDS.map(id => `${ANNOTATION_EXEMPTION_PREFIX}${id}`),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.string().map(s => `${ANNOTATION_EXEMPTION_PREFIX}${s}`),
  },
  { weight: 1, arbitrary: fc.string().map(s => `${ANNOTATION_PREFIX}${s}`) },
  { weight: 1, arbitrary: fc.string() },
);
/** The declared step, mostly well-formed so that discrepancies show up. */
const declaredStepValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('1', '2', '3', '4', '5', ' 4 ', '5\n', '\t2'),
  },
  { weight: 1, arbitrary: anyValue },
);

/**
 * Annotations meeting every default criterion of a Component: the criteria's own
 * remediation examples, with the templated or future-dated ones made concrete.
 */
const VALID_ANNOTATIONS: Record<string, string> = {
  ...Object.assign(
    {},
    ...DEFAULT_CRITERIA.map(c => c.remediation.annotations ?? {}),
  ),
  [`${ANNOTATION_PREFIX}console-project`]: 'mon-projet',
  'sonarqube.org/project-key': 'mon-projet-api',
  'argocd/app-selector': 'dso/project.slug=mon-projet',
  [`${ANNOTATION_PREFIX}homologation`]: '2026-01-30',
  [`${ANNOTATION_PREFIX}restore-test`]: '2026-03-01',
  [`${ANNOTATION_PREFIX}certification`]: '2026-05-30',
};
const VALID_KEYS = Object.keys(VALID_ANNOTATIONS);

/** Any map of annotations. */
const randomAnnotations = fc.dictionary(annotationKey, anyValue, {
  maxKeys: 16,
});
/** Valid annotations with a few dropped or overridden, so that every step is reached. */
const nearValidAnnotations = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...VALID_KEYS), { maxLength: 2 }),
    fc.dictionary(annotationKey, anyValue, { maxKeys: 2, size: 'xsmall' }),
    fc.option(declaredStepValue, { nil: undefined }),
  )
  .map(([dropped, overrides, declared]) => {
    const kept: Record<string, unknown> = { ...VALID_ANNOTATIONS };
    for (const key of dropped) delete kept[key];
    // Spread, not Object.assign: a `__proto__` key stays an own property, as in parsed JSON.
    return {
      ...kept,
      ...overrides,
      ...(declared === undefined
        ? {}
        : { [ANNOTATION_ONBOARDING_STEP]: declared }),
    };
  });
const annotations = fc.oneof(
  { weight: 1, arbitrary: randomAnnotations },
  { weight: 2, arbitrary: nearValidAnnotations },
);

const specValue = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'production',
      'Production',
      'experimental',
      'deprecated',
      'service',
      'website',
      'library',
      'group:team-a',
      'user:jane',
      'team-a',
      'default/team-a',
    ),
  },
  { weight: 2, arbitrary: anyValue },
);
const VALID_SPEC = {
  type: 'service',
  lifecycle: 'production',
  owner: 'group:team-a',
};
const spec = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .dictionary(fc.constantFrom('type', 'lifecycle', 'owner'), specValue, {
        maxKeys: 1,
        size: 'xsmall',
      })
      .map(overrides => ({ ...VALID_SPEC, ...overrides })),
  },
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.record(
          {
            type: specValue,
            lifecycle: specValue,
            owner: specValue,
            system: specValue,
          },
          { requiredKeys: [] },
        ),
        fc.dictionary(fc.string(), anyValue, { maxKeys: 3 }),
      )
      .map(([known, extra]) => ({ ...extra, ...known })),
  },
  { weight: 1, arbitrary: nonString },
);

const kind = fc.oneof(
  { weight: 6, arbitrary: fc.constant('Component') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'System',
      'API',
      'Template',
      'Group',
      'Resource',
      'component',
      'api',
      'SYSTEM',
    ),
  },
  { weight: 1, arbitrary: text },
  { weight: 1, arbitrary: nonString },
);

const listOrNot = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
    { weight: 1, arbitrary: nonString },
  );

const entity: fc.Arbitrary<Entity> = fc
  .record(
    {
      kind,
      metadata: fc.record(
        {
          name: fc.oneof(fc.constant('svc'), anyValue),
          annotations,
          labels: fc.dictionary(fc.string(), anyValue, { maxKeys: 4 }),
          tags: listOrNot(anyValue),
          description: anyValue,
          links: listOrNot(
            fc.oneof(
              fc.record(
                { url: anyValue, title: anyValue },
                { requiredKeys: [] },
              ),
              anyValue,
            ),
          ),
        },
        { requiredKeys: ['name', 'annotations'] },
      ),
      spec,
      relations: listOrNot(
        fc.record(
          {
            type: fc.oneof(
              fc.constantFrom('ownedBy', 'partOf', 'dependsOn'),
              anyValue,
            ),
            targetRef: anyValue,
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: ['kind', 'metadata'] },
  )
  .map(
    parts =>
      ({ apiVersion: 'backstage.io/v1alpha1', ...parts } as unknown as Entity),
  );

/** Entities whose very shape is off: no metadata, annotations that are not a map, no spec… */
const oddEntity: fc.Arbitrary<Entity> = fc
  .record(
    {
      apiVersion: fc.oneof(fc.constant('backstage.io/v1alpha1'), anyValue),
      kind,
      metadata: fc.oneof(
        nonString,
        fc.constant({}),
        fc.constant({ name: 'svc' }),
        fc.record(
          {
            name: anyValue,
            annotations: fc.oneof(
              fc.array(anyValue, { maxLength: 4 }),
              nonString,
              stringValue,
              annotations,
            ),
            labels: fc.oneof(nonString, stringValue),
            tags: fc.oneof(nonString, stringValue),
            links: fc.oneof(nonString, stringValue),
          },
          { requiredKeys: [] },
        ),
      ),
      spec: fc.oneof(fc.constant(null), nonString, stringValue, spec),
      relations: fc.oneof(nonString, stringValue),
    },
    { requiredKeys: [] },
  )
  .map(parts => parts as unknown as Entity);

// ── Checks ────────────────────────────────────────────────────────────────

/**
 * A plain assertion: `expect` costs tens of microseconds a call, too much for hundreds
 * of checks per run over 10 000 runs. fast-check reports the failing input anyway.
 */
function check(condition: boolean, what: string, found?: unknown): void {
  if (!condition) {
    throw new Error(
      `${what}${found === undefined ? '' : `; found ${JSON.stringify(found)}`}`,
    );
  }
}

const isStep = (value: unknown) =>
  typeof value === 'number' && [1, 2, 3, 4, 5].includes(value);
const isNonEmptyText = (value: unknown) =>
  typeof value === 'string' && value.length > 0;

/** Everything an evaluation must satisfy, whatever the entity. */
function checkEvaluation(
  evaluation: EntityEvaluation,
  criteria: readonly Criterion[],
) {
  const { step, gates, results } = evaluation;
  check(isStep(step), 'step should be 1 to 5', step);

  check(
    results.length === criteria.length,
    'one result per criterion',
    results.length,
  );
  results.forEach((result, i) => {
    check(
      result.criterionId === criteria[i].id,
      `result ${i} should be for ${criteria[i].id}`,
      result.criterionId,
    );
    check(STATES.includes(result.state), 'unknown state', result.state);
    check(
      isNonEmptyText(result.message.fr) && isNonEmptyText(result.message.en),
      `${result.criterionId}: message should be non-empty text in fr and en`,
      result.message,
    );
  });

  check(
    gates.length === 4 && gates.every((g, i) => g.step === i + 1),
    'gates should be those of steps 1 to 4',
    gates.map(g => g.step),
  );
  for (const gate of gates) {
    check(
      gate.verdict === 'GO' || gate.verdict === 'NO-GO',
      'verdict should be GO or NO-GO',
      gate.verdict,
    );
    const closing = results
      .filter(
        r =>
          r.step === gate.step &&
          r.severity === 'blocking' &&
          CLOSING_STATES.includes(r.state),
      )
      .map(r => r.criterionId);
    check(
      (gate.verdict === 'GO') === (closing.length === 0),
      `gate ${gate.step} should be GO exactly when no blocking result is fail, invalid or unknown`,
      { gate, closing },
    );
    check(
      gate.blockers.join() === closing.join(),
      `gate ${gate.step} should list its blockers`,
      { gate, closing },
    );
  }

  const firstNoGo = gates.find(g => g.verdict === 'NO-GO');
  check(
    step === (firstNoGo?.step ?? 5),
    "step should be the first NO-GO gate's, or 5",
    { step, gates },
  );
  check(
    evaluation.nextGate === firstNoGo,
    'nextGate should be the first NO-GO gate',
    evaluation.nextGate,
  );

  const { declaredStep, discrepancy } = evaluation;
  check(
    declaredStep === undefined || isStep(declaredStep),
    'declared step should be 1 to 5',
    declaredStep,
  );
  if (discrepancy) {
    check(
      discrepancy.declared === declaredStep &&
        discrepancy.evidenced === step &&
        discrepancy.declared > discrepancy.evidenced,
      'a discrepancy only when the declared step is ahead of the evidence',
      { step, declaredStep, discrepancy },
    );
  }
  check(
    (discrepancy !== undefined) ===
      (declaredStep !== undefined && declaredStep > step),
    'a declared step ahead of the evidence should be flagged',
    { step, declaredStep, discrepancy },
  );
}

// ── Properties ────────────────────────────────────────────────────────────

describe('evaluateEntity (property-based)', () => {
  it('never throws and stays coherent on any annotations, labels, tags, spec and kind', () => {
    fc.assert(
      fc.property(entity, e => {
        checkEvaluation(
          evaluateEntity(e, DEFAULT_CRITERIA, context),
          DEFAULT_CRITERIA,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('stays coherent when fact sources are unavailable (unknown results)', () => {
    const unavailableFacts = fc.dictionary(
      fc.constantFrom(
        'template',
        'template/actions',
        'skeleton',
        'skeleton/annotation',
        'skeleton/file/.gitlab-ci-dso.yml',
        'other/fact',
      ),
      fc.string(),
      { minKeys: 1 },
    );
    fc.assert(
      fc.property(entity, unavailableFacts, (e, unavailable) => {
        checkEvaluation(
          evaluateEntity(e, DEFAULT_CRITERIA, {
            now: NOW,
            unavailableFacts: unavailable,
          }),
          DEFAULT_CRITERIA,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on entities of odd shapes (no metadata, annotations as a list, spec null…)', () => {
    fc.assert(
      fc.property(oddEntity, e => {
        checkEvaluation(
          evaluateEntity(e, DEFAULT_CRITERIA, context),
          DEFAULT_CRITERIA,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('is deterministic: the same entity gives deep-equal evaluations, even with another evaluated in between', () => {
    fc.assert(
      fc.property(fc.oneof(entity, oddEntity), entity, (e, other) => {
        const first = evaluateEntity(e, DEFAULT_CRITERIA, context);
        evaluateEntity(other, DEFAULT_CRITERIA, context);
        const second = evaluateEntity(e, DEFAULT_CRITERIA, context);
        // isDeepStrictEqual is much cheaper than toEqual.
        check(
          isDeepStrictEqual(second, first),
          'evaluating the same entity again should give the same evaluation',
          { first, second },
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('evaluateCriterion exemptions (property-based, one criterion at a time)', () => {
  const criterion = fc.constantFrom(...DEFAULT_CRITERIA);
  /** A reason with something besides spaces in it. */
  const reason = fc
    .oneof(text, plausible)
    .filter(r => r.trim().length > 0)
    .map(r => r.replace(/^\s+/, ''));
  const withExemption = (e: Entity, id: string, value: string): Entity =>
    ({
      ...e,
      metadata: {
        ...e.metadata,
        annotations: {
          ...e.metadata.annotations,
          [`${ANNOTATION_EXEMPTION_PREFIX}${id}`]: value,
        },
      },
    } as Entity);

  it('never leaves a criterion failed, invalid or unknown under an active exemption', () => {
    const notExpired = fc
      .date({
        min: new Date('2026-06-15T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map(isoDay);
    fc.assert(
      fc.property(
        criterion,
        entity,
        notExpired,
        whitespace,
        reason,
        (c, e, expires, ws, why) => {
          const exempted = withExemption(
            e,
            c.id,
            `${ws}${expires}${ws}: ${why}`,
          );
          const result = evaluateCriterion(c, exempted, context);
          check(
            ['pass', 'exempted', 'not-applicable'].includes(result.state),
            `${c.id} should be met or exempted under an active exemption`,
            result,
          );
          check(
            result.state === 'not-applicable' ||
              (result.exemption?.state === 'active' &&
                result.exemption.expires === expires),
            `${c.id} should report its active exemption`,
            result,
          );
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('ignores an expired exemption: the state is the one without it', () => {
    const expired = fc
      .date({
        min: new Date('1970-01-01T00:00:00Z'),
        max: new Date('2026-06-14T00:00:00Z'),
        noInvalidDate: true,
      })
      .map(isoDay);
    fc.assert(
      fc.property(criterion, entity, expired, reason, (c, e, expires, why) => {
        const key = `${ANNOTATION_EXEMPTION_PREFIX}${c.id}`;
        const annotationsWithout = { ...e.metadata.annotations };
        delete annotationsWithout[key];
        const without = {
          ...e,
          metadata: { ...e.metadata, annotations: annotationsWithout },
        } as Entity;
        const withExpired = withExemption(without, c.id, `${expires}: ${why}`);
        const expected = evaluateCriterion(c, without, context);
        const result = evaluateCriterion(c, withExpired, context);
        check(
          result.state === expected.state,
          `${c.id} should keep its state (${expected.state}) under an expired exemption`,
          result,
        );
        check(
          result.state === 'not-applicable' ||
            result.exemption?.state === 'expired',
          `${c.id} should report its expired exemption`,
          result,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('evaluateEntity against the reference evaluator (property-based)', () => {
  // The evaluator compiles rules and writes messages once for both languages; the
  // reference is the interpreter it replaced, kept verbatim: both must agree exactly.
  const agrees = (e: Entity) => {
    const ours = evaluateEntity(e, DEFAULT_CRITERIA, context);
    const reference = referenceEvaluateEntity(e, DEFAULT_CRITERIA, context);
    check(
      isDeepStrictEqual(ours, reference),
      "the evaluation should be the reference evaluator's, messages and evidence included",
      { ours, reference },
    );
  };

  it('gives the same evaluation as the reference on any entity', () => {
    fc.assert(fc.property(entity, agrees), { numRuns: NUM_RUNS });
  });

  it('gives the same evaluation as the reference on entities of odd shapes', () => {
    fc.assert(fc.property(oddEntity, agrees), { numRuns: NUM_RUNS });
  });

  // The default criteria read one fact each: criteria combining the default rules read
  // several, which their messages and evidence must list alike.
  const leafRules = (r: Rule): Rule[] => {
    if ('all' in r) return r.all.flatMap(leafRules);
    if ('any' in r) return r.any.flatMap(leafRules);
    if ('not' in r) return leafRules(r.not);
    return [r];
  };
  const leaves = DEFAULT_CRITERIA.flatMap(c => leafRules(c.rule));
  const { combined } = fc.letrec<{ combined: Rule }>(tie => ({
    combined: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...leaves),
      fc.record({ all: fc.array(tie('combined'), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('combined'), { maxLength: 3 }) }),
      fc.record({ not: tie('combined') }),
    ),
  }));
  const criteria = fc
    .array(fc.tuple(fc.constantFrom(...DEFAULT_CRITERIA), combined), {
      minLength: 1,
      maxLength: 6,
    })
    .map(pairs =>
      pairs.map(([criterion, r]): Criterion => ({ ...criterion, rule: r })),
    );

  it('gives the same evaluation as the reference with criteria combining several facts', () => {
    fc.assert(
      fc.property(criteria, entity, (set, e) => {
        const ours = evaluateEntity(e, set, context);
        const reference = referenceEvaluateEntity(e, set, context);
        check(
          isDeepStrictEqual(ours, reference),
          "the evaluation should be the reference evaluator's",
          { ours, reference },
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
