import { Entity } from '@backstage/catalog-model';
import fs from 'fs';
import path from 'path';
import YAML from 'yaml';
import { ANNOTATION_ONBOARDING_STEP } from '../annotations';
import { StepNumber } from '../journey';
import { Rule } from '../rules';
import { DEFAULT_CRITERIA } from './defaultCriteria';
import {
  EvaluationContext,
  evaluateCriterion,
  evaluateEntity,
  isApplicable,
} from './evaluate';
import { Criterion, CRITERION_STATES } from './types';

/** Fixed evaluation time: 2026-06-15 at 10:00 UTC. */
const NOW = new Date('2026-06-15T10:00:00Z');
const context: EvaluationContext = { now: NOW };

const exemptionOf = (id: string) => `cloud-pi-native.fr/exemption.${id}`;

interface EntityParts {
  kind?: string;
  annotations?: Record<string, unknown>;
  spec?: Record<string, unknown>;
}

/** A hand-built entity; annotation values are `unknown` so malformed ones can be given. */
function entity(parts: EntityParts = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: parts.kind ?? 'Component',
    metadata: { name: 'svc', annotations: parts.annotations ?? {} },
    spec: parts.spec ?? { type: 'service', lifecycle: 'production' },
  } as unknown as Entity;
}

/** An entity with the given annotations. */
const annotated = (annotations: Record<string, unknown>) =>
  entity({ annotations });

/** A small criterion: blocking, any entity, unless told otherwise. */
function criterion(
  id: string,
  step: StepNumber,
  rule: Rule,
  extra: Partial<Criterion> = {},
): Criterion {
  return {
    id,
    step,
    severity: 'blocking',
    title: { fr: `Titre ${id}`, en: `Title ${id}` },
    rationale: { fr: 'Parce que.', en: 'Because.' },
    rule,
    remediation: { text: { fr: 'Corrigez.', en: 'Fix it.' } },
    source: 'test',
    ...extra,
  };
}

/** A criterion that passes when the annotation named like its id is set. */
const needs = (id: string, step: StepNumber, extra: Partial<Criterion> = {}) =>
  criterion(id, step, { fact: `annotation:${id}`, exists: true }, extra);

/** A criterion that passes when the gathered fact named like its id is set. */
const needsFact = (id: string, step: StepNumber) =>
  criterion(id, step, { fact: `fact:${id}`, exists: true });

const HTTPS: Rule = { fact: 'annotation:plan', httpsUrl: true };

describe('isApplicable', () => {
  const svc = entity({
    kind: 'Component',
    spec: { type: 'service', lifecycle: 'production' },
  });

  it('applies without restrictions, or with empty lists', () => {
    expect(isApplicable(undefined, svc)).toBe(true);
    expect(isApplicable({}, svc)).toBe(true);
    expect(isApplicable({ kinds: [], types: [], lifecycles: [] }, svc)).toBe(
      true,
    );
  });

  it.each([
    [{ kinds: ['Component'] }, true],
    [{ kinds: ['component'] }, true],
    [{ kinds: ['COMPONENT', 'API'] }, true],
    [{ kinds: ['System', 'API'] }, false],
    [{ types: ['SERVICE'] }, true],
    [{ types: ['website'] }, false],
    [{ lifecycles: ['Production'] }, true],
    [{ lifecycles: ['experimental'] }, false],
    [
      { kinds: ['Component'], types: ['service'], lifecycles: ['production'] },
      true,
    ],
    [
      { kinds: ['Component'], types: ['service'], lifecycles: ['deprecated'] },
      false,
    ],
  ])('%j gives %s', (applicability, expected) => {
    expect(isApplicable(applicability, svc)).toBe(expected);
  });

  it('does not apply type or lifecycle restrictions to an entity without them', () => {
    const bare = entity({ kind: 'System', spec: {} });
    expect(isApplicable({ kinds: ['system'] }, bare)).toBe(true);
    expect(isApplicable({ types: ['service'] }, bare)).toBe(false);
    expect(isApplicable({ lifecycles: ['production'] }, bare)).toBe(false);
  });

  it('compares the kind case-insensitively on the entity side too', () => {
    expect(
      isApplicable({ kinds: ['Component'] }, entity({ kind: 'component' })),
    ).toBe(true);
  });
});

