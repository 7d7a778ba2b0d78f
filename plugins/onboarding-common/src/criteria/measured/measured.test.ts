import { Entity } from '@backstage/catalog-model';
import { LANGUAGES } from '../../i18n';
import { validateRule } from '../../rules';
import { ENTITY_CRITERIA } from '../defaultCriteria';
import { evaluateEntity } from '../evaluate';
import { Criterion } from '../types';
import { ARGOCD_CRITERIA } from './argocd';
import { MEASURED_CRITERIA } from '.';
import { KYVERNO_CRITERIA } from './kyverno';

const now = new Date('2026-09-01T00:00:00Z');
const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'portail-usager' },
  spec: { type: 'website', lifecycle: 'production', owner: 'group:a' },
};

const stateOf = (criterion: Criterion, facts: Record<string, unknown>) =>
  evaluateEntity(component, [criterion], { now, facts }).results[0];

/** For each criterion: facts that meet it, and facts that break it in each way it can break. */
const cases: Record<
  string,
  { good: Record<string, unknown>; bad: Array<Record<string, unknown>> }
> = {
  'S3-KYVERNO-NONPROD': {
    good: { 'kyverno/nonProdChecks': 9, 'kyverno/nonProdFailures': 0 },
    bad: [
      {
        'kyverno/nonProdChecks': 9,
        'kyverno/nonProdFailedPolicies': ['disallow-latest'],
      },
      // No report at all: nothing was checked, which proves nothing.
      { 'kyverno/nonProdChecks': 0 },
      {},
    ],
  },
  'S4-KYVERNO-PROD': {
    good: { 'kyverno/prodChecks': 12, 'kyverno/prodFailedPolicies': [] },
    bad: [
      {
        'kyverno/prodChecks': 12,
        'kyverno/prodFailedPolicies': ['cm-no-credentials'],
      },
      { 'kyverno/prodChecks': 0 },
    ],
  },
  'S3-ARGOCD-NONPROD': {
    good: { 'argocd/nonProdApplications': 2 },
    bad: [
      {
        'argocd/nonProdApplications': 2,
        'argocd/nonProdNotSyncedHealthy': ['app-dev: OutOfSync/Degraded'],
      },
      { 'argocd/nonProdApplications': 0 },
    ],
  },
  'S4-ARGOCD-PROD': {
    good: { 'argocd/prodApplications': 1, 'argocd/prodNotSyncedHealthy': [] },
    bad: [
      {
        'argocd/prodApplications': 1,
        'argocd/prodNotSyncedHealthy': ['app-prod: Synced/Progressing'],
      },
      {},
    ],
  },
};

describe('measured criteria of Kyverno and Argo CD', () => {
  const ours = [...KYVERNO_CRITERIA, ...ARGOCD_CRITERIA];

  it('are all in MEASURED_CRITERIA, each once', () => {
    for (const c of ours) {
      expect(MEASURED_CRITERIA.filter(m => m.id === c.id)).toEqual([c]);
    }
  });

  it.each(ours.map(c => [c.id, c] as const))(
    '%s is measured by its source, with a valid rule reading only its facts, texts in every language and a known replaced id',
    (_, c) => {
      expect(validateRule(c.rule)).toEqual([]);
      expect(['kyverno', 'argocd']).toContain(c.measuredBy);
      expect(JSON.stringify(c.rule)).not.toMatch(
        new RegExp(`"fact:(?!${c.measuredBy}/)`),
      );
      for (const text of [c.title, c.rationale, c.remediation.text]) {
        for (const language of LANGUAGES) expect(text[language]).toBeTruthy();
      }
      expect(c.remediation.link).toMatch(/^\//);
      for (const id of c.replaces ?? []) {
        expect(ENTITY_CRITERIA.map(e => e.id)).toContain(id);
      }
    },
  );

  it.each(ours.map(c => [c.id, c] as const))(
    '%s passes on good facts and fails on each kind of bad ones',
    (id, c) => {
      const { good, bad } = cases[id];
      expect(stateOf(c, good).state).toBe('pass');
      for (const facts of bad) {
        expect([JSON.stringify(facts), stateOf(c, facts).state]).toEqual([
          JSON.stringify(facts),
          'fail',
        ]);
      }
    },
  );

  it('names the failing policies in the result', () => {
    const [nonProd] = KYVERNO_CRITERIA;
    const result = stateOf(nonProd, {
      'kyverno/nonProdChecks': 9,
      'kyverno/nonProdFailedPolicies': [
        'disallow-latest',
        'need-liveness-readiness',
      ],
    });
    expect(result.message.en).toContain(
      'disallow-latest, need-liveness-readiness',
    );
  });
});
