import { LANGUAGES } from '../i18n';
import { ANNOTATION_ELIGIBILITY_CASE } from '../annotations';
import { DEFAULT_CRITERIA } from '../criteria';
import {
  JOURNEY_PRINCIPLES,
  STEP_NUMBERS,
  STEP_SUPPORT,
  SUPPORT_CASES,
  SUPPORT_CASE_NUMBERS,
  SUPPORT_QUESTIONS,
  SupportAnswers,
  adviseSupport,
  isSupportCaseNumber,
  supportCaseOfEligibility,
} from '.';

const nonEmpty = (text: string) => text.trim().length > 0;

describe('the journey guide', () => {
  it.each(LANGUAGES)(
    'writes every principle, support text and question in %s',
    language => {
      expect(JOURNEY_PRINCIPLES.map(p => p.id)).toEqual([
        'chronological-order',
        'accessibility',
        'prior-learning',
      ]);
      for (const principle of JOURNEY_PRINCIPLES) {
        expect(nonEmpty(principle.title[language])).toBe(true);
        expect(nonEmpty(principle.text[language])).toBe(true);
      }
      for (const step of STEP_NUMBERS) {
        expect(STEP_SUPPORT[step][language].length).toBeGreaterThan(0);
        expect(STEP_SUPPORT[step][language].every(nonEmpty)).toBe(true);
        expect(STEP_SUPPORT[step].fr).toHaveLength(
          STEP_SUPPORT[step].en.length,
        );
      }
      for (const supportCase of SUPPORT_CASES) {
        for (const text of [
          supportCase.title,
          supportCase.meaning,
          supportCase.nextAction,
        ]) {
          expect(nonEmpty(text[language])).toBe(true);
        }
      }
      for (const question of SUPPORT_QUESTIONS) {
        expect(nonEmpty(question.label[language])).toBe(true);
        question.options.forEach(option =>
          expect(nonEmpty(option.label[language])).toBe(true),
        );
      }
    },
  );

  it('has the three cases of the sources, in order', () => {
    expect(SUPPORT_CASES.map(c => c.number)).toEqual([...SUPPORT_CASE_NUMBERS]);
    expect(SUPPORT_CASE_NUMBERS).toEqual([1, 2, 3]);
    expect([0, 1, 3, 4, '1'].map(isSupportCaseNumber)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('adviseSupport', () => {
  const full = (answers: SupportAnswers) => adviseSupport(answers);

  it('waits for every answer', () => {
    expect(adviseSupport({})).toBeUndefined();
    expect(
      adviseSupport({ organisation: 'ministry', purpose: 'cloud-pi' }),
    ).toBeUndefined();
    expect(
      adviseSupport({ organisation: 'external', sponsor: 'yes' }),
    ).toBeUndefined();
  });

  it.each([
    ['ministry', 'cloud-pi', 1],
    ['ministry', 'experimentation', 2],
    ['external', 'experimentation', 3],
    ['external', 'cloud-pi', 3],
  ] as const)(
    'leads a %s %s initiative to case %d',
    (organisation, purpose, number) => {
      expect(
        full({ organisation, purpose, sponsor: 'yes' })?.supportCase.number,
      ).toBe(number);
    },
  );

  it('puts finding a sponsor first for a ministry initiative without one', () => {
    const withSponsor = full({
      organisation: 'ministry',
      purpose: 'cloud-pi',
      sponsor: 'yes',
    })!;
    const without = full({
      organisation: 'ministry',
      purpose: 'cloud-pi',
      sponsor: 'no',
    })!;
    expect(withSponsor.nextActions).toEqual([
      withSponsor.supportCase.nextAction,
    ]);
    expect(without.nextActions).toHaveLength(2);
    expect(without.nextActions[0].en).toMatch(/find a sponsor/);
    expect(without.nextActions[1]).toBe(without.supportCase.nextAction);
    // An external actor gets no support either way: a sponsor changes nothing.
    expect(
      full({ organisation: 'external', purpose: 'cloud-pi', sponsor: 'no' })!
        .nextActions,
    ).toHaveLength(1);
  });
});

describe('supportCaseOfEligibility', () => {
  it('maps the four rows of eligibilite.md onto the three cases of the README', () => {
    expect(['1', '2', '3', '4', ' 2 '].map(supportCaseOfEligibility)).toEqual([
      1, 2, 3, 3, 2,
    ]);
  });

  it('knows no case for a missing or unexpected value', () => {
    expect(
      [undefined, '', '0', '5', 'un', '1.5'].map(supportCaseOfEligibility),
    ).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads the annotation the eligibility criterion checks', () => {
    const criterion = DEFAULT_CRITERIA.find(c => c.id === 'S1-ELIGIBILITY');
    expect(JSON.stringify(criterion?.rule)).toContain(
      `annotation:${ANNOTATION_ELIGIBILITY_CASE}`,
    );
  });
});
