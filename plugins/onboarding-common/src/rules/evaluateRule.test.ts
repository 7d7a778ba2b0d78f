import { Entity } from '@backstage/catalog-model';
import { evaluateRule, parseIsoDate } from './evaluateRule';
import { describeFinding } from './messages';
import { Rule, RuleFinding } from './types';

/** Fixed evaluation time: 2026-06-15 at 10:00 UTC. */
const NOW = new Date('2026-06-15T10:00:00Z');
const context = { now: NOW };

interface EntityParts {
  kind?: string;
  /** Values are `unknown` so malformed (non-string) annotations can be built. */
  annotations?: Record<string, unknown>;
  labels?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  spec?: Record<string, unknown>;
  relations?: Array<{ type: string; targetRef: string }>;
}

/** Builds an entity by hand; the cast lets tests carry values the catalog model forbids. */
function entity(parts: EntityParts = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: parts.kind ?? 'Component',
    metadata: {
      name: 'svc',
      ...(parts.annotations ? { annotations: parts.annotations } : {}),
      ...(parts.labels ? { labels: parts.labels } : {}),
      ...parts.metadata,
    },
    spec: parts.spec ?? {},
    ...(parts.relations ? { relations: parts.relations } : {}),
  } as unknown as Entity;
}

/** An entity with one annotation `v` holding the given value. */
const withValue = (value: unknown) => entity({ annotations: { v: value } });
const V = 'annotation:v';

const run = (rule: Rule, e: Entity) => evaluateRule(rule, e, context);

/** An operator and its argument, e.g. `{ httpsUrl: true }`, to apply to a fact. */
type Operator = Record<string, unknown>;

/** Evaluates an operator on `annotation:v` = value and returns outcome, code and finding. */
function check(operator: Operator, value: unknown) {
  const result = run({ fact: V, ...operator } as Rule, withValue(value));
  return {
    outcome: result.outcome,
    code: result.findings[0]?.code,
    finding: result.findings[0],
    result,
  };
}

describe('evaluateRule: fact sources', () => {
  it('reads an annotation', () => {
    const result = run(
      { fact: 'annotation:cloud-pi-native.fr/sponsor', equals: 'user:a' },
      entity({ annotations: { 'cloud-pi-native.fr/sponsor': 'user:a' } }),
    );
    expect(result).toEqual({
      outcome: 'pass',
      findings: [],
      evidence: [
        { fact: 'annotation:cloud-pi-native.fr/sponsor', value: 'user:a' },
      ],
    });
  });

  it('reads a label', () => {
    const e = entity({ labels: { tier: 'gold' } });
    expect(run({ fact: 'label:tier', equals: 'gold' }, e).outcome).toBe('pass');
    expect(run({ fact: 'label:tier', equals: 'silver' }, e).findings).toEqual([
      {
        outcome: 'fail',
        code: 'not-equal',
        fact: 'label:tier',
        found: 'gold',
        expected: 'silver',
      },
    ]);
    // An annotation of the same name is a different fact.
    expect(
      run(
        { fact: 'annotation:tier', exists: true },
        entity({ labels: { tier: 'gold' } }),
      ).findings[0].code,
    ).toBe('missing');
  });

  it('reads a metadata field, nested paths included', () => {
    const e = entity({
      metadata: { description: 'Booking service', contact: { team: 'abc' } },
    });
    expect(run({ fact: 'metadata:description', exists: true }, e)).toEqual({
      outcome: 'pass',
      findings: [],
      evidence: [{ fact: 'metadata:description', value: 'Booking service' }],
    });
    expect(
      run({ fact: 'metadata:contact.team', equals: 'abc' }, e).outcome,
    ).toBe('pass');
    expect(
      run({ fact: 'metadata:contact.nobody', exists: true }, e).findings[0]
        .code,
    ).toBe('missing');
  });

  it('reads a spec field, and a path through a non-object is absent', () => {
    const e = entity({
      spec: { owner: 'group:team', profile: { email: 'a@b.fr' } },
    });
    expect(run({ fact: 'spec:owner', equals: 'group:team' }, e).outcome).toBe(
      'pass',
    );
    expect(
      run({ fact: 'spec:profile.email', exists: true }, e).evidence,
    ).toEqual([{ fact: 'spec:profile.email', value: 'a@b.fr' }]);
    const through = run({ fact: 'spec:owner.name', exists: true }, e);
    expect(through.outcome).toBe('fail');
    expect(through.findings[0].code).toBe('missing');
    expect(through.evidence).toEqual([{ fact: 'spec:owner.name' }]);
  });

  it('reads the relations of one type as a list', () => {
    const e = entity({
      relations: [
        { type: 'ownedBy', targetRef: 'group:default/team-a' },
        { type: 'ownedBy', targetRef: 'group:default/team-b' },
        { type: 'partOf', targetRef: 'system:default/sys' },
      ],
    });
    const owned = run(
      { fact: 'relation:ownedBy', equals: 'group:default/team-b' },
      e,
    );
    expect(owned.outcome).toBe('pass');
    expect(owned.evidence).toEqual([
      {
        fact: 'relation:ownedBy',
        value: 'group:default/team-a, group:default/team-b',
      },
    ]);
    const other = run(
      { fact: 'relation:ownedBy', equals: 'system:default/sys' },
      e,
    );
    expect(other.outcome).toBe('fail');
    expect(other.findings[0].code).toBe('no-item');
    expect(
      run({ fact: 'relation:dependsOn', exists: true }, e).findings[0].code,
    ).toBe('missing');
  });

  it('reads the tags as a list', () => {
    const e = entity({ metadata: { tags: ['java', 'api'] } });
    const result = run({ fact: 'tags', equals: 'api' }, e);
    expect(result.outcome).toBe('pass');
    expect(result.evidence).toEqual([{ fact: 'tags', value: 'java, api' }]);
  });

  it('reads the kind', () => {
    expect(
      run({ fact: 'kind', oneOf: ['API', 'System'] }, entity({ kind: 'API' }))
        .outcome,
    ).toBe('pass');
    expect(
      run({ fact: 'kind', equals: 'API' }, entity({ kind: 'Component' }))
        .findings[0],
    ).toMatchObject({ code: 'not-equal', found: 'Component', expected: 'API' });
  });

  it('reads the link URLs as a list', () => {
    const e = entity({
      metadata: {
        links: [
          { url: 'http://old.example.fr' },
          { url: 'https://new.example.fr' },
        ],
      },
    });
    const result = run({ fact: 'links', httpsUrl: true }, e);
    expect(result.outcome).toBe('pass');
    expect(result.evidence).toEqual([
      { fact: 'links', value: 'http://old.example.fr, https://new.example.fr' },
    ]);
  });

  it('treats an unknown source in an unvalidated rule as a missing fact', () => {
    const result = run({ fact: 'owner:x', exists: true }, entity());
    expect(result.outcome).toBe('fail');
    expect(result.findings[0]).toEqual({
      outcome: 'fail',
      code: 'missing',
      fact: 'owner:x',
    });
  });
});

