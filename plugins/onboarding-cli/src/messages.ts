import {
  DEFAULT_LANGUAGE,
  Language,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/**
 * The CLI's own texts, French and English. Criteria titles, messages and remediations
 * come from the criteria themselves (or the portal), already in the chosen language.
 */
const TEXTS = {
  fr: {
    verdictLine: (verdict: string, blocked: number, total: number) =>
      `Verdict : ${verdict} (${blocked} document(s) bloqué(s) sur ${total} évalué(s))`,
    document: (ref: string, step: number, target: number) =>
      `${ref} : étape ${step} atteinte, étape visée ${target}`,
    skipped: (ref: string, reason: string) => `${ref} : non évalué. ${reason}`,
    error: (message: string) => `document illisible : ${message}`,
    blocker: 'bloquant',
    advisory: 'conseillé',
    line: (line: number) => `ligne ${line}`,
    fix: 'Correctif :',
    criteriaFrom: (source: string, version: string) =>
      `Critères : ${source} (version ${version})`,
    offline: 'critères par défaut (hors ligne)',
    portal: (url: string) => `critères du portail ${url}`,
    wrote: (what: string, file: string) => `${what} écrit dans ${file}`,
    noDocument: 'Aucun document évalué : rien ne bloque.',
    invalidInput: 'Entrée invalide',
  },
  en: {
    verdictLine: (verdict: string, blocked: number, total: number) =>
      `Verdict: ${verdict} (${blocked} of ${total} evaluated document(s) blocked)`,
    document: (ref: string, step: number, target: number) =>
      `${ref}: reaches step ${step}, target step ${target}`,
    skipped: (ref: string, reason: string) =>
      `${ref}: not evaluated. ${reason}`,
    error: (message: string) => `unreadable document: ${message}`,
    blocker: 'blocking',
    advisory: 'advisory',
    line: (line: number) => `line ${line}`,
    fix: 'Fix:',
    criteriaFrom: (source: string, version: string) =>
      `Criteria: ${source} (version ${version})`,
    offline: 'default criteria (offline)',
    portal: (url: string) => `criteria of the portal ${url}`,
    wrote: (what: string, file: string) => `${what} written to ${file}`,
    noDocument: 'No document evaluated: nothing blocks.',
    invalidInput: 'Invalid input',
  },
};

export type Texts = (typeof TEXTS)[Language];

export const textsFor = (language: Language): Texts => TEXTS[language];

/**
 * The language of the output: `--lang`, else the locale of the environment (LC_ALL,
 * LC_MESSAGES, LANG, in POSIX order of precedence), else the portal's default, French.
 */
export function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^en\b|^en_/i.test(locale)) return 'en';
  if (/^fr\b|^fr_/i.test(locale)) return 'fr';
  return DEFAULT_LANGUAGE;
}