describe('evaluateCriterion: states', () => {
  it('gives not-applicable, whatever the evidence', () => {
    const c = criterion('C1', 1, HTTPS, { appliesTo: { kinds: ['API'] } });
    const result = evaluateCriterion(
      c,
      annotated({ plan: 'http://x.fr', [exemptionOf('C1')]: 'nonsense' }),
      context,
    );
    expect(result).toEqual({
      criterionId: 'C1',
      step: 1,
      severity: 'blocking',
      state: 'not-applicable',
      message: {
        fr: 'Ne s’applique pas à ce type d’entité.',
        en: 'Does not apply to this kind of entity.',
      },
      evidence: [],
    });
  });

  it('gives pass with the evidence in the message', () => {
    const result = evaluateCriterion(
      criterion('C1', 2, HTTPS, { severity: 'advisory' }),
      annotated({ plan: 'https://wiki.fr/plan' }),
      context,
    );
    expect(result).toEqual({
      criterionId: 'C1',
      step: 2,
      severity: 'advisory',
      state: 'pass',
      message: {
        fr: 'Rempli : plan = "https://wiki.fr/plan"',
        en: 'Met: plan = "https://wiki.fr/plan"',
      },
      evidence: [{ fact: 'annotation:plan', value: 'https://wiki.fr/plan' }],
    });
  });

  it('says the criterion is met when no value was seen', () => {
    const result = evaluateCriterion(
      criterion('C1', 1, { fact: 'annotation:legacy', exists: false }),
      annotated({}),
      context,
    );
    expect(result.state).toBe('pass');
    expect(result.message).toEqual({
      fr: 'Critère rempli.',
      en: 'Criterion met.',
    });
  });

  it('gives fail with the finding as message', () => {
    const result = evaluateCriterion(
      criterion('C1', 1, HTTPS),
      annotated({}),
      context,
    );
    expect(result.state).toBe('fail');
    expect(result.message).toEqual({
      fr: "Absent : l'annotation plan n'est pas renseignée.",
      en: 'Missing: the annotation plan is not set.',
    });
    expect(result.evidence).toEqual([{ fact: 'annotation:plan' }]);
    expect(result).not.toHaveProperty('exemption');
  });

  it('gives invalid on malformed evidence, naming the value found', () => {
    const result = evaluateCriterion(
      criterion('C1', 1, HTTPS),
      annotated({ plan: 'http://wiki.fr/plan' }),
      context,
    );
    expect(result.state).toBe('invalid');
    expect(result.message.fr).toContain('"http://wiki.fr/plan"');
    expect(result.message.en).toBe(
      'the annotation plan is "http://wiki.fr/plan", expected an https URL.',
    );
  });

  it('gives invalid, not a throw, on a malformed entity part', () => {
    const e = {
      ...entity(),
      metadata: { name: 'x', links: 'https://x.fr' },
    } as unknown as Entity;
    const result = evaluateCriterion(
      criterion('C1', 1, { fact: 'links', httpsUrl: true }),
      e,
      context,
    );
    expect(result.state).toBe('invalid');
    expect(result.message.en).toMatch(/^The rule could not be evaluated: /);
  });

  it('gives unknown, with the reason, when a fact it reads is unavailable', () => {
    const c = criterion('C1', 1, {
      all: [
        { fact: 'spec:owner', exists: true },
        { not: { fact: 'fact:scan/report', exists: false } },
      ],
    });
    const result = evaluateCriterion(c, entity({ spec: { owner: 'a' } }), {
      now: NOW,
      facts: { 'scan/report': 'stale' },
      unavailableFacts: { 'scan/report': 'scanner down' },
    });
    expect(result).toEqual({
      criterionId: 'C1',
      step: 1,
      severity: 'blocking',
      state: 'unknown',
      message: {
        fr: 'fact:scan/report indisponible : scanner down',
        en: 'fact:scan/report unavailable: scanner down',
      },
      evidence: [],
    });
  });

  it('covers the facts below an unavailable name, with a reason in both languages', () => {
    const result = evaluateCriterion(
      criterion('C1', 1, {
        fact: 'fact:skeleton/annotation/a/b',
        exists: true,
      }),
      entity({}),
      {
        now: NOW,
        unavailableFacts: {
          'skeleton/annotation': { fr: 'non lu', en: 'not read' },
        },
      },
    );
    expect(result.state).toBe('unknown');
    expect(result.message).toEqual({
      fr: 'fact:skeleton/annotation/a/b indisponible : non lu',
      en: 'fact:skeleton/annotation/a/b unavailable: not read',
    });
  });

  it('fails a criterion whose fact the tool says does not exist, with the reason, unless exempted', () => {
    const c = criterion('C1', 3, {
      fact: 'fact:sonarqube/qualityGate',
      equals: 'OK',
    });
    const missing = {
      now: NOW,
      missingFacts: {
        sonarqube: { fr: 'clé x inconnue', en: 'key x unknown' },
      },
    };
    const result = evaluateCriterion(c, entity({}), missing);
    expect(result).toMatchObject({
      state: 'fail',
      message: {
        fr: 'fact:sonarqube/qualityGate absent : clé x inconnue',
        en: 'fact:sonarqube/qualityGate missing: key x unknown',
      },
      evidence: [{ fact: 'fact:sonarqube/qualityGate' }],
    });
    // Unknown wins over missing: a source that cannot answer decides nothing.
    expect(
      evaluateCriterion(c, entity({}), {
        ...missing,
        unavailableFacts: { sonarqube: 'down' },
      }).state,
    ).toBe('unknown');
    const exempted = evaluateCriterion(
      c,
      annotated({ 'cloud-pi-native.fr/exemption.C1': '2099-01-01: waiver' }),
      missing,
    );
    expect(exempted.state).toBe('exempted');
  });

  it('decides normally on the facts that are available', () => {
    const partial = {
      now: NOW,
      facts: { 'template/actions': ['publish:gitlab'] },
      unavailableFacts: { skeleton: 'unreadable', 'template/act': 'prefix' },
    };
    const result = evaluateCriterion(
      criterion('C1', 1, {
        fact: 'fact:template/actions',
        equals: 'publish:gitlab',
      }),
      entity({}),
      partial,
    );
    expect(result.state).toBe('pass');
    // Only gathered facts can be unavailable: an annotation named alike is read as usual.
    expect(
      evaluateCriterion(
        criterion('C2', 1, { fact: 'annotation:skeleton', exists: true }),
        annotated({ skeleton: 'x' }),
        partial,
      ).state,
    ).toBe('pass');
  });

  it('lists every state in display order', () => {
    expect(CRITERION_STATES).toEqual([
      'fail',
      'invalid',
      'unknown',
      'exempted',
      'pass',
      'not-applicable',
    ]);
  });
});

