import { Entity } from '@backstage/catalog-model';
import { compileRule, EvidenceSink } from './compileRule';
import { evaluateRule } from './evaluateRule';
import { Rule } from './types';

const context = { now: new Date('2026-06-15T10:00:00Z') };
const V = 'annotation:v';
const withAnnotations = (annotations: Record<string, unknown>) =>
  ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', annotations },
  } as unknown as Entity);

describe('compileRule', () => {
  it('compiles a rule object once', () => {
    const rule: Rule = { all: [{ fact: V, exists: true }] };
    expect(compileRule(rule)).toBe(compileRule(rule));
    expect(compileRule({ ...rule })).not.toBe(compileRule(rule));
  });

  it('records the facts read, in order, and makes no list when none is read', () => {
    const rule: Rule = {
      any: [
        { fact: V, equals: 'a' },
        { fact: 'annotation:w', exists: true },
      ],
    };
    const read: EvidenceSink = {};
    compileRule(rule)(withAnnotations({ v: 'a' }), context, read);
    expect(read.list).toEqual([
      { fact: V, value: 'a' },
      { fact: 'annotation:w' },
    ]);

    const none: EvidenceSink = {};
    compileRule({ all: [] })(withAnnotations({}), context, none);
    expect(none.list).toBeUndefined();
  });
});

describe('evaluateRule with compiled rules', () => {
  // A missing fact is one frozen verdict per rule: results must not share it.
  it('hands out findings a caller may change without changing the next result', () => {
    const rule: Rule = {
      all: [
        { fact: V, exists: true },
        { fact: 'annotation:w', equals: 'x' },
      ],
    };
    const first = evaluateRule(rule, withAnnotations({}), context);
    expect(first.findings[0]).toEqual({
      outcome: 'fail',
      code: 'missing',
      fact: V,
    });
    first.findings[0].code = 'changed';
    first.findings.push({ outcome: 'fail', code: 'extra' });

    const second = evaluateRule(rule, withAnnotations({}), context);
    expect(second.findings.map(f => f.code)).toEqual(['missing', 'missing']);
  });

  it('hands out a fresh findings list for a passing rule', () => {
    const rule: Rule = { fact: V, exists: true };
    const first = evaluateRule(rule, withAnnotations({ v: 'x' }), context);
    first.findings.push({ outcome: 'fail', code: 'extra' });
    expect(
      evaluateRule(rule, withAnnotations({ v: 'x' }), context).findings,
    ).toEqual([]);
  });
});