describe('evaluateRule: missing facts', () => {
  const rules: Array<[string, Operator]> = [
    ['exists', { exists: true }],
    ['equals', { equals: 'x' }],
    ['oneOf', { oneOf: ['x'] }],
    ['matches', { matches: 'x' }],
    ['number', { number: { gte: 1 } }],
    ['semver', { semver: { gte: '1.0.0' } }],
    ['httpsUrl', { httpsUrl: true }],
    ['isoDate', { isoDate: {} }],
  ];

  it.each(rules)('%s fails with code missing on an absent fact', (_, rule) => {
    const result = run({ fact: V, ...rule } as Rule, entity());
    expect(result).toEqual({
      outcome: 'fail',
      findings: [{ outcome: 'fail', code: 'missing', fact: V }],
      evidence: [{ fact: V }],
    });
  });

  it.each([
    ['an empty string', ''],
    ['whitespace', '   \t\n'],
    ['null', null],
  ])('treats %s as absent', (_, value) => {
    expect(check({ exists: true }, value)).toMatchObject({
      outcome: 'fail',
      code: 'missing',
    });
    expect(check({ exists: false }, value).outcome).toBe('pass');
    expect(check({ exists: false }, value).result.evidence).toEqual([
      { fact: V },
    ]);
  });

  it('treats an empty list, or a list of blanks, as absent', () => {
    expect(
      run({ fact: 'tags', exists: true }, entity({ metadata: { tags: [] } }))
        .findings[0].code,
    ).toBe('missing');
    expect(
      run(
        { fact: 'tags', exists: true },
        entity({ metadata: { tags: ['', '  ', null] } }),
      ).findings[0].code,
    ).toBe('missing');
    expect(
      run(
        { fact: 'links', exists: true },
        entity({ metadata: { links: [{ title: 'no url' }] } }),
      ).findings[0].code,
    ).toBe('missing');
  });

  it('works on an entity without metadata or spec at all', () => {
    const bare = { apiVersion: 'v1', kind: 'Component' } as unknown as Entity;
    for (const fact of [
      'annotation:a',
      'label:a',
      'metadata:a',
      'spec:a',
      'tags',
      'links',
      'relation:a',
    ]) {
      expect(run({ fact, exists: true }, bare).findings[0].code).toBe(
        'missing',
      );
    }
    expect(run({ fact: 'kind', equals: 'Component' }, bare).outcome).toBe(
      'pass',
    );
  });
});

