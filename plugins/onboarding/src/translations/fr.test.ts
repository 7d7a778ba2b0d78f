import { onboardingTranslationRef } from '../translation';
import fr from './fr';

/** Flattens the nested default messages the way Backstage's translation API keys them. */
function flatten(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`]
      : flatten(value, `${prefix}${key}.`),
  );
}

describe('French translation', () => {
  it('translates exactly the English keys, each with the same placeholders', () => {
    const english = (
      onboardingTranslationRef as any
    ).getDefaultMessages() as Record<string, string>;
    expect(Object.keys(fr).sort()).toEqual(Object.keys(english).sort());
    const placeholders = (text: string) =>
      (text.match(/{{\s*\w+\s*}}/g) ?? []).sort();
    for (const [key, text] of Object.entries(fr)) {
      expect(text.trim()).not.toBe('');
      expect([key, placeholders(text)]).toEqual([
        key,
        placeholders(english[key]),
      ]);
    }
    expect(flatten({ a: { b: 'x' } })).toEqual(['a.b']);
  });
});
