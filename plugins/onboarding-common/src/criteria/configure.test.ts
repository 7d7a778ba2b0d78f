import { CriteriaConfigError, resolveCriteria } from './configure';
import { DEFAULT_CRITERIA } from './defaultCriteria';
import { Criterion } from './types';

/** Two small defaults keep the expectations readable. */
const DEFAULTS: Criterion[] = [
  {
    id: 'S1-SPONSOR',
    step: 1,
    severity: 'blocking',
    title: { fr: 'Un sponsor', en: 'A sponsor' },
    rationale: { fr: 'Garant.', en: 'Guarantor.' },
    appliesTo: { kinds: ['Component'] },
    rule: { fact: 'annotation:cloud-pi-native.fr/sponsor', exists: true },
    remediation: {
      text: { fr: 'Indiquez-le.', en: 'Name them.' },
      link: '/agreement',
    },
    source: 'checklist',
  },
  {
    id: 'S2-PLAN',
    step: 2,
    severity: 'blocking',
    title: { fr: 'Un plan', en: 'A plan' },
    rationale: { fr: 'Cadre.', en: 'Frame.' },
    rule: {
      fact: 'annotation:cloud-pi-native.fr/project-plan',
      httpsUrl: true,
    },
    remediation: { text: { fr: 'Publiez-le.', en: 'Publish it.' } },
    source: 'plan template',
  },
];

const ids = (criteria: Criterion[]) => criteria.map(c => c.id);

/** A complete new criterion entry, to vary one field at a time. */
const newEntry = (extra: Record<string, unknown> = {}) => ({
  id: 'X-TEAM-CHAT',
  step: 3,
  severity: 'advisory',
  title: 'Team chat is declared',
  rule: { fact: 'annotation:example.fr/chat', exists: true },
  ...extra,
});

/** Resolves and returns the problems of the CriteriaConfigError it must throw. */
function problemsOf(configured: unknown): string[] {
  let caught: unknown;
  try {
    resolveCriteria(configured, DEFAULTS);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CriteriaConfigError);
  return (caught as CriteriaConfigError).problems;
}