describe('evaluateCriterion: exemptions', () => {
  const c = criterion('S3-SONAR', 3, HTTPS);
  const evaluate = (annotations: Record<string, unknown>, now = NOW) =>
    evaluateCriterion(c, annotated(annotations), { now });

  it('exempts an unmet criterion with an active exemption', () => {
    const value = '2026-12-31: analysis moves to the new SonarQube';
    const result = evaluate({ [exemptionOf('S3-SONAR')]: value });
    expect(result.state).toBe('exempted');
    expect(result.exemption).toEqual({
      state: 'active',
      value,
      reason: 'analysis moves to the new SonarQube',
      expires: '2026-12-31',
    });
    expect(result.message).toEqual({
      fr: "Exempté jusqu'au 2026-12-31 : analysis moves to the new SonarQube (Absent : l'annotation plan n'est pas renseignée.)",
      en: 'Exempted until 2026-12-31: analysis moves to the new SonarQube (Missing: the annotation plan is not set.)',
    });
  });

  it('exempts an invalid criterion too', () => {
    const result = evaluate({
      plan: 'http://x.fr',
      [exemptionOf('S3-SONAR')]: '2026-12-31: waiting for the certificate',
    });
    expect(result.state).toBe('exempted');
    expect(result.message.en).toContain('waiting for the certificate');
    expect(result.message.en).toContain('"http://x.fr"');
  });

  it('tolerates spaces and a multi-line reason', () => {
    const result = evaluate({
      [exemptionOf('S3-SONAR')]: '  2026-12-31 :  first line\nsecond line ',
    });
    expect(result.exemption).toMatchObject({
      state: 'active',
      expires: '2026-12-31',
      reason: 'first line\nsecond line',
    });
  });

  it('ignores an expired exemption but says so', () => {
    const value = '2026-06-14: was waiting for the hosting';
    const result = evaluate({ [exemptionOf('S3-SONAR')]: value });
    expect(result.state).toBe('fail');
    expect(result.exemption).toEqual({
      state: 'expired',
      value,
      reason: 'was waiting for the hosting',
      expires: '2026-06-14',
    });
    expect(result.message).toEqual({
      fr: "Absent : l'annotation plan n'est pas renseignée. Exemption expirée le 2026-06-14, ignorée.",
      en: 'Missing: the annotation plan is not set. Exemption expired on 2026-06-14, ignored.',
    });
  });

  it('keeps an exemption active through its expiry day (UTC)', () => {
    const annotations = { [exemptionOf('S3-SONAR')]: '2026-06-15: last day' };
    expect(evaluate(annotations, new Date('2026-06-15T00:00:00Z')).state).toBe(
      'exempted',
    );
    expect(evaluate(annotations, new Date('2026-06-15T23:59:59Z')).state).toBe(
      'exempted',
    );
    const next = evaluate(annotations, new Date('2026-06-16T00:00:00Z'));
    expect(next.state).toBe('fail');
    expect(next.exemption?.state).toBe('expired');
  });

  it.each([
    ['a missing reason', '2026-12-31:'],
    ['a blank reason', '2026-12-31:   '],
    ['no colon', '2026-12-31 because'],
    ['a date only', '2026-12-31'],
    ['an impossible date', '2026-02-31: reason'],
    ['a French date', '31/12/2026: reason'],
    ['a month 13', '2026-13-01: reason'],
    ['a reason only', 'because we said so'],
    ['an empty value', ''],
  ])('makes the criterion invalid on %s', (_, value) => {
    const result = evaluate({
      plan: 'https://x.fr',
      [exemptionOf('S3-SONAR')]: value,
    });
    expect(result.state).toBe('invalid');
    expect(result.exemption).toEqual({ state: 'invalid', value });
    expect(result.message.fr).toContain('Exemption invalide');
    expect(result.message.fr).toContain(JSON.stringify(value));
    expect(result.message.en).toBe(
      `Invalid exemption: ${JSON.stringify(
        value,
      )}; expected "YYYY-MM-DD: reason" (expiry date, then reason).`,
    );
    // The rule's evidence is still reported.
    expect(result.evidence).toEqual([
      { fact: 'annotation:plan', value: 'https://x.fr' },
    ]);
  });

  it('makes the criterion invalid on a non-text exemption', () => {
    const result = evaluate({ [exemptionOf('S3-SONAR')]: 20261231 });
    expect(result.state).toBe('invalid');
    expect(result.exemption).toEqual({ state: 'invalid', value: '20261231' });
  });

  it('keeps pass for a met criterion with an active exemption', () => {
    const result = evaluate({
      plan: 'https://x.fr',
      [exemptionOf('S3-SONAR')]: '2026-12-31: just in case',
    });
    expect(result.state).toBe('pass');
    expect(result.exemption?.state).toBe('active');
    expect(result.message).toEqual({
      fr: 'Rempli : plan = "https://x.fr"',
      en: 'Met: plan = "https://x.fr"',
    });
  });

  it('keeps pass for a met criterion with an expired exemption, and says so', () => {
    const result = evaluate({
      plan: 'https://x.fr',
      [exemptionOf('S3-SONAR')]: '2025-01-01: old',
    });
    expect(result.state).toBe('pass');
    expect(result.exemption?.state).toBe('expired');
    expect(result.message.en).toBe(
      'Met: plan = "https://x.fr" Exemption expired on 2025-01-01, ignored.',
    );
  });

  it('only reads the exemption of its own criterion', () => {
    const result = evaluate({
      [exemptionOf('S3-GITOPS')]: '2026-12-31: other criterion',
      [exemptionOf('s3-sonar')]: '2026-12-31: wrong case',
    });
    expect(result.state).toBe('fail');
    expect(result).not.toHaveProperty('exemption');
  });
});

