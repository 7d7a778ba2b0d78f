import { FormQuestion, OnboardingForm, formById, questionsOf } from './forms';

/** An answer: text, `yes`/`no`, an option value, or several option values. */
export type FormAnswer = string | string[];

/** The answers of one form, by question id; unanswered questions are absent. */
export type FormAnswers = Record<string, FormAnswer>;

/** A draft is kept but feeds no criterion; a submitted version is evidence. */
export type FormStatus = 'draft' | 'submitted';

/** One saved version of an entity's answers to a form. Versions are never edited. */
export interface FormVersion {
  entityRef: string;
  formId: string;
  /** 1, 2, 3… per entity and form. */
  version: number;
  status: FormStatus;
  answers: FormAnswers;
  /** Who saved it: the caller's user entity ref. */
  author: string;
  /** ISO timestamp. */
  savedAt: string;
}

/** A version without its answers, for the list of versions. */
export type FormVersionSummary = Omit<FormVersion, 'answers'>;

/** Longest text answer accepted. */
export const MAX_ANSWER_LENGTH = 4000;

/** Fact source id of the form answers: criteria read `fact:form/<form>/<question>`. */
export const FORM_FACT_SOURCE = 'form';

/** The fact a question's answer is, once its form is submitted. */
export function formFactName(formId: string, questionId: string): string {
  return `${FORM_FACT_SOURCE}/${formId}/${questionId}`;
}

/** The fact holding the day (YYYY-MM-DD) the form was last submitted. */
export function formSubmittedFactName(formId: string): string {
  return formFactName(formId, 'submitted-at');
}

/** The fact holding who last submitted the form. */
export function formSubmittedByFactName(formId: string): string {
  return formFactName(formId, 'submitted-by');
}

const isText = (value: unknown): value is string => typeof value === 'string';

function answerProblem(
  question: FormQuestion,
  value: unknown,
): string | undefined {
  const options = question.options?.map(o => o.value) ?? [];
  if (question.type === 'choice' && question.multiple) {
    if (!Array.isArray(value) || !value.every(isText)) {
      return 'a list of option values';
    }
    const unknown = value.filter(v => !options.includes(v));
    return unknown.length
      ? `options among ${options.join(', ')} (not ${unknown.join(', ')})`
      : undefined;
  }
  if (!isText(value)) return 'text';
  if (value.length > MAX_ANSWER_LENGTH) {
    return `at most ${MAX_ANSWER_LENGTH} characters (got ${value.length})`;
  }
  if (question.type === 'yes-no' && value !== 'yes' && value !== 'no') {
    return "'yes' or 'no'";
  }
  if (question.type === 'choice' && !options.includes(value)) {
    return `one of ${options.join(', ')}`;
  }
  return undefined;
}

/**
 * Checks submitted answers against the form: every key a question of the form, every
 * value of the question's type. Drafts may leave anything unanswered; blank answers are
 * dropped. Returns the problems, one sentence each (empty when the answers are valid).
 */
export function validateFormAnswers(
  form: OnboardingForm,
  answers: unknown,
): { answers: FormAnswers; problems: string[] } {
  if (
    answers === null ||
    typeof answers !== 'object' ||
    Array.isArray(answers)
  ) {
    return { answers: {}, problems: ['answers must be an object'] };
  }
  const byId = new Map(questionsOf(form).map(q => [q.id, q]));
  const problems: string[] = [];
  const valid: FormAnswers = {};
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) {
      problems.push(`'${id}' is not a question of the ${form.id} form`);
      continue;
    }
    const problem = answerProblem(question, value);
    if (problem) {
      problems.push(`answer '${id}' must be ${problem}`);
      continue;
    }
    const kept = Array.isArray(value) ? value : (value as string).trim();
    if (kept.length > 0) valid[id] = kept;
  }
  return { answers: valid, problems };
}

/** The value a criterion reads for one answer (yes/no read as the annotations write them). */
function factValueOf(
  question: FormQuestion,
  answer: FormAnswer,
  submittedDay: string,
): string | undefined {
  if (Array.isArray(answer)) return answer.join(', ');
  if (question.factValue === 'submitted-date-if-yes') {
    return answer === 'yes' ? submittedDay : undefined;
  }
  if (question.type === 'yes-no') return answer === 'yes' ? 'true' : 'false';
  return answer;
}

/**
 * The facts a submitted version provides: each answer of a question that feeds a
 * criterion, when and by whom the form was submitted. A draft provides none.
 */
export function formFacts(version: FormVersion): Record<string, string> {
  const form = formById(version.formId);
  if (!form || version.status !== 'submitted') return {};
  const day = version.savedAt.slice(0, 10);
  const facts: Record<string, string> = {
    [formSubmittedFactName(form.id)]: day,
    [formSubmittedByFactName(form.id)]: version.author,
  };
  for (const question of questionsOf(form)) {
    const answer = version.answers[question.id];
    if (!question.feeds || answer === undefined) continue;
    const value = factValueOf(question, answer, day);
    if (value !== undefined) facts[formFactName(form.id, question.id)] = value;
  }
  return facts;
}