describe('resolveCriteria', () => {
  it('returns the defaults without configuration', () => {
    expect(resolveCriteria(undefined, DEFAULTS)).toEqual(DEFAULTS);
    expect(resolveCriteria(null, DEFAULTS)).toEqual(DEFAULTS);
    expect(resolveCriteria([], DEFAULTS)).toEqual(DEFAULTS);
    expect(resolveCriteria(undefined, DEFAULT_CRITERIA)).toEqual([
      ...DEFAULT_CRITERIA,
    ]);
  });

  it('returns a copy, leaving the defaults untouched', () => {
    const resolved = resolveCriteria(undefined, DEFAULTS);
    expect(resolved).not.toBe(DEFAULTS);
    resolveCriteria([{ id: 'S1-SPONSOR', severity: 'advisory' }], DEFAULTS);
    expect(DEFAULTS[0].severity).toBe('blocking');
  });

  it('disables a default criterion', () => {
    const resolved = resolveCriteria(
      [{ id: 'S1-SPONSOR', disabled: true }],
      DEFAULTS,
    );
    expect(ids(resolved)).toEqual(['S2-PLAN']);
  });

  it('keeps a criterion with disabled: false', () => {
    expect(
      ids(resolveCriteria([{ id: 'S1-SPONSOR', disabled: false }], DEFAULTS)),
    ).toEqual(['S1-SPONSOR', 'S2-PLAN']);
  });

  it('overrides some fields of a default by id, keeping the others and the order', () => {
    const resolved = resolveCriteria(
      [
        {
          id: 'S2-PLAN',
          severity: 'advisory',
          step: 3,
          title: { fr: 'Plan projet', en: 'Project plan' },
        },
      ],
      DEFAULTS,
    );
    expect(ids(resolved)).toEqual(['S1-SPONSOR', 'S2-PLAN']);
    expect(resolved[1]).toEqual({
      ...DEFAULTS[1],
      severity: 'advisory',
      step: 3,
      title: { fr: 'Plan projet', en: 'Project plan' },
    });
    expect(resolved[0]).toEqual(DEFAULTS[0]);
  });

  it('overrides the rule, applicability and remediation of a default', () => {
    const rule = {
      fact: 'annotation:cloud-pi-native.fr/sponsor',
      matches: '^user:',
    };
    const [sponsor] = resolveCriteria(
      [
        {
          id: 'S1-SPONSOR',
          rule,
          appliesTo: {
            kinds: ['Component', 'System'],
            lifecycles: ['production'],
          },
          remediation: {
            text: 'Name the sponsor.',
            link: 'console:members',
            annotations: { a: 'b' },
          },
          source: 'our policy',
        },
      ],
      DEFAULTS,
    );
    expect(sponsor.rule).toEqual(rule);
    expect(sponsor.appliesTo).toEqual({
      kinds: ['Component', 'System'],
      types: undefined,
      lifecycles: ['production'],
    });
    expect(sponsor.remediation).toEqual({
      text: { fr: 'Name the sponsor.', en: 'Name the sponsor.' },
      link: 'console:members',
      annotations: { a: 'b' },
    });
    expect(sponsor.source).toBe('our policy');
  });

  it('adds a new criterion, a string title serving both languages', () => {
    const resolved = resolveCriteria([newEntry()], DEFAULTS);
    expect(ids(resolved)).toEqual(['S1-SPONSOR', 'S2-PLAN', 'X-TEAM-CHAT']);
    expect(resolved[2]).toEqual({
      id: 'X-TEAM-CHAT',
      step: 3,
      severity: 'advisory',
      title: { fr: 'Team chat is declared', en: 'Team chat is declared' },
      rationale: { fr: 'Team chat is declared', en: 'Team chat is declared' },
      rule: { fact: 'annotation:example.fr/chat', exists: true },
      remediation: {
        text: { fr: 'Team chat is declared', en: 'Team chat is declared' },
      },
      source: 'app-config.yaml',
    });
  });

  it('adds a new criterion with texts in both languages', () => {
    const [, , added] = resolveCriteria(
      [
        newEntry({
          title: { fr: 'Messagerie déclarée', en: 'Chat declared' },
          rationale: { fr: 'Joignable.', en: 'Reachable.' },
          remediation: {
            text: { fr: 'Déclarez-la.', en: 'Declare it.' },
            link: 'https://chat.example.fr',
          },
        }),
      ],
      DEFAULTS,
    );
    expect(added.title).toEqual({
      fr: 'Messagerie déclarée',
      en: 'Chat declared',
    });
    expect(added.rationale).toEqual({ fr: 'Joignable.', en: 'Reachable.' });
    expect(added.remediation).toEqual({
      text: { fr: 'Déclarez-la.', en: 'Declare it.' },
      link: 'https://chat.example.fr',
    });
  });

  it('disables, overrides and adds in one configuration', () => {
    const resolved = resolveCriteria(
      [
        { id: 'S2-PLAN', disabled: true },
        newEntry(),
        { id: 'S1-SPONSOR', severity: 'advisory' },
      ],
      DEFAULTS,
    );
    expect(resolved.map(c => [c.id, c.severity])).toEqual([
      ['S1-SPONSOR', 'advisory'],
      ['X-TEAM-CHAT', 'advisory'],
    ]);
  });

  it('uses the given config path in messages', () => {
    expect(() => resolveCriteria({}, DEFAULTS, 'app.rules')).toThrow(
      'app.rules: expected a list of criteria',
    );
  });
});

