import { onboardingTranslationRef } from '../translation';
import fr from './fr';

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
  });

  it('is what the translation reference loads for French', async () => {
    const loaders = (onboardingTranslationRef as any).getDefaultResource()
      ?.resources as Array<{ language: string; loader: () => Promise<any> }>;
    const french = loaders.find(r => r.language === 'fr');
    expect(french).toBeDefined();
    const loaded = await french!.loader();
    expect(loaded.messages).toBe(fr);
  });
});
