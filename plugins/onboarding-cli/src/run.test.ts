import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  DEFAULT_CRITERIA,
  StepNumber,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import {
  EXAMPLES,
  EXAMPLE_FILES,
  runCli,
  temporaryDirectory,
  writeIn,
} from './__testUtils__/runCli';
import { engineOn, expectedExit } from './__testUtils__/expected';
import { CodeQualityIssue } from './output/codeQuality';

const STEPS: StepNumber[] = [1, 2, 3, 4, 5];
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

describe('check on the example catalog, offline', () => {
  const tmp = temporaryDirectory();
  afterAll(() => tmp.remove());

  it.each(EXAMPLE_FILES.flatMap(file => STEPS.map(step => [file, step])))(
    '%s --target-step %d exits as the engine says',
    async (file, step) => {
      const result = await runCli([
        'check',
        String(file),
        '--target-step',
        String(step),
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(expectedExit(String(file), () => Number(step)));
    },
  );

  // Without a target, each entity is held to the step it declares: a declaration ahead of
  // the evidence is NO-GO. One file per entity, so each exit status is its own.
  const entities = EXAMPLE_FILES.flatMap(file =>
    engineOn(file).map(({ entity }, index) => ({ file, entity, index })),
  );
  it.each(entities.map(e => [`${basename(e.file)}#${e.index}`, e] as const))(
    '%s alone, held to its declared step, exits as the engine says',
    async (_name, { entity, index, file }) => {
      const path = writeIn(
        tmp.dir,
        `${basename(file, '.yaml')}-${index}.yaml`,
        // JSON is YAML: the document as it was parsed.
        JSON.stringify(entity, null, 2),
      );
      const result = await runCli(['check', path]);
      expect(result.code).toBe(expectedExit(path, e => e.declaredStep ?? 1));
    },
  );

  it('checks several files at once: NO-GO when any entity is below the target', async () => {
    const result = await runCli([
      'check',
      ...EXAMPLE_FILES,
      '--target-step',
      '2',
      '--lang',
      'en',
    ]);
    const expected = Math.max(
      ...EXAMPLE_FILES.map(file => expectedExit(file, () => 2)),
    );
    expect(result.code).toBe(expected);
    expect(result.stdout).toMatch(
      new RegExp(`^Verdict: ${expected === 1 ? 'NO-GO' : 'GO'} `, 'm'),
    );
  });
});

describe('output', () => {
  const tmp = temporaryDirectory();
  afterAll(() => tmp.remove());
  const file = `${EXAMPLES}/entities.yaml`;
  const lines = readFileSync(file, 'utf8').split('\n');

  it('speaks French or English, from --lang or the locale', async () => {
    const fr = await runCli(['check', file, '--target-step', '3'], {
      env: { LANG: 'fr_FR.UTF-8' },
    });
    expect(fr.stdout).toMatch(/^Verdict : NO-GO/m);
    expect(fr.stdout).toContain('La préqualification est faite');
    expect(fr.stdout).toContain('Correctif :');
    const en = await runCli(['check', file, '--target-step', '3'], {
      env: { LANG: 'fr_FR.UTF-8' },
    }).then(() =>
      runCli(['check', file, '--target-step', '3', '--lang', 'en'], {
        env: { LANG: 'fr_FR.UTF-8' },
      }),
    );
    expect(en.stdout).toMatch(/^Verdict: NO-GO/m);
    expect(en.stdout).toContain('Prequalification is done');
    const fromLocale = await runCli(['check', file], {
      env: { LC_ALL: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' },
    });
    expect(fromLocale.stdout).toMatch(/^Verdict: /m);
  });

  it('writes a JUnit report GitLab can read: one suite per document, a failure per blocker', async () => {
    const result = await runCli(
      [
        'check',
        relative(tmp.dir, file),
        '--target-step',
        '4',
        '--junit',
        'junit.xml',
      ],
      { cwd: tmp.dir },
    );
    expect(result.code).toBe(expectedExit(file, () => 4));
    const xml = readFileSync(`${tmp.dir}/junit.xml`, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: name => ['testsuite', 'testcase'].includes(name),
    }).parse(xml);
    const suites = parsed.testsuites.testsuite as Array<{
      name: string;
      failures: string;
      tests: string;
      skipped: string;
      testcase: Array<{ name: string; line: string; failure?: unknown }>;
    }>;
    const engine = engineOn(file);
    expect(suites).toHaveLength(engine.length);
    let failures = 0;
    suites.forEach((suite, index) => {
      const { entity, evaluation } = engine[index];
      expect(suite.name).toContain(entity.metadata.name);
      expect(Number(suite.tests)).toBe(suite.testcase.length);
      const failed = suite.testcase.filter(c => c.failure !== undefined);
      expect(Number(suite.failures)).toBe(failed.length);
      failures += failed.length;
      expect(suite.skipped).toBe(evaluation ? '0' : '1');
      if (!evaluation) return;
      // The blockers of every gate before step 4, and the NO-GO case itself.
      const blockers = evaluation.gates
        .filter(g => g.step < 4)
        .flatMap(g => g.blockers);
      expect(
        failed.map(c => /^\[([^\]]+)\]/.exec(c.name)?.[1]).filter(Boolean),
      ).toEqual(expect.arrayContaining(blockers));
      expect(failed).toHaveLength(
        blockers.length + (evaluation.step < 4 ? 1 : 0),
      );
      for (const testCase of suite.testcase) {
        expect(Number(testCase.line)).toBeGreaterThanOrEqual(1);
        expect(Number(testCase.line)).toBeLessThanOrEqual(lines.length);
      }
    });
    expect(Number(parsed.testsuites.failures)).toBe(failures);
  });

  it('writes a GitLab Code Quality report: each unmet criterion at its line, blockers major', async () => {
    await runCli(
      [
        'check',
        relative(tmp.dir, file),
        '--target-step',
        '5',
        '--codequality',
        'gl-code-quality-report.json',
      ],
      { cwd: tmp.dir },
    );
    const issues: CodeQualityIssue[] = JSON.parse(
      readFileSync(`${tmp.dir}/gl-code-quality-report.json`, 'utf8'),
    );
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue).toEqual({
        description: expect.any(String),
        check_name: expect.any(String),
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: expect.any(String),
        location: {
          path: relative(tmp.dir, file),
          lines: { begin: expect.any(Number) },
        },
      });
      expect(SEVERITIES).toContain(issue.severity);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(issue.location.lines.begin).toBeLessThanOrEqual(lines.length);
    }
    expect(new Set(issues.map(i => i.fingerprint)).size).toBe(issues.length);
    // Every blocker of the engine is a major issue.
    const engineBlockers = engineOn(file).flatMap(({ entity, evaluation }) =>
      (evaluation?.gates ?? []).flatMap(g =>
        g.blockers.map(id => `${entity.metadata.name} ${id}`),
      ),
    );
    const majors = issues
      .filter(i => i.severity === 'major')
      .map(
        i =>
          `${/^[^:]+:[^/]+\/([^:]+)/.exec(i.description)?.[1]} ${i.check_name}`,
      );
    expect(majors.sort()).toEqual(engineBlockers.sort());
    // An issue on an annotation that is there points at its line.
    const withValue = issues.filter(issue => {
      const criterion = DEFAULT_CRITERIA.find(c => c.id === issue.check_name);
      const key = Object.keys(criterion?.remediation.annotations ?? {})[0];
      return key && lines[issue.location.lines.begin - 1].includes(`${key}:`);
    });
    expect(withValue.length).toBeGreaterThan(0);
  });

  it('points at an invalid annotation’s own line', async () => {
    const path = writeIn(
      tmp.dir,
      'invalid-date.yaml',
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        '  name: invalid-date',
        '  annotations:',
        '    cloud-pi-native.fr/sponsor: user:default/jdupont',
        '    cloud-pi-native.fr/cct-reviewed: "hier"',
        'spec:',
        '  type: service',
        '  lifecycle: production',
        '  owner: group:default/team',
      ].join('\n'),
    );
    await runCli([
      'check',
      path,
      '--target-step',
      '3',
      '--codequality',
      `${tmp.dir}/cq.json`,
    ]);
    const issues: CodeQualityIssue[] = JSON.parse(
      readFileSync(`${tmp.dir}/cq.json`, 'utf8'),
    );
    const cct = issues.find(i => i.check_name === 'S2-CCT-READ');
    expect(cct?.location.lines.begin).toBe(7);
    // An absent annotation points where annotations go.
    const plan = issues.find(i => i.check_name === 'S2-PLAN');
    expect(plan?.location.lines.begin).toBe(5);
  });
});

