import { Criterion } from '../criteria/types';
import { Rule } from '../rules';
import { formFactName, formSubmittedFactName } from './answers';
import { ONBOARDING_FORMS, questionsOf } from './forms';

/** The same tests, on `fact` instead of whatever facts the rule reads. */
function onFact(rule: Rule, fact: string): Rule {
  if ('all' in rule) return { all: rule.all.map(r => onFact(r, fact)) };
  if ('any' in rule) return { any: rule.any.map(r => onFact(r, fact)) };
  if ('not' in rule) return { not: onFact(rule.not, fact) };
  return { ...rule, fact };
}

/** How a form answers a criterion: by being submitted, or by one question's answer. */
type FormEvidence = { submitted: string } | { answer: string };

function formEvidence(): Map<string, FormEvidence> {
  const evidence = new Map<string, FormEvidence>();
  for (const form of ONBOARDING_FORMS) {
    evidence.set(form.submissionFeeds, {
      submitted: `fact:${formSubmittedFactName(form.id)}`,
    });
    for (const question of questionsOf(form)) {
      if (question.feeds) {
        evidence.set(question.feeds, {
          answer: `fact:${formFactName(form.id, question.id)}`,
        });
      }
    }
  }
  return evidence;
}

/**
 * The criteria, each one a submitted form answers also met by that answer: the declared
 * annotation still works, the form is the other way (`any`). A question's answer is
 * tested as the annotation is (the same test on its own fact); a form that answers a
 * criterion as a whole (the prequalification is done) by its submission date.
 */
export function withFormEvidence(criteria: readonly Criterion[]): Criterion[] {
  const evidence = formEvidence();
  return criteria.map(criterion => {
    const form = evidence.get(criterion.id);
    if (!form) return criterion;
    const fromForm: Rule =
      'submitted' in form
        ? { fact: form.submitted, isoDate: {} }
        : onFact(criterion.rule, form.answer);
    return { ...criterion, rule: { any: [criterion.rule, fromForm] } };
  });
}
