import { Language } from '../i18n';
import { parseFactName } from './facts';
import { RuleFinding } from './types';

/** How French agrees with the noun that names a fact: masculine, feminine or plural. */
type Agreement = 'm' | 'f' | 'pl';

/** A fact's name in each language, and the agreement of its French noun. */
type FactLabels = Record<Language, string> & { agreement: Agreement };

function labelsOf(fact: string | undefined): FactLabels {
  const parsed = fact ? parseFactName(fact) : undefined;
  if (!parsed) return { fr: 'la donnée', en: 'the value', agreement: 'f' };
  const { source, key } = parsed;
  const labels: Record<string, FactLabels> = {
    annotation: {
      fr: `l'annotation ${key}`,
      en: `the annotation ${key}`,
      agreement: 'f',
    },
    label: { fr: `le label ${key}`, en: `the label ${key}`, agreement: 'm' },
    metadata: {
      fr: `le champ metadata.${key}`,
      en: `the field metadata.${key}`,
      agreement: 'm',
    },
    spec: {
      fr: `le champ spec.${key}`,
      en: `the field spec.${key}`,
      agreement: 'm',
    },
    relation: {
      fr: `la relation ${key}`,
      en: `the relation ${key}`,
      agreement: 'f',
    },
    tags: { fr: 'les tags', en: 'the tags', agreement: 'pl' },
    kind: { fr: 'le kind', en: 'the kind', agreement: 'm' },
    links: { fr: 'les liens', en: 'the links', agreement: 'pl' },
    fact: { fr: `la donnée ${key}`, en: `the fact ${key}`, agreement: 'f' },
  };
  return labels[source];
}

/** The French words that agree with the fact's noun, in each agreement. */
const FRENCH_AGREEMENT: Record<
  Agreement,
  { isNot: string; set: string; should: string; holds: string; dates: string }
> = {
  m: {
    isNot: "n'est pas",
    set: 'renseigné',
    should: 'devrait',
    holds: 'vaut',
    dates: 'date',
  },
  f: {
    isNot: "n'est pas",
    set: 'renseignée',
    should: 'devrait',
    holds: 'vaut',
    dates: 'date',
  },
  pl: {
    isNot: 'ne sont pas',
    set: 'renseignés',
    should: 'devraient',
    holds: 'valent',
    dates: 'datent',
  },
};

// Findings name the same few facts (those of the rules) for every entity: name each once.
const factLabels = new Map<string | undefined, FactLabels>();

/** Names a fact for people: `annotation:x` → “the annotation x”. */
function factLabel(fact: string | undefined): FactLabels {
  let labels = factLabels.get(fact);
  if (!labels) {
    labels = labelsOf(fact);
    factLabels.set(fact, labels);
  }
  return labels;
}

const q = (text: string | undefined) => JSON.stringify(text ?? '');

/** One finding as a sentence, saying what was expected and what was found. */
export function describeFinding(
  finding: RuleFinding,
  language: Language,
): string {
  const labels = factLabel(finding.fact);
  const what = labels[language];
  // French verbs and participles agree with the noun (l'annotation est renseignée).
  const w = FRENCH_AGREEMENT[labels.agreement];
  const { found, expected } = finding;
  const fr = language === 'fr';
  switch (finding.code) {
    case 'missing':
      return fr
        ? `Absent : ${what} ${w.isNot} ${w.set}.`
        : `Missing: ${what} is not set.`;
    case 'present':
      return fr
        ? `${what} ne ${w.should} pas être ${w.set} (trouvé ${q(found)}).`
        : `${what} should not be set (found ${q(found)}).`;
    case 'not-equal':
      return fr
        ? `${what} ${w.holds} ${q(found)}, attendu ${q(expected)}.`
        : `${what} is ${q(found)}, expected ${q(expected)}.`;
    case 'not-one-of':
      return fr
        ? `${what} ${w.holds} ${q(
            found,
          )}, attendu l'une des valeurs : ${expected}.`
        : `${what} is ${q(found)}, expected one of: ${expected}.`;
    case 'no-match':
      return fr
        ? `${what} ${w.holds} ${q(
            found,
          )}, qui ne respecte pas le format attendu (${expected}).`
        : `${what} is ${q(
            found,
          )}, which does not have the expected format (${expected}).`;
    case 'not-text':
      return fr
        ? `${what} ${w.isNot} un texte (trouvé ${q(found)}).`
        : `${what} is not text (found ${q(found)}).`;
    case 'not-a-number':
      return fr
        ? `${what} ${w.holds} ${q(found)}, attendu un nombre.`
        : `${what} is ${q(found)}, expected a number.`;
    case 'not-semver':
      return fr
        ? `${what} ${w.holds} ${q(found)}, attendu une version x.y.z.`
        : `${what} is ${q(found)}, expected a version x.y.z.`;
    case 'out-of-range':
      return fr
        ? `${what} ${w.holds} ${q(found)}, attendu ${expected}.`
        : `${what} is ${q(found)}, expected ${expected}.`;
    case 'not-a-url':
      return fr
        ? `${what} ${w.holds} ${q(found)}, attendu une URL https://….`
        : `${what} is ${q(found)}, expected an https://… URL.`;
    case 'not-https':
      return fr
        ? `${what} ${w.holds} ${q(found)}, attendu une URL en https.`
        : `${what} is ${q(found)}, expected an https URL.`;
    case 'not-a-date':
      return fr
        ? `${what} ${w.holds} ${q(found)}, attendu une date AAAA-MM-JJ.`
        : `${what} is ${q(found)}, expected a date YYYY-MM-DD.`;
    case 'date-in-future':
      return fr
        ? `${what} ${w.holds} ${q(found)}, une date future.`
        : `${what} is ${q(found)}, a date in the future.`;
    case 'too-old':
      return fr
        ? `${what} ${w.dates} du ${found}, plus de ${expected} jours.`
        : `${what} is dated ${found}, more than ${expected} days ago.`;
    case 'no-item':
      return fr
        ? `Aucun élément parmi ${what} (${found}) ne correspond à ${expected}.`
        : `No item of ${what} (${found}) matches ${expected}.`;
    case 'negated':
      return fr
        ? 'La condition inverse est remplie.'
        : 'The opposite condition holds.';
    default:
      return fr
        ? `Règle inévaluable : ${found ?? finding.code}.`
        : `The rule could not be evaluated: ${found ?? finding.code}.`;
  }
}
