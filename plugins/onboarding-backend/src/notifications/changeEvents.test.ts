import {
  DEFAULT_CRITERIA,
  EntityEvaluation,
  evaluateEntity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { STEP_ONE_EVIDENCE, ownedComponent } from '../__testUtils__/entities';
import { detectChanges, expiringExemptions } from './changeEvents';

const NOW = new Date('2026-11-27T10:00:00Z');

function evaluate(annotations: Record<string, string>): EntityEvaluation {
  return evaluateEntity(
    ownedComponent('portail', 'team', annotations),
    DEFAULT_CRITERIA,
    { now: NOW, facts: {} },
  );
}

/** A hand-made evaluation: the step, each criterion's state, and the gates' blockers. */
function made(
  step: 1 | 2 | 3 | 4 | 5,
  states: Record<string, EntityEvaluation['results'][number]['state']>,
  gates: EntityEvaluation['gates'] = [],
): EntityEvaluation {
  return {
    step,
    gates,
    results: Object.entries(states).map(([criterionId, state]) => ({
      criterionId,
      step: 1,
      severity: 'blocking',
      state,
      message: { fr: '', en: '' },
      evidence: [],
    })),
  };
}

describe('detectChanges', () => {
  it('sees a gate passed when the evidence completes step 1', () => {
    const before = evaluate({});
    const after = evaluate(STEP_ONE_EVIDENCE);
    expect(before.step).toBe(1);
    expect(after.step).toBe(2);

    expect(detectChanges(before, after)).toEqual([
      { kind: 'gate-passed', fromStep: 1, toStep: 2 },
    ]);
  });

  it('sees a fall back, with the criterion lost, when evidence goes away', () => {
    const { 'cloud-pi-native.fr/funding': _funding, ...rest } =
      STEP_ONE_EVIDENCE;
    const before = evaluate(STEP_ONE_EVIDENCE);
    const after = evaluate(rest);

    expect(detectChanges(before, after)).toEqual([
      { kind: 'fell-back', fromStep: 2, toStep: 1, criteria: ['S1-FUNDING'] },
    ]);
  });

  it('sees a criterion lost without a change of step', () => {
    expect(
      detectChanges(
        made(2, { A: 'pass', B: 'exempted', C: 'fail' }),
        made(2, { A: 'invalid', B: 'fail', C: 'fail' }),
      ),
    ).toEqual([
      { kind: 'fell-back', fromStep: 2, toStep: 2, criteria: ['A', 'B'] },
    ]);
  });

  it('sees both a gate passed and a criterion lost in one change', () => {
    expect(
      detectChanges(
        made(1, { A: 'fail', B: 'pass' }, [
          { step: 1, verdict: 'NO-GO', blockers: ['A'] },
        ]),
        // B lost without closing a gate (advisory, say).
        made(3, { A: 'pass', B: 'fail' }),
      ),
    ).toEqual([
      { kind: 'gate-passed', fromStep: 1, toStep: 3 },
      { kind: 'fell-back', fromStep: 1, toStep: 3, criteria: ['B'] },
    ]);
  });

  it('tells nothing of criteria a tool cannot answer, nor of new or still failing ones', () => {
    expect(
      detectChanges(
        made(2, { A: 'pass', B: 'fail', C: 'not-applicable' }),
        made(2, { A: 'unknown', B: 'invalid', C: 'fail', D: 'fail' }),
      ),
    ).toEqual([]);
  });

  it('tells nothing when a step moves only because a tool stops or starts answering', () => {
    const heldByA = [
      { step: 1 as const, verdict: 'NO-GO' as const, blockers: ['A'] },
    ];
    const open = [{ step: 1 as const, verdict: 'GO' as const, blockers: [] }];
    // The tool answers again: A was unknown, now passes.
    expect(
      detectChanges(
        made(1, { A: 'unknown' }, heldByA),
        made(2, { A: 'pass' }, open),
      ),
    ).toEqual([]);
    // The tool stops answering: A passed, now unknown.
    expect(
      detectChanges(
        made(2, { A: 'pass' }, open),
        made(1, { A: 'unknown' }, heldByA),
      ),
    ).toEqual([]);
  });

  it('sees a gate passed when a failing blocker was fixed, even beside an unknown one', () => {
    const held = [
      { step: 1 as const, verdict: 'NO-GO' as const, blockers: ['A', 'B'] },
    ];
    const open = [{ step: 1 as const, verdict: 'GO' as const, blockers: [] }];
    expect(
      detectChanges(
        made(1, { A: 'unknown', B: 'fail' }, held),
        made(2, { A: 'pass', B: 'pass' }, open),
      ),
    ).toEqual([{ kind: 'gate-passed', fromStep: 1, toStep: 2 }]);
  });

  it('tells nothing when only messages or evidence changed', () => {
    const before = evaluate(STEP_ONE_EVIDENCE);
    const after = evaluate({
      ...STEP_ONE_EVIDENCE,
      'cloud-pi-native.fr/sponsor': 'user:default/b',
    });
    expect(after).not.toEqual(before);
    expect(detectChanges(before, after)).toEqual([]);
  });
});

describe('expiringExemptions', () => {
  const exempted = (expires: string) =>
    evaluate({
      ...STEP_ONE_EVIDENCE,
      'cloud-pi-native.fr/funding': '',
      'cloud-pi-native.fr/exemption.S1-FUNDING': `${expires}: budget voté en janvier`,
    });

  it('recalls an exemption whose last day is within the notice, the last day included', () => {
    const evaluation = exempted('2026-12-11');
    expect(
      evaluation.results.find(r => r.criterionId === 'S1-FUNDING')?.state,
    ).toBe('exempted');

    expect(expiringExemptions(evaluation, NOW, 14)).toEqual([
      {
        kind: 'exemption-expiring',
        criterionId: 'S1-FUNDING',
        step: 1,
        expires: '2026-12-11',
        daysLeft: 14,
      },
    ]);
    expect(
      expiringExemptions(exempted('2026-11-27'), NOW, 14).map(e => e.daysLeft),
    ).toEqual([0]);
  });

  it('does not recall one ending later, nor one already over', () => {
    expect(expiringExemptions(exempted('2026-12-12'), NOW, 14)).toEqual([]);
    // Expired: the criterion fails, its exemption is no longer in force.
    expect(expiringExemptions(exempted('2026-11-26'), NOW, 14)).toEqual([]);
  });
});
