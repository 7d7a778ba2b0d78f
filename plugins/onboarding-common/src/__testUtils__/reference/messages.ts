// The evaluator as it was before rules were compiled (commit d2fe9ab), kept verbatim as an
// independent oracle for the equivalence property tests. Not used by the package itself.
// Since issue 11 its French agrees with the fact's noun, told here by the article.
import { Language } from '../../i18n';
import { parseFactName } from './facts';
import { RuleFinding } from '../../rules/types';

/** Names a fact for people: `annotation:x` → “the annotation x”. */
function factLabel(fact: string | undefined, language: Language): string {
  const parsed = fact ? parseFactName(fact) : undefined;
  if (!parsed) return language === 'fr' ? 'la donnée' : 'the value';
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
  return labels[source][language];
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
  const plural = /^les /.test(what);
  const feminine = /^(la |l'annotation )/.test(what);
  let set = feminine ? 'renseignée' : 'renseigné';
  if (plural) set = 'renseignés';
  const isNot = plural ? 'ne sont pas' : "n'est pas";
  const holds = plural ? 'valent' : 'vaut';
  switch (finding.code) {
    case 'missing':
      return fr
        ? `Absent : ${what} ${isNot} ${set}.`
        : `Missing: ${what} is not set.`;
    case 'present':
      return fr
        ? `${what} ne ${
            plural ? 'devraient' : 'devrait'
          } pas être ${set} (trouvé ${q(found)}).`
        : `${what} should not be set (found ${q(found)}).`;
    case 'not-equal':
      return fr
        ? `${what} ${holds} ${q(found)}, attendu ${q(expected)}.`
        : `${what} is ${q(found)}, expected ${q(expected)}.`;
    case 'not-one-of':
      return fr
        ? `${what} ${holds} ${q(
            found,
          )}, attendu l'une des valeurs : ${expected}.`
        : `${what} is ${q(found)}, expected one of: ${expected}.`;
    case 'no-match':
      return fr
        ? `${what} ${holds} ${q(
            found,
          )}, qui ne respecte pas le format attendu (${expected}).`
        : `${what} is ${q(
            found,
          )}, which does not have the expected format (${expected}).`;
    case 'not-text':
      return fr
        ? `${what} ${isNot} un texte (trouvé ${q(found)}).`
        : `${what} is not text (found ${q(found)}).`;
    case 'not-a-number':
      return fr
        ? `${what} ${holds} ${q(found)}, attendu un nombre.`
        : `${what} is ${q(found)}, expected a number.`;
    case 'not-semver':
      return fr
        ? `${what} ${holds} ${q(found)}, attendu une version x.y.z.`
        : `${what} is ${q(found)}, expected a version x.y.z.`;
    case 'out-of-range':
      return fr
        ? `${what} ${holds} ${q(found)}, attendu ${expected}.`
        : `${what} is ${q(found)}, expected ${expected}.`;
    case 'not-a-url':
      return fr
        ? `${what} ${holds} ${q(found)}, attendu une URL https://….`
        : `${what} is ${q(found)}, expected an https://… URL.`;
    case 'not-https':
      return fr
        ? `${what} ${holds} ${q(found)}, attendu une URL en https.`
        : `${what} is ${q(found)}, expected an https URL.`;
    case 'not-a-date':
      return fr
        ? `${what} ${holds} ${q(found)}, attendu une date AAAA-MM-JJ.`
        : `${what} is ${q(found)}, expected a date YYYY-MM-DD.`;
    case 'date-in-future':
      return fr
        ? `${what} ${holds} ${q(found)}, une date future.`
        : `${what} is ${q(found)}, a date in the future.`;
    case 'too-old':
      return fr
        ? `${what} ${
            plural ? 'datent' : 'date'
          } du ${found}, plus de ${expected} jours.`
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
