import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_ONBOARDING_STEP } from './annotations';
import { readDeclaredStep } from './declaredStep';

function entityWith(annotations?: Record<string, unknown>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'svc',
      annotations: annotations as Record<string, string>,
    },
    spec: {},
  };
}

describe('readDeclaredStep', () => {
  it('reports a missing annotation', () => {
    expect(readDeclaredStep(entityWith())).toEqual({ state: 'missing' });
    expect(readDeclaredStep(entityWith({ other: '3' }))).toEqual({
      state: 'missing',
    });
  });

  it.each([
    ['1', 1],
    ['5', 5],
    [' 3 ', 3],
  ])('reads %j as step %d', (value, step) => {
    expect(
      readDeclaredStep(entityWith({ [ANNOTATION_ONBOARDING_STEP]: value })),
    ).toEqual({
      state: 'declared',
      step,
    });
  });

  it.each(['', '0', '6', '3.0', 'step 3', 'trois', '-1', '12'])(
    'rejects %j as invalid and keeps the value',
    value => {
      expect(
        readDeclaredStep(entityWith({ [ANNOTATION_ONBOARDING_STEP]: value })),
      ).toEqual({
        state: 'invalid',
        value,
      });
    },
  );

  it('rejects a value of the wrong type', () => {
    expect(
      readDeclaredStep(entityWith({ [ANNOTATION_ONBOARDING_STEP]: 3 })),
    ).toEqual({
      state: 'invalid',
      value: '3',
    });
  });
});