describe('evaluateRule: operators', () => {
  describe('exists', () => {
    it('passes when present and required', () => {
      expect(check({ exists: true }, 'x')).toMatchObject({
        outcome: 'pass',
        code: undefined,
      });
    });
    it('fails with code present when present and forbidden', () => {
      expect(check({ exists: false }, 'x').finding).toEqual({
        outcome: 'fail',
        code: 'present',
        fact: V,
        found: 'x',
      });
    });
  });

  describe('equals', () => {
    it.each([
      ['a string', 'production', 'production', 'pass'],
      ['a string with spaces around', 'production', '  production ', 'pass'],
      ['a different string', 'production', 'Production', 'fail'],
      ['a number against its text', 80, '80', 'pass'],
      ['a number against another number', 80, '80.5', 'fail'],
      ['a number against a raw number', 80, 80, 'pass'],
      ['a boolean against its text', true, 'true', 'pass'],
      ['a boolean against other text', true, 'yes', 'fail'],
    ])('%s', (_, expected, value, outcome) => {
      expect(check({ equals: expected }, value).outcome).toBe(outcome);
    });

    it('reports what was found and expected', () => {
      expect(check({ equals: 'production' }, 'staging').finding).toEqual({
        outcome: 'fail',
        code: 'not-equal',
        fact: V,
        found: 'staging',
        expected: 'production',
      });
      expect(check({ equals: 80 }, '81').finding).toMatchObject({
        code: 'not-equal',
        expected: '80',
      });
    });

    it('is invalid when a number is expected and the value is not one', () => {
      expect(check({ equals: 80 }, 'eighty').finding).toEqual({
        outcome: 'invalid',
        code: 'not-a-number',
        fact: V,
        found: 'eighty',
      });
    });
  });

  describe('oneOf', () => {
    it('passes on a listed value, text or number', () => {
      expect(check({ oneOf: ['json', 'gelf'] }, 'gelf').outcome).toBe('pass');
      expect(check({ oneOf: ['json', 'gelf'] }, ' json ').outcome).toBe('pass');
      expect(check({ oneOf: [1, 2, 3] }, '2').outcome).toBe('pass');
    });

    it('is invalid on a value outside the list, and says which were expected', () => {
      expect(check({ oneOf: ['json', 'gelf'] }, 'JSON').finding).toEqual({
        outcome: 'invalid',
        code: 'not-one-of',
        fact: V,
        found: 'JSON',
        expected: 'json, gelf',
      });
    });
  });

  describe('matches', () => {
    it('passes when the pattern matches', () => {
      expect(check({ matches: '^[a-z]+-\\d+$' }, 'abc-12').outcome).toBe(
        'pass',
      );
    });

    it('is invalid when it does not', () => {
      expect(check({ matches: '^[a-z]+-\\d+$' }, 'ABC').finding).toEqual({
        outcome: 'invalid',
        code: 'no-match',
        fact: V,
        found: 'ABC',
        expected: '^[a-z]+-\\d+$',
      });
    });

    it('is invalid on a value that is not text', () => {
      expect(check({ matches: '.*' }, 42).finding).toEqual({
        outcome: 'invalid',
        code: 'not-text',
        fact: V,
        found: '42',
      });
      expect(check({ matches: '.*' }, { a: 1 }).finding).toMatchObject({
        code: 'not-text',
        found: '{"a":1}',
      });
    });
  });

  describe('number', () => {
    it.each([
      ['85', { gte: 80 }, 'pass'],
      ['80', { gte: 80 }, 'pass'],
      ['80', { gt: 80 }, 'fail'],
      ['79.9', { gte: 80 }, 'fail'],
      [' 5 ', { gt: 1, lt: 10 }, 'pass'],
      ['10', { gt: 1, lt: 10 }, 'fail'],
      ['10', { lte: 10 }, 'pass'],
      ['-3', { lt: 0 }, 'pass'],
      ['1e2', { gte: 100 }, 'pass'],
    ])('%j against %j gives %s', (value, bounds, outcome) => {
      expect(check({ number: bounds }, value).outcome).toBe(outcome);
    });

    it('reads a raw number', () => {
      expect(check({ number: { gte: 80 } }, 90).outcome).toBe('pass');
    });

    it('describes the bounds when out of range', () => {
      expect(check({ number: { gte: 80 } }, '79').finding).toEqual({
        outcome: 'fail',
        code: 'out-of-range',
        fact: V,
        found: '79',
        expected: '≥ 80',
      });
      expect(check({ number: { gt: 1, lt: 10 } }, '10').finding?.expected).toBe(
        '> 1 and < 10',
      );
    });

    it.each(['eighty', '80%', 'Infinity', 'NaN', true, { n: 1 }])(
      'is invalid on %j',
      value => {
        expect(check({ number: { gte: 0 } }, value)).toMatchObject({
          outcome: 'invalid',
          code: 'not-a-number',
        });
      },
    );
  });

  describe('semver', () => {
    it.each([
      ['1.2.3', { gte: '1.2.0' }, 'pass'],
      ['v1.2.3', { gte: '1.2.0' }, 'pass'],
      ['1.2.0', { gte: '1.2.0' }, 'pass'],
      ['1.2.0', { gt: '1.2.0' }, 'fail'],
      ['1.1.9', { gte: '1.2.0' }, 'fail'],
      ['1.10.0', { gt: '1.9.0' }, 'pass'],
      ['10.0.0', { lt: '9.0.0' }, 'fail'],
      ['2.0.0', { gte: '1.0.0', lt: '2.0.0' }, 'fail'],
      ['1.99.99', { gte: '1.0.0', lt: '2.0.0' }, 'pass'],
      ['2.0.0-rc.1', { gte: '1.0.0' }, 'pass'],
      ['1.0.0+build.7', { lte: '1.0.0' }, 'pass'],
    ])('%j against %j gives %s', (value, bounds, outcome) => {
      expect(check({ semver: bounds }, value).outcome).toBe(outcome);
    });

    it('describes the bounds when out of range', () => {
      expect(check({ semver: { gte: '1.2.0' } }, '1.1.9').finding).toEqual({
        outcome: 'fail',
        code: 'out-of-range',
        fact: V,
        found: '1.1.9',
        expected: '≥ 1.2.0',
      });
    });

    it.each(['1.2', '1', '1.2.3.4', 'latest', 'v', '1.2.x', '1.2.3-', 42])(
      'is invalid on %j',
      value => {
        expect(
          check({ semver: { gte: '1.0.0' } }, value).finding,
        ).toMatchObject({
          outcome: 'invalid',
          code: 'not-semver',
          expected: 'x.y.z',
        });
      },
    );
  });

  describe('httpsUrl', () => {
    it.each([
      'https://example.gouv.fr',
      'https://example.gouv.fr/a?b=c#d',
      'HTTPS://EXAMPLE.FR',
    ])('passes on %j', value => {
      expect(check({ httpsUrl: true }, value).outcome).toBe('pass');
    });

    it.each([
      'http://example.gouv.fr',
      'ftp://example.gouv.fr',
      'mailto:a@b.fr',
    ])('is invalid with code not-https on %j', value => {
      expect(check({ httpsUrl: true }, value).finding).toEqual({
        outcome: 'invalid',
        code: 'not-https',
        fact: V,
        found: value,
        expected: 'https://…',
      });
    });

    it.each([
      'not a url',
      'example.gouv.fr',
      'https://',
      '/relative/path',
      42,
      { url: 'https://x.fr' },
    ])('is invalid with code not-a-url on %j', value => {
      expect(check({ httpsUrl: true }, value)).toMatchObject({
        outcome: 'invalid',
        code: 'not-a-url',
        finding: { expected: 'https://…' },
      });
    });
  });

  describe('isoDate', () => {
    it('passes on a past date and today', () => {
      expect(check({ isoDate: {} }, '2020-01-01').outcome).toBe('pass');
      expect(check({ isoDate: {} }, '2026-06-15').outcome).toBe('pass');
      expect(check({ isoDate: {} }, ' 2026-02-28 ').outcome).toBe('pass');
      expect(check({ isoDate: {} }, '2024-02-29').outcome).toBe('pass');
    });

    it.each([
      '2026-02-31',
      '2025-02-29',
      '31/02/2026',
      '15/06/2026',
      '2026-13-01',
      '2026-00-10',
      '2026-06-00',
      '2026-6-5',
      '2026-06-15T00:00:00Z',
      'yesterday',
      20260101,
    ])('is invalid with code not-a-date on %j', value => {
      expect(check({ isoDate: {} }, value).finding).toMatchObject({
        outcome: 'invalid',
        code: 'not-a-date',
        expected: 'YYYY-MM-DD',
      });
    });

    it('is invalid on a future date, tolerating one day for time zones', () => {
      expect(check({ isoDate: {} }, '2026-06-16').outcome).toBe('pass');
      expect(check({ isoDate: {} }, '2026-06-17').finding).toEqual({
        outcome: 'invalid',
        code: 'date-in-future',
        fact: V,
        found: '2026-06-17',
      });
      expect(check({ isoDate: {} }, '2099-01-01').code).toBe('date-in-future');
    });

    it('fails when older than maxAgeDays, the last day included', () => {
      // 2024-06-15 is 730 days before 2026-06-15.
      expect(
        check({ isoDate: { maxAgeDays: 730 } }, '2024-06-15').outcome,
      ).toBe('pass');
      expect(
        check({ isoDate: { maxAgeDays: 730 } }, '2024-06-14').finding,
      ).toEqual({
        outcome: 'fail',
        code: 'too-old',
        fact: V,
        found: '2024-06-14',
        expected: '730',
      });
      expect(check({ isoDate: { maxAgeDays: 0 } }, '2026-06-15').outcome).toBe(
        'pass',
      );
      expect(check({ isoDate: { maxAgeDays: 0 } }, '2026-06-14').code).toBe(
        'too-old',
      );
    });
  });
});

