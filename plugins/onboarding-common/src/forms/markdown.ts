import { Language } from '../i18n';
import { FormVersion } from './answers';
import { FormQuestion, formById } from './forms';

const WORDS = {
  fr: {
    entity: 'Entité',
    version: 'Version',
    status: { draft: 'brouillon', submitted: 'soumise' },
    savedBy: 'Enregistrée par',
    on: 'le',
    unanswered: '_Sans réponse_',
    yes: 'Oui',
    no: 'Non',
    source: 'Trame',
    colon: ' :',
  },
  en: {
    entity: 'Entity',
    version: 'Version',
    status: { draft: 'draft', submitted: 'submitted' },
    savedBy: 'Saved by',
    on: 'on',
    unanswered: '_No answer_',
    yes: 'Yes',
    no: 'No',
    source: 'Template',
    colon: ':',
  },
} as const;

/** Keeps an answer from opening Markdown structure (headings, HTML) in the exported file. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|]/g, c => `\\${c}`)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(line => line.trimEnd())
    .join('  \n');
}

function answerText(
  question: FormQuestion,
  answer: string | string[] | undefined,
  language: Language,
): string {
  const words = WORDS[language];
  if (answer === undefined || answer.length === 0) return words.unanswered;
  if (question.type === 'yes-no')
    return answer === 'yes' ? words.yes : words.no;
  const label = (value: string) =>
    question.options?.find(o => o.value === value)?.label[language] ?? value;
  if (Array.isArray(answer))
    return answer.map(v => escapeMarkdown(label(v))).join(', ');
  return escapeMarkdown(question.type === 'choice' ? label(answer) : answer);
}

/**
 * One version of a form's answers as Markdown, ready to send to the programme: a heading
 * per section, each question in bold followed by its answer.
 */
export function formToMarkdown(
  version: FormVersion,
  language: Language,
): string {
  const form = formById(version.formId);
  if (!form) throw new Error(`Unknown form '${version.formId}'`);
  const words = WORDS[language];
  const lines = [
    `# ${form.title[language]}`,
    '',
    `- ${words.entity}${words.colon} \`${version.entityRef}\``,
    `- ${words.version} ${version.version} (${
      words.status[version.status]
    }) — ${words.savedBy} \`${version.author}\` ${
      words.on
    } ${version.savedAt.slice(0, 10)}`,
    `- ${words.source}${words.colon} ${form.source}`,
    '',
  ];
  for (const section of form.sections) {
    lines.push(`## ${section.title[language]}`, '');
    for (const question of section.questions) {
      lines.push(
        `**${question.label[language]}**`,
        '',
        answerText(question, version.answers[question.id], language),
        '',
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