describe('input the check cannot use exits 2, saying why', () => {
  const tmp = temporaryDirectory();
  afterAll(() => tmp.remove());

  it.each([
    [['check'], /name at least one catalog-info.yaml/],
    [['verify', 'x.yaml'], /Unknown command "verify"/],
    [[], /Missing command/],
    [
      ['check', 'x.yaml', '--target-step', '6'],
      /--target-step: expected a step from 1 to 5, got "6"/,
    ],
    [
      ['check', 'x.yaml', '--lang', 'de'],
      /--lang: expected one of fr, en, got "de"/,
    ],
    [['check', 'x.yaml', '--color'], /Unknown option '--color'/],
    [
      ['check', 'x.yaml', '--portal', 'https://portal.example'],
      /needs a token: --token or ONBOARDING_TOKEN/,
    ],
    [
      ['check', 'x.yaml', '--portal', 'ftp://portal.example', '--token', 't'],
      /not an http\(s\) URL/,
    ],
    [['check', 'missing.yaml'], /Cannot read missing.yaml: no such file/],
  ])('%j', async (argv, message) => {
    const result = await runCli(argv as string[], { cwd: tmp.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message as RegExp);
  });

  it('a malformed document: exit 2, its line, and the other documents still reported', async () => {
    const path = writeIn(
      tmp.dir,
      'broken.yaml',
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata: { name: fine }',
        'spec: { type: service, owner: team, lifecycle: production }',
        '---',
        'kind: [unclosed',
      ].join('\n'),
    );
    const result = await runCli([
      'check',
      path,
      '--lang',
      'en',
      '--junit',
      `${tmp.dir}/broken.xml`,
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      /broken\.yaml:6 unreadable document: Malformed YAML/,
    );
    expect(result.stdout).toContain('component:default/fine');
    expect(readFileSync(`${tmp.dir}/broken.xml`, 'utf8')).toContain(
      '<error message="unreadable document: Malformed YAML',
    );
  });

  it('a document that is no entity: exit 2', async () => {
    const path = writeIn(tmp.dir, 'list.yaml', '- a\n- b\n');
    const result = await runCli(['check', path, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Expected an entity object');
  });

  it('a stream beyond the bounds: exit 2 with the bound', async () => {
    const path = writeIn(
      tmp.dir,
      'many.yaml',
      Array.from(
        { length: 51 },
        (_, i) => `kind: Component\nmetadata: { name: c${i} }`,
      ).join('\n---\n'),
    );
    const result = await runCli(['check', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /many\.yaml: The YAML body holds 51 documents; at most 50/,
    );
  });

  it('an empty file: exit 2', async () => {
    const path = writeIn(tmp.dir, 'empty.yaml', '');
    const result = await runCli(['check', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /empty\.yaml: The YAML body holds no document/,
    );
  });

  it('a report that cannot be written: exit 2', async () => {
    const result = await runCli([
      'check',
      `${EXAMPLES}/org.yaml`,
      '--junit',
      `${tmp.dir}/no/such/dir/junit.xml`,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot write .*junit\.xml: ENOENT/);
  });
});
