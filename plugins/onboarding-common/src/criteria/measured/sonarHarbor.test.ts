import { Entity } from '@backstage/catalog-model';
import { validateRule } from '../../rules';
import { ENTITY_CRITERIA } from '../defaultCriteria';
import { evaluateEntity } from '../evaluate';
import { Criterion } from '../types';
import { HARBOR_CRITERIA } from './harbor';
import { MEASURED_CRITERIA } from './index';
import { SONARQUBE_CRITERIA } from './sonarqube';

const NOW = new Date('2026-10-01T12:00:00Z');

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'portail-usager' },
  spec: { type: 'website', lifecycle: 'development', owner: 'group:a' },
};

const GOOD_FACTS = {
  'sonarqube/qualityGate': 'OK',
  'sonarqube/failedConditions': [],
  'sonarqube/coverage': 84.2,
  'sonarqube/securityRating': 'A',
  'sonarqube/reliabilityRating': 'B',
  'harbor/images': 2,
  'harbor/criticalVulnerabilities': 0,
  'harbor/highVulnerabilities': 0,
  'harbor/unscannedImages': 0,
  'harbor/oldestScan': '2026-09-28',
};

/** For each criterion, facts that must make it fail, with the reason. */
const BAD_FACTS: Record<string, Array<[string, Record<string, unknown>]>> = {
  'S3-SONAR-QUALITY-GATE': [
    ['red gate', { 'sonarqube/qualityGate': 'ERROR' }],
    ['no analysis', { 'sonarqube/qualityGate': 'NONE' }],
    ['not measured', { 'sonarqube/qualityGate': undefined }],
  ],
  'S3-SONAR-COVERAGE': [
    ['low coverage', { 'sonarqube/coverage': 79.9 }],
    ['no coverage measure', { 'sonarqube/coverage': undefined }],
  ],
  'S4-SONAR-SECURITY': [['rating B', { 'sonarqube/securityRating': 'B' }]],
  'S4-SONAR-RELIABILITY': [
    ['rating C', { 'sonarqube/reliabilityRating': 'C' }],
  ],
  'S3-HARBOR-NO-CRITICAL': [
    ['a critical CVE', { 'harbor/criticalVulnerabilities': 1 }],
    ['an unscanned image', { 'harbor/unscannedImages': 1 }],
    ['no image at all', { 'harbor/images': 0 }],
  ],
  'S4-HARBOR-SCAN-FRESH': [
    ['a 31-day-old scan', { 'harbor/oldestScan': '2026-08-31' }],
    ['never scanned', { 'harbor/oldestScan': undefined }],
  ],
  'S4-HARBOR-NO-HIGH': [['high CVEs', { 'harbor/highVulnerabilities': 3 }]],
};

const stateOf = (criterion: Criterion, facts: Record<string, unknown>) =>
  evaluateEntity(component, [criterion], { now: NOW, facts }).results[0];

describe('SonarQube and Harbor measured criteria', () => {
  const mine = [...SONARQUBE_CRITERIA, ...HARBOR_CRITERIA];

  it('are in MEASURED_CRITERIA, measured by their source, with ids no default criterion uses', () => {
    const defaults = new Set(ENTITY_CRITERIA.map(c => c.id));
    for (const c of mine) {
      expect(MEASURED_CRITERIA).toContain(c);
      expect(defaults.has(c.id)).toBe(false);
      expect(c.id.startsWith(`S${c.step}-`)).toBe(true);
      expect([3, 4]).toContain(c.step);
    }
    for (const c of SONARQUBE_CRITERIA) expect(c.measuredBy).toBe('sonarqube');
    for (const c of HARBOR_CRITERIA) expect(c.measuredBy).toBe('harbor');
  });

  it('replace only declared criteria that exist', () => {
    const defaults = new Set(ENTITY_CRITERIA.map(c => c.id));
    const replaced = mine.flatMap(c => c.replaces ?? []);
    expect(replaced).toEqual(['S3-SONAR']);
    for (const id of replaced) expect(defaults.has(id)).toBe(true);
  });

  it.each(mine.map(c => [c.id, c] as const))(
    '%s has a valid rule reading only its own source, texts in both languages and a docs link',
    (_id, c) => {
      expect(validateRule(c.rule)).toEqual([]);
      const facts = JSON.stringify(c.rule).match(/"fact:[^"]+"/g) ?? [];
      expect(facts.length).toBeGreaterThan(0);
      for (const f of facts)
        expect(f).toMatch(new RegExp(`^"fact:${c.measuredBy}/`));
      for (const text of [c.title, c.rationale, c.remediation.text]) {
        expect(text.fr.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(c.remediation.link).toMatch(/^\/[a-z]/);
      expect(c.source).not.toBe('');
    },
  );

  it.each(mine.map(c => [c.id, c] as const))(
    '%s passes on good facts',
    (_id, c) => {
      expect(stateOf(c, GOOD_FACTS).state).toBe('pass');
    },
  );

  it.each(
    mine.flatMap(c =>
      (BAD_FACTS[c.id] ?? []).map(([why, bad]) => [c.id, why, c, bad] as const),
    ),
  )('%s fails on %s', (_id, _why, c, bad) => {
    const facts: Record<string, unknown> = { ...GOOD_FACTS, ...bad };
    for (const [k, v] of Object.entries(bad))
      if (v === undefined) delete facts[k];
    const result = stateOf(c, facts);
    expect(result.state).toBe('fail');
    expect(result.message.en).not.toBe('');
  });

  it('has bad facts for every criterion', () => {
    expect(Object.keys(BAD_FACTS).sort()).toEqual(mine.map(c => c.id).sort());
  });

  it('does not apply to systems and APIs', () => {
    const system = { ...component, kind: 'System' };
    for (const c of mine) {
      expect(
        evaluateEntity(system, [c], { now: NOW, facts: GOOD_FACTS }).results[0]
          .state,
      ).toBe('not-applicable');
    }
  });

  it('closes gate 3 on a red quality gate even when the annotations look complete', () => {
    const evaluation = evaluateEntity(
      component,
      [...SONARQUBE_CRITERIA, ...HARBOR_CRITERIA],
      { now: NOW, facts: { ...GOOD_FACTS, 'sonarqube/qualityGate': 'ERROR' } },
    );
    expect(evaluation.gates.find(g => g.step === 3)?.blockers).toEqual([
      'S3-SONAR-QUALITY-GATE',
    ]);
  });
});
