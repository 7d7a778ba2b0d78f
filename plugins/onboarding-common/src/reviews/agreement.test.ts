import { GateResult } from '../criteria/types';
import {
  compareReviewsWithCriteria,
  gatesPassedByDecision,
  latestReviewPerGate,
} from './agreement';
import { GateReview } from './types';

const review = (over: Partial<GateReview>): GateReview => ({
  id: 1,
  entityRef: 'component:default/svc',
  gate: 1,
  decision: 'GO',
  reservations: [],
  decidedOn: '2026-12-01',
  reviewers: ['Alice'],
  recordedBy: 'user:default/alice',
  recordedAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

const gates = (...verdicts: Array<'GO' | 'NO-GO'>): GateResult[] =>
  verdicts.map((verdict, i) => ({
    step: (i + 1) as GateResult['step'],
    verdict,
    blockers: verdict === 'NO-GO' ? ['X'] : [],
  }));

const now = new Date('2026-12-10T12:00:00Z');

describe('latestReviewPerGate', () => {
  it('keeps the newest record of each gate, whatever the order given', () => {
    const latest = latestReviewPerGate([
      review({ id: 3, gate: 1, decision: 'NO_GO' }),
      review({ id: 5, gate: 1, decision: 'GO', supersedes: 3 }),
      review({ id: 4, gate: 2 }),
    ]);
    expect(latest.get(1)?.id).toBe(5);
    expect(latest.get(2)?.id).toBe(4);
    expect(latest.get(3)).toBeUndefined();
  });
});

describe('compareReviewsWithCriteria', () => {
  it('flags a GO decided while the criteria now say NO-GO', () => {
    const [gate1] = compareReviewsWithCriteria(
      [review({ gate: 1, decision: 'GO' })],
      gates('NO-GO', 'NO-GO', 'NO-GO', 'NO-GO'),
      now,
    );
    expect(gate1.flags).toEqual(['go-while-criteria-no-go']);
    expect(gate1.criteria).toBe('NO-GO');
    expect(gate1.decision?.decision).toBe('GO');
  });

  it('flags a NO-GO decided while the criteria say GO', () => {
    const [gate1] = compareReviewsWithCriteria(
      [review({ gate: 1, decision: 'NO_GO' })],
      gates('GO', 'NO-GO', 'NO-GO', 'NO-GO'),
      now,
    );
    expect(gate1.flags).toEqual(['no-go-while-criteria-go']);
  });

  it('flags a reservation past its due date, not one due today nor one lifted', () => {
    const result = compareReviewsWithCriteria(
      [
        review({
          gate: 2,
          decision: 'GO_WITH_RESERVATIONS',
          reservations: [
            { text: 'late', dueDate: '2026-12-09' },
            { text: 'today', dueDate: '2026-12-10' },
            { text: 'lifted', dueDate: '2026-11-01', liftedAt: '2026-11-02' },
          ],
        }),
      ],
      gates('GO', 'GO', 'NO-GO', 'NO-GO'),
      now,
    );
    expect(result[1].flags).toEqual(['reservation-past-due']);
    expect(result[1].pastDue.map(r => r.text)).toEqual(['late']);
  });

  it('flags nothing when decision and criteria agree, or when no decision was recorded', () => {
    const result = compareReviewsWithCriteria(
      [review({ gate: 1, decision: 'GO' })],
      gates('GO', 'NO-GO', 'NO-GO', 'NO-GO'),
      now,
    );
    expect(result.map(g => g.flags)).toEqual([[], [], [], []]);
    expect(result[1].decision).toBeUndefined();
  });

  it('judges only the latest record: a superseded GO no longer disagrees', () => {
    const [gate1] = compareReviewsWithCriteria(
      [
        review({ id: 1, gate: 1, decision: 'GO' }),
        review({ id: 2, gate: 1, decision: 'NO_GO', supersedes: 1 }),
      ],
      gates('NO-GO', 'NO-GO', 'NO-GO', 'NO-GO'),
      now,
    );
    expect(gate1.flags).toEqual([]);
    expect(gate1.decision?.id).toBe(2);
  });
});

describe('gatesPassedByDecision', () => {
  it('lists gates whose latest decision is GO, or GO with every reservation lifted', () => {
    expect(
      gatesPassedByDecision([
        review({ id: 1, gate: 1, decision: 'GO' }),
        review({
          id: 2,
          gate: 2,
          decision: 'GO_WITH_RESERVATIONS',
          reservations: [{ text: 'a', dueDate: '2027-01-01' }],
        }),
        review({
          id: 3,
          gate: 3,
          decision: 'GO_WITH_RESERVATIONS',
          reservations: [
            { text: 'a', dueDate: '2027-01-01', liftedAt: '2026-12-05' },
          ],
        }),
        review({ id: 4, gate: 4, decision: 'GO' }),
        review({ id: 5, gate: 4, decision: 'NO_GO', supersedes: 4 }),
      ]),
    ).toEqual([1, 3]);
  });
});