describe('evaluateRule: malformed values', () => {
  it('treats an annotation given as a list with list semantics', () => {
    const result = check({ equals: 'b' }, ['a', 'b']);
    expect(result.outcome).toBe('pass');
    expect(result.result.evidence).toEqual([{ fact: V, value: 'a, b' }]);
  });

  it('compares a raw number as text against a string', () => {
    expect(check({ equals: '42' }, 42).outcome).toBe('pass');
    expect(check({ oneOf: ['1', '2'] }, 2).outcome).toBe('pass');
  });

  it('shows an object value as JSON in evidence and findings', () => {
    const result = check({ oneOf: ['json'] }, { format: 'json' });
    expect(result.finding).toEqual({
      outcome: 'invalid',
      code: 'not-one-of',
      fact: V,
      found: '{"format":"json"}',
      expected: 'json',
    });
    expect(result.result.evidence).toEqual([
      { fact: V, value: '{"format":"json"}' },
    ]);
  });

  describe('a huge value (100 000 characters)', () => {
    const huge = 'a'.repeat(100_000);
    const truncated = `${'a'.repeat(200)}… (100000 characters)`;

    it.each<[string, Operator, string]>([
      ['matches', { matches: '^a+$' }, 'pass'],
      ['matches (failing)', { matches: '^b' }, 'invalid'],
      ['httpsUrl', { httpsUrl: true }, 'invalid'],
      ['isoDate', { isoDate: {} }, 'invalid'],
      ['semver', { semver: { gte: '1.0.0' } }, 'invalid'],
      ['number', { number: { gte: 1 } }, 'invalid'],
      ['equals', { equals: 'a' }, 'fail'],
      ['oneOf', { oneOf: ['a'] }, 'invalid'],
    ])('%s does not throw and truncates the evidence', (_, rule, outcome) => {
      const { result } = check(rule, huge);
      expect(result.outcome).toBe(outcome);
      expect(result.evidence).toEqual([{ fact: V, value: truncated }]);
      for (const finding of result.findings) {
        expect(finding.found).toBe(truncated);
      }
    });

    it('truncates a huge list too', () => {
      const tags = Array.from({ length: 10_000 }, (_, i) => `tag-${i}`);
      const result = run(
        { fact: 'tags', equals: 'tag-9999' },
        entity({ metadata: { tags } }),
      );
      expect(result.outcome).toBe('pass');
      expect(result.evidence[0].value!.length).toBeLessThan(250);
      expect(result.evidence[0].value).toMatch(/… \(\d+ characters\)$/);
    });
  });
});

