import { validateRule } from './validateRule';

const fact = 'annotation:cloud-pi-native.fr/sponsor';

/** A fact rule on `fact` with the given operator(s). */
const on = (operators: Record<string, unknown>) => ({ fact, ...operators });

/** Validates and expects exactly one problem, returned for further checks. */
function single(rule: unknown, path?: string): string {
  const problems = validateRule(rule, path);
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe('validateRule: valid rules', () => {
  it.each<[string, unknown]>([
    ['exists true', on({ exists: true })],
    ['exists false', on({ exists: false })],
    ['equals a string', on({ equals: 'production' })],
    ['equals a number', on({ equals: 3 })],
    ['equals a boolean', on({ equals: false })],
    ['oneOf', on({ oneOf: ['a', 2, true] })],
    ['matches', on({ matches: '^(user|group):[a-z]+$' })],
    ['number with one bound', on({ number: { gte: 80 } })],
    [
      'number with every bound',
      on({ number: { gt: 0, gte: 1, lt: 10, lte: 9 } }),
    ],
    ['semver', on({ semver: { gte: '1.2.0', lt: 'v2.0.0' } })],
    ['semver with a pre-release', on({ semver: { gte: '1.0.0-rc.1' } })],
    ['httpsUrl', on({ httpsUrl: true })],
    ['isoDate without options', on({ isoDate: {} })],
    ['isoDate with maxAgeDays', on({ isoDate: { maxAgeDays: 365 } })],
    ['isoDate with maxAgeDays 0', on({ isoDate: { maxAgeDays: 0 } })],
    [
      'every fact source',
      {
        all: [
          'annotation:a',
          'label:a',
          'metadata:a.b',
          'spec:a',
          'relation:ownedBy',
          'tags',
          'kind',
          'links',
        ].map(f => ({ fact: f, exists: true })),
      },
    ],
    ['a key with colons', { fact: 'annotation:a:b:c', exists: true }],
    ['all', { all: [on({ exists: true }), on({ equals: 'x' })] }],
    ['any', { any: [on({ exists: true })] }],
    ['not', { not: on({ exists: true }) }],
    [
      'deep nesting',
      { all: [{ any: [{ not: { all: [on({ httpsUrl: true })] } }] }] },
    ],
  ])('accepts %s', (_, rule) => {
    expect(validateRule(rule)).toEqual([]);
  });
});

describe('validateRule: problems', () => {
  it('reports an unknown operator', () => {
    expect(single(on({ startsWith: 'user:' }))).toBe(
      "rule: unknown operator 'startsWith'; expected one of exists, equals, oneOf, matches, number, semver, httpsUrl, isoDate, all, any, not",
    );
  });

  it('reports two operators', () => {
    expect(single(on({ exists: true, equals: 'x' }))).toBe(
      'rule: several operators (exists, equals); give exactly one',
    );
  });

  it('reports a missing operator', () => {
    expect(single({ fact })).toMatch(
      /^rule: no operator; expected one of exists, /,
    );
  });

  it('reports a missing fact and a missing operator together', () => {
    expect(validateRule({})).toEqual([
      "rule.fact: expected a fact name such as 'annotation:cloud-pi-native.fr/sponsor'",
      expect.stringMatching(/^rule: no operator/),
    ]);
    expect(single({ fact: 42, exists: true })).toMatch(
      /^rule\.fact: expected a fact name/,
    );
  });

  it.each(['owner:x', 'annotations:x', 'Annotation:x', 'spec', ''])(
    'reports the unknown fact source %j',
    name => {
      const problem = single({ fact: name, exists: true });
      expect(problem).toContain(`rule.fact: unknown fact '${name}'`);
      expect(problem).toContain(
        'expected one of annotation:<key>, label:<key>, metadata:<key>, spec:<key>, relation:<key>, fact:<key>, tags, kind, links',
      );
    },
  );

  it.each(['annotation', 'annotation:', 'label:', 'relation'])(
    'reports the keyed source without a key %j',
    name => {
      expect(single({ fact: name, exists: true })).toContain(
        `rule.fact: unknown fact '${name}'`,
      );
    },
  );

  it.each(['kind:x', 'tags:java', 'links:'])(
    'reports the bare source with a key %j',
    name => {
      expect(single({ fact: name, exists: true })).toContain(
        `unknown fact '${name}'`,
      );
    },
  );

  it('reports a bad regular expression, quoting it', () => {
    const problem = single(on({ matches: '([a-z' }));
    expect(problem).toMatch(
      /^rule\.matches: invalid regular expression "\(\[a-z" \(.+\)$/,
    );
  });

  it('reports a regular expression that is too long', () => {
    expect(validateRule(on({ matches: 'a'.repeat(500) }))).toEqual([]);
    expect(single(on({ matches: 'a'.repeat(501) }))).toBe(
      'rule.matches: regular expression longer than 500 characters',
    );
  });

  it('reports a regular expression that is not a string', () => {
    expect(single(on({ matches: /x/ }))).toBe(
      'rule.matches: expected a regular expression as a string',
    );
  });

  it.each<[string, unknown]>([
    ['a string', '80'],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['null', null],
  ])('reports a number bound that is %s', (_, bound) => {
    expect(single(on({ number: { gte: bound } }))).toBe(
      'rule.number.gte: expected a number',
    );
  });

  it.each(['1.2', '1', 'latest', '>=1.0.0', 'x.y.z'])(
    'reports the semver bound %j',
    bound => {
      expect(single(on({ semver: { lt: bound } }))).toBe(
        'rule.semver.lt: expected a version x.y.z',
      );
    },
  );

  it('reports a semver bound that is not a string', () => {
    expect(single(on({ semver: { gte: 1 } }))).toBe(
      'rule.semver.gte: expected a version x.y.z',
    );
  });

  it('reports an unknown comparison, next to other bounds', () => {
    expect(
      validateRule(on({ number: { gte: 1, between: 3, lt: 'x' } })),
    ).toEqual([
      'rule.number.between: unknown comparison; expected gt, gte, lt or lte',
      'rule.number.lt: expected a number',
    ]);
    expect(single(on({ semver: { eq: '1.0.0' } }))).toBe(
      'rule.semver.eq: unknown comparison; expected gt, gte, lt or lte',
    );
  });

  it.each<[string, unknown]>([
    ['empty', {}],
    ['a number', 80],
    ['a list', [80]],
  ])('reports number bounds that are %s', (_, bounds) => {
    expect(single(on({ number: bounds }))).toBe(
      'rule.number: expected bounds such as { gte: 80 }',
    );
  });

  it('reports empty semver bounds', () => {
    expect(single(on({ semver: {} }))).toBe(
      "rule.semver: expected bounds such as { gte: '1.2.0' }",
    );
  });

  it.each<[unknown, string]>([
    [
      true,
      'rule.isoDate: expected an object such as {} or { maxAgeDays: 365 }',
    ],
    [365, 'rule.isoDate: expected an object such as {} or { maxAgeDays: 365 }'],
    [
      { maxDays: 3 },
      'rule.isoDate: unknown option maxDays; expected maxAgeDays',
    ],
    [
      { maxAgeDays: -1 },
      'rule.isoDate.maxAgeDays: expected a whole number of days, 0 or more',
    ],
    [
      { maxAgeDays: 1.5 },
      'rule.isoDate.maxAgeDays: expected a whole number of days, 0 or more',
    ],
    [
      { maxAgeDays: '30' },
      'rule.isoDate.maxAgeDays: expected a whole number of days, 0 or more',
    ],
  ])('reports the isoDate options %j', (options, message) => {
    expect(single(on({ isoDate: options }))).toBe(message);
  });

  it('reports an unknown isoDate option and a bad maxAgeDays together', () => {
    expect(
      validateRule(on({ isoDate: { maxAgeDays: -2, future: true } })),
    ).toEqual([
      'rule.isoDate: unknown option future; expected maxAgeDays',
      'rule.isoDate.maxAgeDays: expected a whole number of days, 0 or more',
    ]);
  });

  it.each<[string, unknown, string]>([
    ['exists', 'yes', 'rule.exists: expected true or false'],
    ['equals', null, 'rule.equals: expected a string, number or boolean'],
    ['equals', ['a'], 'rule.equals: expected a string, number or boolean'],
    [
      'oneOf',
      [],
      'rule.oneOf: expected a non-empty list of strings, numbers or booleans',
    ],
    [
      'oneOf',
      'a',
      'rule.oneOf: expected a non-empty list of strings, numbers or booleans',
    ],
    [
      'oneOf',
      ['a', { b: 1 }],
      'rule.oneOf: expected a non-empty list of strings, numbers or booleans',
    ],
    ['httpsUrl', false, 'rule.httpsUrl: expected true'],
  ])('reports %s given %j', (operator, value, message) => {
    expect(single(on({ [operator]: value }))).toBe(message);
  });

  it.each(['all', 'any'])('reports an empty or non-list %s', combinator => {
    expect(single({ [combinator]: [] })).toBe(
      `rule.${combinator}: expected a non-empty list of rules`,
    );
    expect(single({ [combinator]: on({ exists: true }) })).toBe(
      `rule.${combinator}: expected a non-empty list of rules`,
    );
  });

  it('reports a combinator mixed with other keys', () => {
    expect(single({ all: [on({ exists: true })], fact })).toBe(
      "rule: 'all' must stand alone, found also fact",
    );
    expect(single({ fact, exists: true, not: on({ exists: true }) })).toBe(
      "rule: 'not' must stand alone, found also fact, exists",
    );
    expect(
      single({ any: [on({ exists: true })], all: [on({ exists: true })] }),
    ).toBe("rule: 'any' must stand alone, found also all");
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['a string', 'kind', '"kind"'],
    ['a number', 3, '3'],
    ['a list', [], '[]'],
    ['undefined', undefined, 'undefined'],
  ])('reports %s as a rule', (_, rule, shown) => {
    expect(single(rule)).toBe(`rule: expected a rule object, found ${shown}`);
  });

  it('reports a not without a rule object', () => {
    expect(single({ not: [on({ exists: true })] })).toBe(
      'rule.not: expected a rule object, found [{"fact":"annotation:cloud-pi-native.fr/sponsor","exists":true}]',
    );
  });
});

describe('validateRule: paths', () => {
  it('names nested paths', () => {
    const rule = {
      all: [
        on({ exists: true }),
        { any: [on({ matches: '(' }), { not: on({ number: { gte: 'x' } }) }] },
        { fact: 'nope', exists: true },
      ],
    };
    const problems = validateRule(rule);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^rule\.all\[1\]\.any\[0\]\.matches: invalid regular expression/,
    );
    expect(problems[1]).toBe(
      'rule.all[1].any[1].not.number.gte: expected a number',
    );
    expect(problems[2]).toMatch(/^rule\.all\[2\]\.fact: unknown fact 'nope'/);
  });

  it('reports every problem of every part', () => {
    const problems = validateRule({ any: [{}, 5, on({ httpsUrl: 'yes' })] });
    expect(problems).toEqual([
      expect.stringMatching(/^rule\.any\[0\]\.fact: /),
      expect.stringMatching(/^rule\.any\[0\]: no operator/),
      'rule.any[1]: expected a rule object, found 5',
      'rule.any[2].httpsUrl: expected true',
    ]);
  });

  it('starts from the given path', () => {
    expect(
      single({ all: [on({ exists: 1 })] }, 'onboarding.criteria[3].rule'),
    ).toBe('onboarding.criteria[3].rule.all[0].exists: expected true or false');
  });
});
