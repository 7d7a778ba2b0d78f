import { Entity } from '@backstage/catalog-model';
import { Criterion } from './types';
import { evaluateEntity } from './evaluate';

/**
 * `onboarding.reviews.goCountsAsEvidence`: the backend passes the gates a committee
 * decided GO (reservations lifted) only when the setting is on; both ways here.
 */
const NOW = new Date('2026-12-10T10:00:00Z');

const needs = (id: string, step: Criterion['step']): Criterion => ({
  id,
  step,
  severity: 'blocking',
  title: { fr: id, en: id },
  rationale: { fr: '.', en: '.' },
  rule: { fact: `annotation:${id}`, exists: true },
  remediation: { text: { fr: '.', en: '.' } },
  source: 'test',
});

const criteria = [needs('A', 1), needs('B', 2), needs('C', 3)];
const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', annotations },
  spec: { type: 'service' },
});

describe('evaluateEntity with gates passed by decision', () => {
  it('setting off (no gates given): a GO decision does not move the step', () => {
    const result = evaluateEntity(entity({ B: 'x' }), criteria, { now: NOW });
    expect(result.step).toBe(1);
    expect(result).not.toHaveProperty('passedByDecision');
  });

  it('setting on: the step moves past a gate decided GO, whose verdict stays NO-GO', () => {
    const result = evaluateEntity(entity({ B: 'x' }), criteria, {
      now: NOW,
      gatesPassedByDecision: [1],
    });
    expect(result.step).toBe(3);
    expect(result.nextGate?.step).toBe(3);
    expect(result.gates[0]).toEqual({
      step: 1,
      verdict: 'NO-GO',
      blockers: ['A'],
    });
    expect(result.passedByDecision).toEqual([1]);
  });

  it('a decision on a later gate does not let the step jump a gate still closed', () => {
    const result = evaluateEntity(entity({}), criteria, {
      now: NOW,
      gatesPassedByDecision: [2],
    });
    expect(result.step).toBe(1);
    expect(result).not.toHaveProperty('passedByDecision');
  });

  it('a GO decision on a gate the criteria already open is not listed', () => {
    const result = evaluateEntity(entity({ A: 'x' }), criteria, {
      now: NOW,
      gatesPassedByDecision: [1],
    });
    expect(result.step).toBe(2);
    expect(result).not.toHaveProperty('passedByDecision');
  });
});