describe('evaluateRule: lists', () => {
  const tagged = entity({ metadata: { tags: ['java', 'api'] } });

  it('passes when one item passes', () => {
    expect(run({ fact: 'tags', oneOf: ['api', 'web'] }, tagged).outcome).toBe(
      'pass',
    );
    expect(run({ fact: 'tags', matches: '^ja' }, tagged).outcome).toBe('pass');
    expect(run({ fact: 'tags', exists: true }, tagged).outcome).toBe('pass');
  });

  it('fails with code no-item when no item passes', () => {
    expect(run({ fact: 'tags', equals: 'go' }, tagged)).toEqual({
      outcome: 'fail',
      findings: [
        {
          outcome: 'fail',
          code: 'no-item',
          fact: 'tags',
          found: 'java, api',
          expected: 'go',
        },
      ],
      evidence: [{ fact: 'tags', value: 'java, api' }],
    });
    expect(
      run({ fact: 'tags', oneOf: ['go', 'rust'] }, tagged).findings[0],
    ).toMatchObject({ code: 'no-item', expected: 'go, rust' });
    expect(
      run({ fact: 'tags', matches: '^py' }, tagged).findings[0],
    ).toMatchObject({ code: 'no-item', expected: '^py' });
  });

  it('fails rather than being invalid when every item is malformed', () => {
    const e = entity({
      metadata: { links: [{ url: 'http://a.fr' }, { url: 'not a url' }] },
    });
    const result = run({ fact: 'links', httpsUrl: true }, e);
    expect(result.outcome).toBe('fail');
    expect(result.findings[0]).toMatchObject({
      outcome: 'fail',
      code: 'no-item',
      found: 'http://a.fr, not a url',
    });
  });

  it('fails with code present when a list must be absent', () => {
    expect(run({ fact: 'tags', exists: false }, tagged).findings).toEqual([
      { outcome: 'fail', code: 'present', fact: 'tags', found: 'java, api' },
    ]);
  });

  it('reads list items that are not strings as JSON', () => {
    const e = entity({ metadata: { tags: [80, 'x'] } });
    expect(run({ fact: 'tags', number: { gte: 80 } }, e).outcome).toBe('pass');
    expect(run({ fact: 'tags', exists: true }, e).evidence).toEqual([
      { fact: 'tags', value: '80, x' },
    ]);
  });
});