describe('evaluateEntity: steps and gates', () => {
  const evaluate = (
    annotations: Record<string, unknown>,
    criteria: Criterion[],
    ctx: EvaluationContext = context,
  ) => evaluateEntity(annotated(annotations), criteria, ctx);

  const gateVerdicts = (e: ReturnType<typeof evaluate>) =>
    e.gates.map(g => g.verdict);

  it('reaches step 5 with every gate GO when there are no criteria', () => {
    const result = evaluate({}, []);
    expect(result).toEqual({
      step: 5,
      gates: [1, 2, 3, 4].map(step => ({ step, verdict: 'GO', blockers: [] })),
      results: [],
    });
    expect(result).not.toHaveProperty('nextGate');
  });

  it('stops at the first NO-GO gate even when later gates are GO', () => {
    const criteria = [
      needs('A', 1),
      needs('B', 2),
      needs('C', 3),
      needs('D', 4),
    ];
    const result = evaluate({ B: 'x', C: 'x', D: 'x' }, criteria);
    expect(result.step).toBe(1);
    expect(gateVerdicts(result)).toEqual(['NO-GO', 'GO', 'GO', 'GO']);
    expect(result.nextGate).toEqual({
      step: 1,
      verdict: 'NO-GO',
      blockers: ['A'],
    });
  });

  it('reports the first NO-GO among several', () => {
    const criteria = [
      needs('A', 1),
      needs('B', 2),
      needs('C', 3),
      needs('D', 4),
    ];
    const result = evaluate({ A: 'x' }, criteria);
    expect(result.step).toBe(2);
    expect(gateVerdicts(result)).toEqual(['GO', 'NO-GO', 'NO-GO', 'NO-GO']);
    expect(result.nextGate?.step).toBe(2);
  });

  it('lists every blocker of a gate, in criteria order', () => {
    const criteria = [
      needs('A', 3),
      needs('B', 3),
      needs('C', 3),
      needs('D', 3),
    ];
    const result = evaluate({ B: 'x' }, criteria);
    expect(result.step).toBe(3);
    expect(result.nextGate).toEqual({
      step: 3,
      verdict: 'NO-GO',
      blockers: ['A', 'C', 'D'],
    });
  });

  it('never closes a gate on advisory failures', () => {
    const criteria = [
      needs('A', 1, { severity: 'advisory' }),
      criterion('B', 2, HTTPS, { severity: 'advisory' }),
    ];
    const result = evaluate({ plan: 'http://x.fr' }, criteria);
    expect(result.results.map(r => r.state)).toEqual(['fail', 'invalid']);
    expect(result.step).toBe(5);
    expect(gateVerdicts(result)).toEqual(['GO', 'GO', 'GO', 'GO']);
  });

  it('does not close a gate on a not-applicable blocking criterion', () => {
    const criteria = [needs('A', 1, { appliesTo: { kinds: ['API'] } })];
    const result = evaluate({}, criteria);
    expect(result.results[0].state).toBe('not-applicable');
    expect(result.step).toBe(5);
  });

  it('does not close a gate on an exempted blocking criterion', () => {
    const criteria = [needs('A', 1)];
    const result = evaluate(
      { [exemptionOf('A')]: '2026-12-31: reason' },
      criteria,
    );
    expect(result.results[0].state).toBe('exempted');
    expect(result.step).toBe(5);
  });

  it('closes a gate on an invalid blocking criterion', () => {
    const result = evaluate({ plan: 'http://x.fr' }, [
      criterion('A', 2, HTTPS),
    ]);
    expect(result.results[0].state).toBe('invalid');
    expect(result.step).toBe(2);
    expect(result.nextGate?.blockers).toEqual(['A']);
  });

  it('closes a gate on an invalid exemption of a met criterion', () => {
    const result = evaluate({ A: 'x', [exemptionOf('A')]: 'soon: reason' }, [
      needs('A', 1),
    ]);
    expect(result.results[0].state).toBe('invalid');
    expect(result.step).toBe(1);
  });

  it('closes a gate on an unknown blocking criterion', () => {
    const result = evaluate({}, [needsFact('A', 3)], {
      now: NOW,
      facts: { A: 'x' },
      unavailableFacts: { A: 'source down' },
    });
    expect(result.results[0].state).toBe('unknown');
    expect(result.step).toBe(3);
    expect(result.nextGate?.blockers).toEqual(['A']);
  });

  it('has gates for steps 1 to 4 only: step 5 criteria never gate', () => {
    const result = evaluate({}, [needs('E', 5)]);
    expect(result.gates.map(g => g.step)).toEqual([1, 2, 3, 4]);
    expect(result.results[0].state).toBe('fail');
    expect(result.step).toBe(5);
  });

  it('reaches step 5 without nextGate when every gate is GO', () => {
    const criteria = [
      needs('A', 1),
      needs('B', 4),
      needs('E', 5, { severity: 'advisory' }),
    ];
    const result = evaluate({ A: 'x', B: 'x' }, criteria);
    expect(result.step).toBe(5);
    expect(result.nextGate).toBeUndefined();
    expect(result).not.toHaveProperty('nextGate');
  });

  describe('declared step and discrepancy', () => {
    const criteria = [needs('A', 1), needs('B', 2), needs('C', 3)];
    /** Evidence up to step 3 (gates 1 and 2 GO) and the given declaration. */
    const declaring = (declared: unknown) =>
      evaluate(
        { A: 'x', B: 'x', [ANNOTATION_ONBOARDING_STEP]: declared },
        criteria,
      );

    it('flags a declared step ahead of the evidence', () => {
      const result = declaring('4');
      expect(result.step).toBe(3);
      expect(result.declaredStep).toBe(4);
      expect(result.discrepancy).toEqual({ declared: 4, evidenced: 3 });
    });

    it('does not flag a declared step equal to the evidence', () => {
      const result = declaring('3');
      expect(result.declaredStep).toBe(3);
      expect(result).not.toHaveProperty('discrepancy');
    });

    it('does not flag a declared step behind the evidence', () => {
      const result = declaring(' 1 ');
      expect(result.declaredStep).toBe(1);
      expect(result).not.toHaveProperty('discrepancy');
    });

    it.each(['trois', '6', '3.0', '', 3])(
      'ignores the invalid declaration %j',
      declared => {
        const result = declaring(declared);
        expect(result).not.toHaveProperty('declaredStep');
        expect(result).not.toHaveProperty('discrepancy');
        expect(result.step).toBe(3);
      },
    );

    it('has no declared step without the annotation', () => {
      const result = evaluate({ A: 'x' }, criteria);
      expect(result).not.toHaveProperty('declaredStep');
      expect(result).not.toHaveProperty('discrepancy');
    });
  });
});

