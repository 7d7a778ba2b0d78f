import { Entity } from '@backstage/catalog-model';
import { Criterion } from './types';
import { evaluateCriterion, evaluateEntity } from './evaluate';

// Criteria sets are prepared once (rules compiled, lists lower-cased) and remembered:
// a criterion changed since must be evaluated as it is now, not as it was prepared.

const context = { now: new Date('2026-06-15T10:00:00Z') };
const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', annotations: { 'example.org/a': 'yes' } },
  spec: { type: 'service', lifecycle: 'production' },
} as unknown as Entity;

const criterion = (): Criterion => ({
  id: 'T-A',
  step: 1,
  severity: 'blocking',
  title: { fr: 'A', en: 'A' },
  rationale: { fr: 'A', en: 'A' },
  rule: { fact: 'annotation:example.org/a', equals: 'yes' },
  remediation: { text: { fr: 'A', en: 'A' } },
  source: 'test',
});

describe('prepared criteria', () => {
  it('follows a criterion given another rule or applicability', () => {
    const c = criterion();
    const criteria = [c];
    expect(evaluateEntity(entity, criteria, context).results[0].state).toBe(
      'pass',
    );

    c.rule = { fact: 'annotation:example.org/a', equals: 'no' };
    expect(evaluateEntity(entity, criteria, context).results[0].state).toBe(
      'fail',
    );
    expect(evaluateCriterion(c, entity, context).state).toBe('fail');

    c.appliesTo = { kinds: ['API'] };
    expect(evaluateEntity(entity, criteria, context).results[0].state).toBe(
      'not-applicable',
    );
  });

  it('follows a criteria list whose items were replaced, added or removed', () => {
    const criteria = [criterion()];
    expect(evaluateEntity(entity, criteria, context).results[0].state).toBe(
      'pass',
    );

    criteria[0] = {
      ...criterion(),
      rule: { fact: 'annotation:example.org/b', exists: true },
    };
    criteria.push({ ...criterion(), id: 'T-B' });
    const results = evaluateEntity(entity, criteria, context).results;
    expect(results.map(r => [r.criterionId, r.state])).toEqual([
      ['T-A', 'fail'],
      ['T-B', 'pass'],
    ]);

    criteria.shift();
    expect(
      evaluateEntity(entity, criteria, context).results.map(r => r.criterionId),
    ).toEqual(['T-B']);
  });

  it('gives each result its own evidence list', () => {
    const criteria = [criterion()];
    const first = evaluateEntity(entity, criteria, context).results[0];
    first.evidence.push({ fact: 'changed' });
    expect(
      evaluateEntity(entity, criteria, context).results[0].evidence,
    ).toEqual([{ fact: 'annotation:example.org/a', value: 'yes' }]);
  });
});
