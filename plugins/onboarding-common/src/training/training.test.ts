import { RESOURCES } from '../journey';
import {
  summarizeTeamTraining,
  trainingProgress,
  trainingResourceId,
  trainingResources,
  validateSharedTraining,
} from '.';

const idsOf = (
  perimeter: 'technical' | 'governance',
  step: 1 | 2 | 3 | 4 | 5,
) => trainingResources(perimeter, step).map(trainingResourceId);

describe('self-training path', () => {
  it("lists a step's resources for the perimeter and for everyone, not the other perimeters'", () => {
    const resources = trainingResources('technical', 3);
    expect(resources.length).toBeGreaterThan(0);
    expect(
      resources.every(
        r => r.step === 3 && ['technical', 'all'].includes(r.perimeter),
      ),
    ).toBe(true);
    expect(resources.some(r => r.perimeter === 'all')).toBe(
      RESOURCES.some(r => r.step === 3 && r.perimeter === 'all'),
    );
    expect(new Set(resources.map(trainingResourceId)).size).toBe(
      resources.length,
    );
  });

  it('counts consulted resources per step and reaches the first step not covered', () => {
    const empty = trainingProgress('technical', []);
    expect(empty.reachedStep).toBe(1);
    expect(empty.complete).toBe(false);
    expect(empty.steps[0]).toEqual({
      step: 1,
      total: idsOf('technical', 1).length,
      consulted: 0,
      covered: false,
    });

    const stepOne = idsOf('technical', 1);
    const progress = trainingProgress('technical', [
      ...stepOne,
      idsOf('technical', 2)[0],
      'unknown:https://example.org',
    ]);
    expect(progress.steps[0]).toMatchObject({
      consulted: stepOne.length,
      covered: true,
    });
    expect(progress.steps[1].consulted).toBe(1);
    expect(progress.reachedStep).toBe(2);

    const all = trainingProgress(
      'technical',
      RESOURCES.map(trainingResourceId),
    );
    expect(all).toMatchObject({ reachedStep: 5, complete: true });
  });

  it('accepts a published path of known ids and drops duplicates', () => {
    const id = idsOf('governance', 1)[0];
    expect(
      validateSharedTraining({ perimeter: 'governance', consulted: [id, id] }),
    ).toEqual({ perimeter: 'governance', consulted: [id] });
  });

  it('rejects an unknown perimeter or resource with a clear message', () => {
    expect(() =>
      validateSharedTraining({ perimeter: 'everyone', consulted: [] }),
    ).toThrow(/perimeter must be one of/);
    expect(() =>
      validateSharedTraining({ perimeter: 'technical', consulted: 'x' }),
    ).toThrow(/consulted must be a list/);
    expect(() =>
      validateSharedTraining({
        perimeter: 'technical',
        consulted: ['9:https://nowhere'],
      }),
    ).toThrow('Unknown resource ids in consulted: 9:https://nowhere');
  });

  it('counts, per step and perimeter, the shared paths covering the step', () => {
    const summary = summarizeTeamTraining({
      groupRef: 'group:default/team',
      groupRefs: ['group:default/team'],
      members: 4,
      shared: [
        { perimeter: 'technical', consulted: idsOf('technical', 1) },
        { perimeter: 'technical', consulted: [] },
        { perimeter: 'governance', consulted: idsOf('governance', 1) },
      ],
    });
    expect(summary.sharing).toBe(3);
    expect(summary.steps[0].perimeters).toEqual([
      { perimeter: 'technical', sharing: 2, covered: 1 },
      { perimeter: 'project-management', sharing: 0, covered: 0 },
      { perimeter: 'governance', sharing: 1, covered: 1 },
    ]);
    expect(summary.steps[1].perimeters[0]).toEqual({
      perimeter: 'technical',
      sharing: 2,
      covered: 0,
    });
  });
});
