import { Language } from '../i18n';
import { parseFactName } from './facts';
import { RuleFinding } from './types';

function labelsOf(fact: string | undefined): Record<Language, string> {
  const parsed = fact ? parseFactName(fact) : undefined;
  if (!parsed) return { fr: 'la donnée', en: 'the value' };
  const { source, key } = parsed;
  const labels: Record<string, Record<Language, string>> = {
    annotation: { fr: `l'annotation ${key}`, en: `the annotation ${key}` },
    label: { fr: `le label ${key}`, en: `the label ${key}` },
    metadata: {
      fr: `le champ metadata.${key}`,
      en: `the field metadata.${key}`,
    },
    spec: { fr: `le champ spec.${key}`, en: `the field spec.${key}` },
    relation: { fr: `la relation ${key}`, en: `the relation ${key}` },
    tags: { fr: 'les tags', en: 'the tags' },
    kind: { fr: 'le kind', en: 'the kind' },
    links: { fr: 'les liens', en: 'the links' },
    fact: { fr: `la donnée ${key}`, en: `the fact ${key}` },
  };
  return labels[source];
}

// Findings name the same few facts (those of the rules) for every entity: name each once.
const factLabels = new Map<string | undefined, Record<Language, string>>();

/** Names a fact for people: `annotation:x` → “the annotation x”. */
function factLabel(fact: string | undefined, language: Language): string {
  let labels = factLabels.get(fact);
  if (!labels) {
    labels = labelsOf(fact);
    factLabels.set(fact, labels);
  }
  return labels[language];
}

const q = (text: string | undefined) => JSON.stringify(text ?? '');

/** One finding as a sentence, saying what was expected and what was found. */
export function describeFinding(
  finding: RuleFinding,
  language: Language,
): string {
  const what = factLabel(finding.fact, language);
  const { found, expected } = finding;
  const fr = language === 'fr';
  switch (finding.code) {
    case 'missing':
      return fr
        ? `Absent : ${what} n'est pas renseigné(e).`
        : `Missing: ${what} is not set.`;
    case 'present':
      return fr
        ? `${what} ne devrait pas être renseigné(e) (trouvé ${q(found)}).`
        : `${what} should not be set (found ${q(found)}).`;
    case 'not-equal':
      return fr
        ? `${what} vaut ${q(found)}, attendu ${q(expected)}.`
        : `${what} is ${q(found)}, expected ${q(expected)}.`;
    case 'not-one-of':
      return fr
        ? `${what} vaut ${q(found)}, attendu l'une des valeurs : ${expected}.`
        : `${what} is ${q(found)}, expected one of: ${expected}.`;
    case 'no-match':
      return fr
        ? `${what} vaut ${q(
            found,
          )}, qui ne respecte pas le format attendu (${expected}).`
        : `${what} is ${q(
            found,
          )}, which does not have the expected format (${expected}).`;
    case 'not-text':
      return fr
        ? `${what} n'est pas un texte (trouvé ${q(found)}).`
        : `${what} is not text (found ${q(found)}).`;
    case 'not-a-number':
      return fr
        ? `${what} vaut ${q(found)}, attendu un nombre.`
        : `${what} is ${q(found)}, expected a number.`;
    case 'not-semver':
      return fr
        ? `${what} vaut ${q(found)}, attendu une version x.y.z.`
        : `${what} is ${q(found)}, expected a version x.y.z.`;
    case 'out-of-range':
      return fr
        ? `${what} vaut ${q(found)}, attendu ${expected}.`
        : `${what} is ${q(found)}, expected ${expected}.`;
    case 'not-a-url':
      return fr
        ? `${what} vaut ${q(found)}, attendu une URL https://….`
        : `${what} is ${q(found)}, expected an https://… URL.`;
    case 'not-https':
      return fr
        ? `${what} vaut ${q(found)}, attendu une URL en https.`
        : `${what} is ${q(found)}, expected an https URL.`;
    case 'not-a-date':
      return fr
        ? `${what} vaut ${q(found)}, attendu une date AAAA-MM-JJ.`
        : `${what} is ${q(found)}, expected a date YYYY-MM-DD.`;
    case 'date-in-future':
      return fr
        ? `${what} vaut ${q(found)}, une date future.`
        : `${what} is ${q(found)}, a date in the future.`;
    case 'too-old':
      return fr
        ? `${what} date du ${found}, plus de ${expected} jours.`
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