describe('evaluateRule: combinators', () => {
  const e = entity({
    annotations: { a: 'yes', b: 'no', url: 'http://x.fr' },
  });
  const passA: Rule = { fact: 'annotation:a', equals: 'yes' };
  const failB: Rule = { fact: 'annotation:b', equals: 'yes' };
  const invalidUrl: Rule = { fact: 'annotation:url', httpsUrl: true };
  const missingC: Rule = { fact: 'annotation:c', exists: true };

  it('all passes when every part passes and keeps every evidence', () => {
    const result = run(
      { all: [passA, { fact: 'annotation:b', exists: true }] },
      e,
    );
    expect(result).toEqual({
      outcome: 'pass',
      findings: [],
      evidence: [
        { fact: 'annotation:a', value: 'yes' },
        { fact: 'annotation:b', value: 'no' },
      ],
    });
  });

  it('all fails with the findings of the failing parts only', () => {
    const result = run({ all: [passA, failB, missingC] }, e);
    expect(result.outcome).toBe('fail');
    expect(result.findings.map(f => [f.fact, f.code])).toEqual([
      ['annotation:b', 'not-equal'],
      ['annotation:c', 'missing'],
    ]);
    expect(result.evidence.map(x => x.fact)).toEqual([
      'annotation:a',
      'annotation:b',
      'annotation:c',
    ]);
  });

  it('all is invalid as soon as one part is invalid', () => {
    const result = run({ all: [failB, invalidUrl, passA] }, e);
    expect(result.outcome).toBe('invalid');
    expect(result.findings.map(f => f.code)).toEqual([
      'not-equal',
      'not-https',
    ]);
  });

  it('any passes when one part passes, with no findings', () => {
    const result = run({ any: [failB, invalidUrl, passA] }, e);
    expect(result.outcome).toBe('pass');
    expect(result.findings).toEqual([]);
    expect(result.evidence).toHaveLength(3);
  });

  it('any fails with every finding when all parts fail', () => {
    const result = run({ any: [failB, missingC] }, e);
    expect(result.outcome).toBe('fail');
    expect(result.findings.map(f => f.code)).toEqual(['not-equal', 'missing']);
  });

  it('any is invalid when nothing passes and one part is invalid', () => {
    const result = run({ any: [failB, invalidUrl] }, e);
    expect(result.outcome).toBe('invalid');
    expect(result.findings.map(f => f.code)).toEqual([
      'not-equal',
      'not-https',
    ]);
  });

  it('not turns pass into fail with code negated', () => {
    expect(run({ not: passA }, e)).toEqual({
      outcome: 'fail',
      findings: [{ outcome: 'fail', code: 'negated' }],
      evidence: [{ fact: 'annotation:a', value: 'yes' }],
    });
  });

  it('not turns fail into pass', () => {
    expect(run({ not: failB }, e)).toEqual({
      outcome: 'pass',
      findings: [],
      evidence: [{ fact: 'annotation:b', value: 'no' }],
    });
    expect(run({ not: missingC }, e).outcome).toBe('pass');
  });

  it('not keeps an invalid outcome and its findings', () => {
    const result = run({ not: invalidUrl }, e);
    expect(result.outcome).toBe('invalid');
    expect(result.findings[0].code).toBe('not-https');
  });

  it('propagates invalid through nested combinators', () => {
    const rule: Rule = { all: [passA, { any: [failB, { not: invalidUrl }] }] };
    expect(run(rule, e).outcome).toBe('invalid');
    expect(run({ not: { any: [failB, missingC] } }, e).outcome).toBe('pass');
    expect(run({ not: { all: [passA, { not: failB }] } }, e).outcome).toBe(
      'fail',
    );
  });
});

