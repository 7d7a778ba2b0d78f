import { Entity } from '@backstage/catalog-model';
import { DEFAULT_CRITERIA, ENTITY_CRITERIA, evaluateEntity } from '../criteria';
import { FormVersion, formFacts, validateFormAnswers } from './answers';
import { formToMarkdown } from './markdown';
import {
  ONBOARDING_FORMS,
  PREQUALIFICATION_FORM,
  PROJECT_PLAN_FORM,
  questionsOf,
} from './forms';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'portail', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:equipe' },
};

const version = (overrides: Partial<FormVersion> = {}): FormVersion => ({
  entityRef: 'component:default/portail',
  formId: 'prequalification',
  version: 2,
  status: 'submitted',
  answers: {
    'request-type': 'new-project',
    funding: 'programme',
    sponsor: 'user:default/jeanne.martin',
    'cct-read': 'yes',
    need: 'Héberger le *portail* # usagers',
  },
  author: 'user:default/paul',
  savedAt: '2026-11-20T10:00:00.000Z',
  ...overrides,
});

const now = new Date('2026-11-27T12:00:00Z');
const stateOf = (facts: Record<string, unknown>, id: string) =>
  evaluateEntity(entity, DEFAULT_CRITERIA, { now, facts }).results.find(
    r => r.criterionId === id,
  )?.state;

describe('onboarding forms', () => {
  it('names every question once per form, and each criterion it feeds exists', () => {
    const ids = new Set(ENTITY_CRITERIA.map(c => c.id));
    for (const form of ONBOARDING_FORMS) {
      const questions = questionsOf(form);
      expect(new Set(questions.map(q => q.id)).size).toBe(questions.length);
      expect(ids.has(form.submissionFeeds)).toBe(true);
      const fed = questions.flatMap(q => (q.feeds ? [q.feeds] : []));
      expect(fed.filter(id => !ids.has(id))).toEqual([]);
      const choices = questions.filter(q => q.type === 'choice');
      expect(choices.filter(q => (q.options?.length ?? 0) < 2)).toEqual([]);
    }
  });

  it('keeps valid answers, drops blank ones and says what is wrong with the others', () => {
    expect(
      validateFormAnswers(PREQUALIFICATION_FORM, {
        funding: 'programme',
        need: '   ',
        'cct-read': 'yes',
      }),
    ).toEqual({
      answers: { funding: 'programme', 'cct-read': 'yes' },
      problems: [],
    });
    expect(
      validateFormAnswers(PREQUALIFICATION_FORM, {
        funding: 'lottery',
        'cct-read': true,
        colour: 'blue',
      }).problems,
    ).toEqual([
      "answer 'funding' must be one of project, programme, budget, experimentation",
      "answer 'cct-read' must be text",
      "'colour' is not a question of the prequalification form",
    ]);
    expect(
      validateFormAnswers(PROJECT_PLAN_FORM, {
        skills: ['kubernetes', 'cobol'],
      }).problems,
    ).toEqual([
      "answer 'skills' must be options among containers, kubernetes, gitlab-ci, gitops, helm, observability (not cobol)",
    ]);
    expect(validateFormAnswers(PROJECT_PLAN_FORM, []).problems).toEqual([
      'answers must be an object',
    ]);
  });

  it('gives facts only for a submitted version: the answers that feed criteria, when and by whom', () => {
    expect(formFacts(version())).toEqual({
      'form/prequalification/submitted-at': '2026-11-20',
      'form/prequalification/submitted-by': 'user:default/paul',
      'form/prequalification/request-type': 'new-project',
      'form/prequalification/funding': 'programme',
      'form/prequalification/sponsor': 'user:default/jeanne.martin',
      'form/prequalification/cct-read': '2026-11-20',
    });
    expect(formFacts(version({ status: 'draft' }))).toEqual({});
  });

  it('makes the step-1 criteria that fail on annotations pass on a submitted form', () => {
    for (const id of ['S1-SPONSOR', 'S1-FUNDING', 'S1-REQTYPE', 'S1-PREQUAL']) {
      expect(stateOf({}, id)).toBe('fail');
      expect(stateOf(formFacts(version()), id)).toBe('pass');
    }
    const evaluation = evaluateEntity(entity, DEFAULT_CRITERIA, {
      now,
      facts: formFacts(version()),
    });
    expect(evaluation.gates.find(g => g.step === 1)?.verdict).toBe('GO');
  });

  it('tests an answer as it tests the annotation: a malformed sponsor is invalid', () => {
    const facts = formFacts(
      version({ answers: { sponsor: 'Jeanne, the boss' } }),
    );
    expect(stateOf(facts, 'S1-SPONSOR')).toBe('invalid');
    // The declared annotation still works on its own.
    const declared = {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          'cloud-pi-native.fr/sponsor': 'jeanne@interieur.gouv.fr',
        },
      },
    };
    expect(
      evaluateEntity(declared, DEFAULT_CRITERIA, { now }).results.find(
        r => r.criterionId === 'S1-SPONSOR',
      )?.state,
    ).toBe('pass');
  });

  it('reads the project plan: skills covered, stateless, plan submitted', () => {
    const plan = version({
      formId: 'project-plan',
      answers: {
        skills: ['containers', 'kubernetes', 'gitlab-ci', 'gitops'],
        stateless: 'yes',
      },
    });
    expect(stateOf(formFacts(plan), 'S2-SKILLS')).toBe('pass');
    expect(stateOf(formFacts(plan), 'S2-PLAN')).toBe('pass');
    const partial = version({
      formId: 'project-plan',
      answers: { skills: ['containers', 'kubernetes'], stateless: 'no' },
    });
    expect(stateOf(formFacts(partial), 'S2-SKILLS')).toBe('invalid');
  });

  it('exports a version as Markdown, answers escaped, in each language', () => {
    const fr = formToMarkdown(version(), 'fr');
    expect(fr).toContain('# Préqualification (diagnostic flash)');
    expect(fr).toContain('## Cadre contractuel');
    expect(fr).toContain('**Cadre de financement**\n\nProgramme (FTAP…)');
    expect(fr).toContain('Héberger le \\*portail\\* \\# usagers');
    expect(fr).toContain(
      '- Version 2 (soumise) — Enregistrée par `user:default/paul` le 2026-11-20',
    );
    expect(fr).toContain('_Sans réponse_');
    const en = formToMarkdown(version(), 'en');
    expect(en).toContain(
      '**Have you read the documentation and the CCT?**\n\nYes',
    );
    expect(en).toContain('- Entity: `component:default/portail`');
  });
});