describe('resolveCriteria: problems', () => {
  it.each<[string, unknown]>([
    ['an object', { 'S1-SPONSOR': { disabled: true } }],
    ['a string', 'S1-SPONSOR'],
    ['true', true],
  ])('rejects %s instead of a list', (_, configured) => {
    expect(problemsOf(configured)).toEqual([
      'onboarding.criteria: expected a list of criteria',
    ]);
  });

  it('has a readable error message listing the problems', () => {
    expect(() => resolveCriteria(5, DEFAULTS)).toThrow(
      'Invalid onboarding criteria configuration:\n- onboarding.criteria: expected a list of criteria',
    );
    expect(() => resolveCriteria(5, DEFAULTS)).toThrow(
      expect.objectContaining({
        name: 'CriteriaConfigError',
        problems: ['onboarding.criteria: expected a list of criteria'],
      }),
    );
  });

  it.each<[string, unknown]>([
    ['a string', 'S1-SPONSOR'],
    ['null', null],
    ['a list', [{ id: 'S1-SPONSOR' }]],
  ])('rejects an entry that is %s', (_, entry) => {
    expect(problemsOf([entry])).toEqual([
      'onboarding.criteria[0]: expected an object',
    ]);
  });

  it.each<[string, unknown, string]>([
    ['missing', undefined, 'undefined'],
    ['a number', 12, '12'],
    ['with spaces', 'MY CRITERION', '"MY CRITERION"'],
    ['starting with a dash', '-X', '"-X"'],
    ['with an underscore', 'MY_CRITERION', '"MY_CRITERION"'],
    ['too long', 'A'.repeat(64), `"${'A'.repeat(64)}"`],
  ])('rejects an id %s', (_, id, shown) => {
    expect(problemsOf([{ id, severity: 'advisory' }])).toEqual([
      `onboarding.criteria[0].id: expected letters, digits and dashes (e.g. MY-CRITERION), found ${shown}`,
    ]);
  });

  it('rejects a duplicate id, naming both indexes', () => {
    expect(
      problemsOf([
        { id: 'S1-SPONSOR', severity: 'advisory' },
        newEntry(),
        { id: 'S1-SPONSOR', disabled: true },
      ]),
    ).toEqual([
      'onboarding.criteria[2].id: duplicate id S1-SPONSOR, already configured at onboarding.criteria[0]',
    ]);
  });

  it.each<[unknown, string]>([
    [7, '7'],
    [0, '0'],
    [2.5, '2.5'],
    ['3', '"3"'],
  ])('rejects the step %j', (step, shown) => {
    expect(problemsOf([{ id: 'S1-SPONSOR', step }])).toEqual([
      `onboarding.criteria[0].step: unknown step ${shown}; expected 1, 2, 3, 4 or 5`,
    ]);
  });

  it.each<[unknown, string]>([
    ['critical', '"critical"'],
    ['Blocking', '"Blocking"'],
    [true, 'true'],
  ])('rejects the severity %j', (severity, shown) => {
    expect(problemsOf([{ id: 'S1-SPONSOR', severity }])).toEqual([
      `onboarding.criteria[0].severity: expected blocking or advisory, found ${shown}`,
    ]);
  });

  it('rejects an unknown field', () => {
    const [problem] = problemsOf([{ id: 'S1-SPONSOR', weight: 3 }]);
    expect(problem).toBe(
      'onboarding.criteria[0].weight: unknown field; expected one of id, disabled, step, severity, title, rationale, appliesTo, rule, remediation, source',
    );
  });

  it('rejects an invalid rule, naming its path under the entry', () => {
    expect(
      problemsOf([
        { id: 'S1-SPONSOR', rule: { fact: 'annotation:x', exists: 'yes' } },
      ]),
    ).toEqual(['onboarding.criteria[0].rule.exists: expected true or false']);
    const nested = problemsOf([
      newEntry(),
      {
        id: 'S2-PLAN',
        rule: { any: [{ fact: 'annotation:x', matches: '(' }] },
      },
    ]);
    expect(nested).toHaveLength(1);
    expect(nested[0]).toMatch(
      /^onboarding\.criteria\[1\]\.rule\.any\[0\]\.matches: invalid regular expression/,
    );
  });

  it('rejects disabling an unknown id', () => {
    expect(problemsOf([{ id: 'S9-NOPE', disabled: true }])).toEqual([
      'onboarding.criteria[0]: cannot disable S9-NOPE, no such criterion',
    ]);
  });

  it('rejects a disabled flag that is not a boolean', () => {
    expect(problemsOf([{ id: 'S1-SPONSOR', disabled: 'yes' }])).toEqual([
      'onboarding.criteria[0].disabled: expected true or false',
    ]);
  });

  it('rejects a new criterion missing required fields, naming them', () => {
    expect(problemsOf([{ id: 'X-NEW', title: 'New' }])).toEqual([
      'onboarding.criteria[0]: new criterion X-NEW needs step, severity, rule',
    ]);
    expect(problemsOf([newEntry({ rule: undefined })])).toEqual([
      'onboarding.criteria[0]: new criterion X-TEAM-CHAT needs rule',
    ]);
  });

  it.each(['http://docs.example.fr', 'docs/page', 'file:///etc/hosts', 42])(
    'rejects the remediation link %j',
    link => {
      expect(
        problemsOf([newEntry({ remediation: { text: 'Fix', link } })]),
      ).toEqual([
        'onboarding.criteria[0].remediation.link: expected an https URL, a docs path starting with / or console:<tab>',
      ]);
    },
  );

  it.each<[string, unknown, string]>([
    [
      'an empty title',
      { title: '  ' },
      'onboarding.criteria[0].title: expected a non-empty text, or { fr: ..., en: ... } with both languages',
    ],
    [
      'a title in one language',
      { title: { fr: 'Seul' } },
      'onboarding.criteria[0].title: expected a non-empty text, or { fr: ..., en: ... } with both languages',
    ],
    [
      'a title in an extra language',
      { title: { fr: 'a', en: 'b', de: 'c' } },
      'onboarding.criteria[0].title: expected a non-empty text, or { fr: ..., en: ... } with both languages',
    ],
    [
      'a remediation that is text',
      { remediation: 'Fix it' },
      'onboarding.criteria[0].remediation: expected an object with text and optional link, annotations',
    ],
    [
      'a remediation without text',
      { remediation: { link: '/x' } },
      'onboarding.criteria[0].remediation.text: expected a non-empty text, or { fr: ..., en: ... } with both languages',
    ],
    [
      'remediation annotations that are not text',
      { remediation: { text: 'x', annotations: { a: 1 } } },
      'onboarding.criteria[0].remediation.annotations: expected a map of annotation names to example values',
    ],
    [
      'a source that is not text',
      { source: 3 },
      'onboarding.criteria[0].source: expected a string',
    ],
    [
      'appliesTo that is a list',
      { appliesTo: ['Component'] },
      'onboarding.criteria[0].appliesTo: expected an object with kinds, types and/or lifecycles',
    ],
    [
      'appliesTo with an unknown field',
      { appliesTo: { owners: ['a'] } },
      'onboarding.criteria[0].appliesTo: unknown field owners; expected kinds, types, lifecycles',
    ],
    [
      'appliesTo kinds that are not a list',
      { appliesTo: { kinds: 'Component' } },
      'onboarding.criteria[0].appliesTo.kinds: expected a list of strings',
    ],
  ])('rejects %s', (_, fields, message) => {
    expect(problemsOf([{ id: 'S1-SPONSOR', ...(fields as object) }])).toEqual([
      message,
    ]);
  });

  it('reports several problems together, in order', () => {
    const problems = problemsOf([
      { id: 'S1-SPONSOR', step: 7, severity: 'high' },
      'oops',
      { id: 'S9-NOPE', disabled: true },
      newEntry({ remediation: { text: 'x', link: 'http://x' }, colour: 'red' }),
      { id: 'S1-SPONSOR', disabled: true },
    ]);
    expect(problems).toEqual([
      'onboarding.criteria[0].step: unknown step 7; expected 1, 2, 3, 4 or 5',
      'onboarding.criteria[0].severity: expected blocking or advisory, found "high"',
      'onboarding.criteria[1]: expected an object',
      'onboarding.criteria[2]: cannot disable S9-NOPE, no such criterion',
      expect.stringMatching(
        /^onboarding\.criteria\[3\]\.colour: unknown field/,
      ),
      'onboarding.criteria[3].remediation.link: expected an https URL, a docs path starting with / or console:<tab>',
      'onboarding.criteria[4].id: duplicate id S1-SPONSOR, already configured at onboarding.criteria[0]',
    ]);
  });

  it('overrides default criteria in the real set by id', () => {
    const resolved = resolveCriteria(
      [
        { id: 'S3-SONAR', severity: 'advisory' },
        { id: 'S5-CONTRIBUTION', disabled: true },
      ],
      DEFAULT_CRITERIA,
    );
    expect(resolved).toHaveLength(DEFAULT_CRITERIA.length - 1);
    expect(resolved.find(c => c.id === 'S3-SONAR')?.severity).toBe('advisory');
    expect(resolved.some(c => c.id === 'S5-CONTRIBUTION')).toBe(false);
  });
});