describe('evaluateRule: robustness', () => {
  it('never throws on an unvalidated rule with a bad regular expression', () => {
    const result = run({ fact: V, matches: '([a-z' }, withValue('abc'));
    expect(result.outcome).toBe('invalid');
    expect(result.evidence).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0].code).toBe('rule-error');
    expect(result.findings[0].found).toMatch(/Invalid regular expression/);
  });

  it('reports the bad regular expression inside a combinator', () => {
    const result = run(
      {
        all: [
          { fact: V, exists: true },
          { fact: V, matches: '*' },
        ],
      },
      withValue('abc'),
    );
    expect(result.outcome).toBe('invalid');
    expect(result.findings.map(f => f.code)).toEqual(['rule-error']);
  });

  it('reports the bad regular expression on a list', () => {
    const result = run(
      { fact: 'tags', matches: '(' },
      entity({ metadata: { tags: ['a'] } }),
    );
    expect(result.findings[0].code).toBe('rule-error');
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'kind'],
    ['all that is not a list', { all: 'x' }],
    ['oneOf that is not a list', { fact: V, oneOf: 'abc' }],
  ])('never throws on %s as a rule', (_, rule) => {
    const result = run(rule as Rule, withValue('abc'));
    expect(result.outcome).toBe('invalid');
    expect(result.findings[0].code).toBe('rule-error');
  });

  it('reports an unknown operator as invalid', () => {
    const result = run(
      { fact: V, startsWith: 'a' } as unknown as Rule,
      withValue('abc'),
    );
    expect(result.outcome).toBe('invalid');
    expect(result.findings[0]).toMatchObject({
      code: 'unknown-operator',
      found: 'abc',
    });
  });

  it('never throws on malformed entity parts', () => {
    const e = entity({
      metadata: { links: 'https://x.fr', tags: 'java' },
      relations: 'none' as unknown as [],
    });
    expect(run({ fact: 'links', exists: true }, e).findings[0].code).toBe(
      'rule-error',
    );
    expect(
      run({ fact: 'relation:ownedBy', exists: true }, e).findings[0].code,
    ).toBe('rule-error');
    // A tags field that is not a list reads as absent.
    expect(run({ fact: 'tags', exists: true }, e).findings[0].code).toBe(
      'missing',
    );
  });
});