describe('evaluateEntity: DEFAULT_CRITERIA over the example catalog', () => {
  const file = path.resolve(__dirname, '../../../../examples/entities.yaml');
  const entities = YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(doc => doc.toJS() as Entity)
    .filter(e => e && typeof e === 'object' && typeof e.kind === 'string');
  const evaluations = entities.map(e => ({
    entity: e,
    evaluation: evaluateEntity(e, DEFAULT_CRITERIA, context),
  }));
  const byName = (name: string) =>
    evaluations.find(x => x.entity.metadata.name === name);

  it('reads several entities', () => {
    expect(entities.length).toBeGreaterThanOrEqual(5);
  });

  it('gives every entity a step from 1 to 5 and a result per criterion', () => {
    for (const { evaluation } of evaluations) {
      expect([1, 2, 3, 4, 5]).toContain(evaluation.step);
      expect(evaluation.results.map(r => r.criterionId)).toEqual(
        DEFAULT_CRITERIA.map(c => c.id),
      );
      expect(evaluation.gates.map(g => g.step)).toEqual([1, 2, 3, 4]);
    }
  });

  it('keeps step, gates and discrepancy consistent', () => {
    for (const { evaluation } of evaluations) {
      const firstClosed = evaluation.gates.find(g => g.verdict === 'NO-GO');
      expect(evaluation.step).toBe(firstClosed?.step ?? 5);
      expect(evaluation.nextGate).toEqual(firstClosed);
      for (const gate of evaluation.gates) {
        expect(gate.verdict === 'GO').toBe(gate.blockers.length === 0);
      }
      const { declaredStep, step } = evaluation;
      // A discrepancy exactly when the declaration is ahead of the evidence.
      expect(evaluation.discrepancy).toEqual(
        declaredStep !== undefined && declaredStep > step
          ? { declared: declaredStep, evidenced: step }
          : undefined,
      );
    }
  });

  it('explains every result in French and English', () => {
    for (const { evaluation } of evaluations) {
      for (const result of evaluation.results) {
        expect(CRITERION_STATES).toContain(result.state);
        expect(result.message.fr.trim()).not.toBe('');
        expect(result.message.en.trim()).not.toBe('');
      }
    }
  });

  it('does not apply component-only criteria to systems and APIs', () => {
    const componentOnly = DEFAULT_CRITERIA.filter(
      c =>
        c.appliesTo?.kinds?.length === 1 &&
        c.appliesTo.kinds[0] === 'Component',
    ).map(c => c.id);
    expect(componentOnly.length).toBeGreaterThan(0);
    const others = evaluations.filter(x => x.entity.kind !== 'Component');
    const states = others.flatMap(({ evaluation }) =>
      evaluation.results
        .filter(r => componentOnly.includes(r.criterionId))
        .map(r => r.state),
    );
    expect(states.length).toBe(others.length * componentOnly.length);
    expect(new Set(states)).toEqual(
      new Set(states.length ? ['not-applicable'] : []),
    );
  });

  it('finds batch-historique without a declared step', () => {
    const batch = byName('batch-historique');
    expect(batch).toBeDefined();
    expect(batch!.evaluation).not.toHaveProperty('declaredStep');
    expect(batch!.evaluation).not.toHaveProperty('discrepancy');
  });
});
