import { unmetTargetCriteria } from './meetsTarget';
import { validateObjectiveInput } from './validateObjective';

const KNOWN = new Set(['s2-repository', 's3-pipeline']);
const valid = {
  title: ' Tout le monde en étape 3 ',
  groupRef: 'Group:Default/Team-A',
  target: { step: 3 },
  dueDate: '2027-03-31',
};

describe('validateObjectiveInput', () => {
  it('normalizes a valid objective', () => {
    expect(validateObjectiveInput(valid, KNOWN)).toEqual({
      objective: {
        title: 'Tout le monde en étape 3',
        groupRef: 'group:default/team-a',
        target: { step: 3 },
        dueDate: '2027-03-31',
      },
      problems: [],
    });
    expect(
      validateObjectiveInput(
        {
          ...valid,
          groupRef: 'team-b',
          target: { criteria: ['s3-pipeline', 's3-pipeline'] },
        },
        KNOWN,
      ).objective,
    ).toMatchObject({
      groupRef: 'group:default/team-b',
      target: { criteria: ['s3-pipeline'] },
    });
  });

  it('names every problem, field by field', () => {
    expect(
      validateObjectiveInput(
        {
          title: '',
          groupRef: 'component:default/x',
          target: { criteria: ['nope'] },
          dueDate: '2027-02-30',
        },
        KNOWN,
      ),
    ).toEqual({
      problems: [
        'title: a non-empty text is required',
        "groupRef: 'component:default/x' is a component, not a Group",
        'target.criteria: unknown criteria nope',
        'dueDate: a date as YYYY-MM-DD is required',
      ],
    });
    expect(
      validateObjectiveInput({ ...valid, target: { step: 1 } }, KNOWN).problems,
    ).toEqual(['target.step: a step from 2 to 5 is required']);
    expect(
      validateObjectiveInput(
        { ...valid, target: { step: 3, criteria: ['s3-pipeline'] } },
        KNOWN,
      ).problems,
    ).toEqual(['target: give either a step or criteria, not both']);
    expect(validateObjectiveInput([], KNOWN).problems).toEqual([
      'an objective must be an object',
    ]);
  });
});

describe('unmetTargetCriteria', () => {
  it('compares the step for a step target', () => {
    const unmet = new Set(['s3-pipeline']);
    expect(unmetTargetCriteria({ step: 3 }, { step: 3, unmet }).meets).toBe(
      true,
    );
    expect(unmetTargetCriteria({ step: 4 }, { step: 3, unmet }).meets).toBe(
      false,
    );
  });

  it('lists the target criteria left unmet', () => {
    expect(
      unmetTargetCriteria(
        { criteria: ['s2-repository', 's3-pipeline'] },
        { step: 2, unmet: new Set(['s3-pipeline', 'other']) },
      ),
    ).toEqual({ meets: false, unmetCriteria: ['s3-pipeline'] });
  });
});
