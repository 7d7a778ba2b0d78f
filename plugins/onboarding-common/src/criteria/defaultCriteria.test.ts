import { LANGUAGES, LocalizedText } from '../i18n';
import { STEP_NUMBERS } from '../journey';
import { validateRule } from '../rules';
import { DEFAULT_CRITERIA } from './defaultCriteria';
import { Criterion } from './types';

const ofStep = (step: number) => DEFAULT_CRITERIA.filter(c => c.step === step);
const blocking = (criteria: readonly Criterion[]) =>
  criteria.filter(c => c.severity === 'blocking');

/** The texts of a criterion that must be written in every language. */
const texts = (c: Criterion): Array<[string, LocalizedText]> => [
  ['title', c.title],
  ['rationale', c.rationale],
  ['remediation.text', c.remediation.text],
];

describe('DEFAULT_CRITERIA', () => {
  it('has unique ids made of letters, digits and dashes', () => {
    const ids = DEFAULT_CRITERIA.map(c => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/);
  });

  it('prefixes each id with its step: S for entities, T for templates', () => {
    for (const c of DEFAULT_CRITERIA) {
      const prefix = c.appliesTo?.kinds?.includes('Template') ? 'T' : 'S';
      expect(c.id.startsWith(`${prefix}${c.step}-`)).toBe(true);
    }
  });

  it('gives only known steps and severities', () => {
    for (const c of DEFAULT_CRITERIA) {
      expect(STEP_NUMBERS).toContain(c.step);
      expect(['blocking', 'advisory']).toContain(c.severity);
    }
  });

  it.each(DEFAULT_CRITERIA.map(c => [c.id, c] as const))(
    '%s has a valid rule',
    (_, c) => {
      expect(validateRule(c.rule)).toEqual([]);
    },
  );

  it.each([1, 2, 3, 4])(
    'has at least 5 blocking criteria for the gate of step %d',
    step => {
      expect(blocking(ofStep(step)).length).toBeGreaterThanOrEqual(5);
    },
  );

  it('has at least 3 criteria at step 5, all advisory', () => {
    const step5 = ofStep(5);
    expect(step5.length).toBeGreaterThanOrEqual(3);
    expect(blocking(step5)).toEqual([]);
  });

  it('writes titles, rationales and remediations in every language', () => {
    for (const c of DEFAULT_CRITERIA) {
      for (const [field, text] of texts(c)) {
        expect(Object.keys(text).sort()).toEqual([...LANGUAGES].sort());
        for (const language of LANGUAGES) {
          expect([
            c.id,
            field,
            language,
            text[language].trim().length > 0,
          ]).toEqual([c.id, field, language, true]);
        }
      }
    }
  });

  it('links remediations to https URLs, docs paths or console tabs', () => {
    const linked = DEFAULT_CRITERIA.filter(
      c => c.remediation.link !== undefined,
    );
    expect(linked.length).toBeGreaterThan(0);
    for (const c of linked) {
      const link = c.remediation.link!;
      const ok =
        /^\/[^\s]*$/.test(link) ||
        /^console:[a-z-]+$/.test(link) ||
        (/^https:\/\/\S+$/.test(link) && new URL(link).protocol === 'https:');
      expect([c.id, link, ok]).toEqual([c.id, link, true]);
    }
  });

  it('gives example annotations as non-empty text', () => {
    for (const c of DEFAULT_CRITERIA) {
      for (const [name, example] of Object.entries(
        c.remediation.annotations ?? {},
      )) {
        expect(name).toMatch(/^[a-z0-9.-]+\/[a-z0-9.-]+$/);
        expect(example.trim()).not.toBe('');
      }
    }
  });

  it('names a source for every criterion', () => {
    for (const c of DEFAULT_CRITERIA) {
      expect([c.id, c.source.trim().length > 0]).toEqual([c.id, true]);
    }
  });
});
