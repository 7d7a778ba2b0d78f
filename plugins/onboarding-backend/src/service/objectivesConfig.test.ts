import { ConfigReader } from '@backstage/config';
import { readConfiguredObjectives } from './objectivesConfig';

const KNOWN = new Set(['S1-SPONSOR']);
const read = (objectives: unknown[]) =>
  readConfiguredObjectives(
    new ConfigReader({ onboarding: { objectives } } as any),
    KNOWN,
  );

describe('readConfiguredObjectives', () => {
  it('reads objectives as read-only ones', () => {
    expect(
      read([
        {
          id: 'etape-3',
          title: 'Étape 3',
          groupRef: 'group:default/direction',
          target: { step: 3 },
          dueDate: '2027-06-30',
        },
      ]),
    ).toEqual([
      {
        id: 'etape-3',
        origin: 'config',
        title: 'Étape 3',
        groupRef: 'group:default/direction',
        target: { step: 3 },
        dueDate: '2027-06-30',
      },
    ]);
    expect(read([])).toEqual([]);
  });

  it('stops with every problem named by its config path', () => {
    const entry = {
      id: 'a',
      title: 'A',
      groupRef: 'group:default/x',
      target: { step: 3 },
      dueDate: '2027-06-30',
    };
    expect(() =>
      read([
        entry,
        { ...entry, target: { criteria: ['S9-NOPE'] } },
        { ...entry, id: 'Bad Id', dueDate: '30/06/2027' },
      ]),
    ).toThrow(
      [
        'Invalid onboarding.objectives in app-config.yaml:',
        "- onboarding.objectives[1].id: 'a' is declared twice",
        '- onboarding.objectives[1].target.criteria: unknown criteria S9-NOPE',
        '- onboarding.objectives[2].id: lower-case letters, digits and dashes (at most 64) are required',
        '- onboarding.objectives[2].dueDate: a date as YYYY-MM-DD is required',
      ].join('\n'),
    );
  });
});
