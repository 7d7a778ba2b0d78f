import { LANGUAGES } from '../i18n';
import {
  PERIMETERS,
  PERIMETER_IDS,
  RESOURCES,
  STEPS,
  STEP_NUMBERS,
  getStep,
  isStepNumber,
  selectResources,
  viewJourney,
} from '.';

const nonEmpty = (text: string) => text.trim().length > 0;

describe('journey data', () => {
  it('has the five steps in order', () => {
    expect(STEPS.map(step => step.number)).toEqual([1, 2, 3, 4, 5]);
    expect(STEP_NUMBERS).toEqual([1, 2, 3, 4, 5]);
    STEP_NUMBERS.forEach(n => expect(getStep(n).number).toBe(n));
  });

  it.each(LANGUAGES)('writes every step text in %s', language => {
    for (const step of STEPS) {
      expect(nonEmpty(step.title[language])).toBe(true);
      expect(nonEmpty(step.objective[language])).toBe(true);
      expect(nonEmpty(step.maturity[language])).toBe(true);
      expect(step.keyActions[language].length).toBeGreaterThan(0);
      step.keyActions[language].forEach(action =>
        expect(nonEmpty(action)).toBe(true),
      );
      const optionalTexts = [step.deliverable, step.gate, step.gapNote].flatMap(
        text => (text ? [text[language]] : []),
      );
      expect(optionalTexts.every(nonEmpty)).toBe(true);
    }
  });

  it('lists as many key actions in French as in English', () => {
    for (const step of STEPS) {
      expect(step.keyActions.en).toHaveLength(step.keyActions.fr.length);
    }
  });

  it('gives a go/no-go statement to steps 1 to 4 and says why step 5 has none', () => {
    for (const step of STEPS.slice(0, 4)) {
      expect(step.gate).not.toBeNull();
      expect(step.deliverable).not.toBeNull();
    }
    const last = getStep(5);
    expect(last.gate).toBeNull();
    expect(last.gapNote?.fr).toMatch(/go\/no-go/);
    expect(last.gapNote?.en).toMatch(/go\/no-go/);
  });

  it('has the three perimeters, each written in both languages', () => {
    expect(PERIMETERS.map(p => p.id)).toEqual([...PERIMETER_IDS]);
    for (const perimeter of PERIMETERS) {
      for (const language of LANGUAGES) {
        expect(nonEmpty(perimeter.label[language])).toBe(true);
        expect(nonEmpty(perimeter.responsibility[language])).toBe(true);
        expect(nonEmpty(perimeter.examples[language])).toBe(true);
      }
    }
  });

  it('gives every resource an https URL, a known step and a known perimeter', () => {
    expect(RESOURCES.length).toBeGreaterThan(50);
    for (const resource of RESOURCES) {
      expect(new URL(resource.url).protocol).toBe('https:');
      expect(isStepNumber(resource.step)).toBe(true);
      expect(['all', ...PERIMETER_IDS]).toContain(resource.perimeter);
      expect(nonEmpty(resource.title)).toBe(true);
    }
  });

  it('recommends resources at every step and leaves out dead links', () => {
    for (const n of STEP_NUMBERS) {
      expect(selectResources(RESOURCES, n).length).toBeGreaterThan(0);
    }
    const urls = RESOURCES.map(r => r.url);
    expect(urls).not.toContain(
      'https://github.com/dnum-mi/dso-formation/blob/main/2.6-plan_formation.md',
    );
    // A link may be recommended at several steps or to several perimeters, but only once for each pair.
    const perStep = RESOURCES.map(r => `${r.step} ${r.perimeter} ${r.url}`);
    expect(new Set(perStep).size).toBe(perStep.length);
  });
});

describe('selectResources', () => {
  it('keeps resources for everyone and for the chosen perimeter only', () => {
    const selected = selectResources(RESOURCES, 2, 'governance');
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.every(r => r.step === 2)).toBe(true);
    expect(
      selected.every(r => ['all', 'governance'].includes(r.perimeter)),
    ).toBe(true);
    expect(selected.some(r => r.perimeter === 'governance')).toBe(true);
    expect(selected.length).toBeLessThan(selectResources(RESOURCES, 2).length);
  });
});

describe('viewJourney', () => {
  it('serves the texts of the asked language', () => {
    const fr = viewJourney('fr');
    const en = viewJourney('en');
    expect(fr.language).toBe('fr');
    expect(fr.steps[0].title).toBe(STEPS[0].title.fr);
    expect(en.steps[0].title).toBe(STEPS[0].title.en);
    expect(en.perimeters.map(p => p.label)).toEqual(
      PERIMETERS.map(p => p.label.en),
    );
    expect(en.steps[4].gate).toBeNull();
    expect(en.steps[4].gapNote).toBe(STEPS[4].gapNote?.en);
    expect(fr.resources).toHaveLength(RESOURCES.length);
  });
});