describe('parseIsoDate', () => {
  it('reads a real calendar day at midnight UTC', () => {
    expect(parseIsoDate('2026-02-28')?.toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    );
    expect(parseIsoDate(' 2024-02-29 ')?.toISOString()).toBe(
      '2024-02-29T00:00:00.000Z',
    );
  });

  it.each([
    '2026-02-29',
    '2026-02-31',
    '2026-04-31',
    '2026-13-01',
    '26-01-01',
    '',
  ])('rejects %j', text => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});

describe('describeFinding', () => {
  const finding = (
    code: string,
    found?: string,
    expected?: string,
  ): RuleFinding => ({
    outcome: 'invalid',
    code,
    fact: 'annotation:cloud-pi-native.fr/project-plan',
    ...(found !== undefined ? { found } : {}),
    ...(expected !== undefined ? { expected } : {}),
  });

  /** Codes with the value found and the expectation; `true` when the sentence quotes the expectation. */
  const cases: Array<[string, string, string | undefined, boolean]> = [
    ['not-https', 'http://wiki.example.fr/plan', 'https://…', false],
    ['not-a-url', 'wiki/plan', 'https://…', false],
    ['not-one-of', 'projet', 'project, programme', true],
    ['not-a-date', '2026-02-31', 'YYYY-MM-DD', false],
    ['date-in-future', '2099-01-01', undefined, false],
    ['too-old', '2020-01-01', '730', true],
    ['no-match', 'Mon Projet', '^[a-z-]+$', true],
    ['not-equal', 'staging', 'production', true],
    ['out-of-range', '79', '≥ 80', true],
    ['present', 'x', undefined, false],
    ['no-item', 'java, api', 'go', true],
  ];

  it.each(cases)(
    'renders %s in French and English with the found value',
    (code, found, expected) => {
      const f = finding(code, found, expected);
      const fr = describeFinding(f, 'fr');
      const en = describeFinding(f, 'en');
      expect(fr).toContain(found);
      expect(en).toContain(found);
      expect(fr).not.toEqual(en);
    },
  );

  it.each(cases.filter(([, , , quoted]) => quoted))(
    'renders %s with the expectation in both languages',
    (code, found, expected) => {
      const f = finding(code, found, expected);
      expect(describeFinding(f, 'fr')).toContain(expected);
      expect(describeFinding(f, 'en')).toContain(expected);
    },
  );

  it('names the fact in each language', () => {
    const f = finding('not-https', 'http://x.fr');
    expect(describeFinding(f, 'fr')).toBe(
      'l\'annotation cloud-pi-native.fr/project-plan vaut "http://x.fr", attendu une URL en https.',
    );
    expect(describeFinding(f, 'en')).toBe(
      'the annotation cloud-pi-native.fr/project-plan is "http://x.fr", expected an https URL.',
    );
  });

  it('says what is missing', () => {
    const f: RuleFinding = {
      outcome: 'fail',
      code: 'missing',
      fact: 'spec:owner',
    };
    expect(describeFinding(f, 'fr')).toBe(
      "Absent : le champ spec.owner n'est pas renseigné.",
    );
    expect(describeFinding(f, 'en')).toBe(
      'Missing: the field spec.owner is not set.',
    );
  });

  // Issue 11: "n'est pas renseigné(e)" although the noun, hence its gender, is known.
  it.each([
    [
      'annotation:cloud-pi-native.fr/plan',
      "Absent : l'annotation cloud-pi-native.fr/plan n'est pas renseignée.",
    ],
    ['relation:ownedBy', "Absent : la relation ownedBy n'est pas renseignée."],
    [
      'fact:console/project',
      "Absent : la donnée console/project n'est pas renseignée.",
    ],
    ['label:team', "Absent : le label team n'est pas renseigné."],
    ['metadata:title', "Absent : le champ metadata.title n'est pas renseigné."],
    ['tags', 'Absent : les tags ne sont pas renseignés.'],
    ['links', 'Absent : les liens ne sont pas renseignés.'],
  ])('agrees in French with the noun of %s', (fact, sentence) => {
    expect(
      describeFinding({ outcome: 'fail', code: 'missing', fact }, 'fr'),
    ).toBe(sentence);
  });

  it('agrees in French when a fact should not be set, or holds a value', () => {
    expect(
      describeFinding(
        { outcome: 'fail', code: 'present', fact: 'annotation:x', found: 'y' },
        'fr',
      ),
    ).toBe(`l'annotation x ne devrait pas être renseignée (trouvé "y").`);
    expect(
      describeFinding(
        { outcome: 'fail', code: 'present', fact: 'tags', found: 'a' },
        'fr',
      ),
    ).toBe(`les tags ne devraient pas être renseignés (trouvé "a").`);
    expect(
      describeFinding(
        {
          outcome: 'fail',
          code: 'not-equal',
          fact: 'links',
          found: '[]',
          expected: '1',
        },
        'fr',
      ),
    ).toBe(`les liens valent "[]", attendu "1".`);
  });

  it('renders a real finding from evaluateRule', () => {
    const [f] = check({ isoDate: { maxAgeDays: 365 } }, '2020-05-04').result
      .findings;
    expect(describeFinding(f, 'fr')).toContain('2020-05-04');
    expect(describeFinding(f, 'fr')).toContain('365');
    expect(describeFinding(f, 'en')).toBe(
      'the annotation v is dated 2020-05-04, more than 365 days ago.',
    );
  });

  it('falls back to a generic sentence for a rule error', () => {
    const f: RuleFinding = {
      outcome: 'invalid',
      code: 'rule-error',
      found: 'SyntaxError: boom',
    };
    expect(describeFinding(f, 'fr')).toBe(
      'Règle inévaluable : SyntaxError: boom.',
    );
    expect(describeFinding(f, 'en')).toBe(
      'The rule could not be evaluated: SyntaxError: boom.',
    );
  });

  it('names an unknown fact generically', () => {
    const f: RuleFinding = { outcome: 'fail', code: 'missing', fact: 'nope:x' };
    expect(describeFinding(f, 'fr')).toContain('la donnée');
    expect(describeFinding(f, 'en')).toContain('the value');
  });
});
