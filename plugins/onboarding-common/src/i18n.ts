/** Languages the journey texts are written in. French is the source language. */
export const LANGUAGES = ['fr', 'en'] as const;

/** A language the journey texts are available in. */
export type Language = (typeof LANGUAGES)[number];

/** The language used when a caller expresses no preference. */
export const DEFAULT_LANGUAGE: Language = 'fr';

/** A text written in every supported language. */
export type LocalizedText = Record<Language, string>;

/** A list of texts written in every supported language. */
export type LocalizedList = Record<Language, string[]>;

/** Tells whether a value names a supported language. */
export function isLanguage(value: unknown): value is Language {
  return (
    typeof value === 'string' &&
    (LANGUAGES as readonly string[]).includes(value)
  );
}
