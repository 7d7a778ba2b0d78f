import { LocalizedText } from '../i18n';
import { StepNumber } from '../journey';

/**
 * How a question is answered: free text, yes/no, one (or, with `multiple`, several) of
 * fixed options, or a person (a catalog user reference or an e-mail address).
 */
export type QuestionType = 'text' | 'yes-no' | 'choice' | 'person';

/** One option of a `choice` question; `value` is what the criteria read. */
export interface QuestionOption {
  value: string;
  label: LocalizedText;
}

/** One question of a form. */
export interface FormQuestion {
  /** Stable id (lower-case letters, digits, dashes): names the answer and its fact. */
  id: string;
  type: QuestionType;
  label: LocalizedText;
  help?: LocalizedText;
  /** For `choice`. */
  options?: readonly QuestionOption[];
  /** For `choice`: several options may be chosen (the fact is them, comma-separated). */
  multiple?: boolean;
  /** The criterion this answer is evidence for, once the form is submitted. */
  feeds?: string;
  /**
   * What the criterion reads: the answer itself (default), or for a yes-no question the
   * submission date when the answer is yes (a date rule, e.g. "the CCT was read").
   */
  factValue?: 'answer' | 'submitted-date-if-yes';
}

/** A titled group of questions (one step of the form's stepper). */
export interface FormSection {
  id: string;
  title: LocalizedText;
  questions: readonly FormQuestion[];
}

/** The forms of the journey. */
export type FormId = 'prequalification' | 'project-plan';

/** A question list of the journey, answered in the portal. */
export interface OnboardingForm {
  id: FormId;
  /** The step whose gate the form's answers are evidence for. */
  step: StepNumber;
  title: LocalizedText;
  description: LocalizedText;
  /** Where the question list comes from in the public sources. */
  source: string;
  /** The criterion that the submitted form as a whole satisfies (its submission date is the fact). */
  submissionFeeds: string;
  sections: readonly FormSection[];
}

const YES_NO = 'yes-no' as const;
const t = (fr: string, en: string): LocalizedText => ({ fr, en });
const option = (value: string, fr: string, en: string): QuestionOption => ({
  value,
  label: t(fr, en),
});

/** Step 1: the "diagnostic flash" prequalification. */
export const PREQUALIFICATION_FORM: OnboardingForm = {
  id: 'prequalification',
  step: 1,
  title: t(
    'Préqualification (diagnostic flash)',
    'Prequalification (quick diagnosis)',
  ),
  description: t(
    "Établit que l'offre Cloud Pi Native répond au besoin : contexte, cadre contractuel, compréhension de l'offre.",
    'Establishes that the Cloud Pi Native offer fits the need: context, contractual frame, understanding of the offer.',
  ),
  source:
    'cloud-pi-native/embarquement-autoformation:diagnostic-prequalification.md@72f0aeb',
  submissionFeeds: 'S1-PREQUAL',
  sections: [
    {
      id: 'context',
      title: t('Contexte', 'Context'),
      questions: [
        {
          id: 'organisation',
          type: 'text',
          label: t(
            'Organisation et application concernées',
            'Organisation and application concerned',
          ),
        },
        {
          id: 'request-type',
          type: 'choice',
          label: t('Type de projet', 'Type of project'),
          options: [
            option('new-project', 'Nouveau projet', 'New project'),
            option(
              'move2cloud',
              'Migration (move2cloud)',
              'Migration (move2cloud)',
            ),
            option('experimentation', 'Expérimentation', 'Experimentation'),
            option(
              'devsecops-chain',
              'Chaîne DevSecOps seule',
              'DevSecOps chain only',
            ),
          ],
          feeds: 'S1-REQTYPE',
        },
        {
          id: 'need',
          type: 'text',
          label: t('Besoin actuel', 'Current need'),
        },
      ],
    },
    {
      id: 'contract',
      title: t('Cadre contractuel', 'Contractual frame'),
      questions: [
        {
          id: 'funding',
          type: 'choice',
          label: t('Cadre de financement', 'Funding framework'),
          help: t(
            'Financement existant ou source identifiée (FTAP…).',
            'Existing funding or an identified source (FTAP…).',
          ),
          options: [
            option('project', 'Budget du projet', 'Project budget'),
            option('programme', 'Programme (FTAP…)', 'Programme (FTAP…)'),
            option('budget', 'Budget de la direction', "Directorate's budget"),
            option('experimentation', 'Expérimentation', 'Experimentation'),
          ],
          feeds: 'S1-FUNDING',
        },
        {
          id: 'sponsor',
          type: 'person',
          label: t(
            'Sponsor ou décideur informé',
            'Sponsor or decision maker informed',
          ),
          help: t(
            'Référence utilisateur du catalogue (user:default/prenom.nom) ou adresse e-mail.',
            'Catalog user reference (user:default/first.last) or e-mail address.',
          ),
          feeds: 'S1-SPONSOR',
        },
        {
          id: 'dedicated-team',
          type: YES_NO,
          label: t(
            'Une équipe et des moyens sont-ils dédiés ?',
            'Are a team and resources dedicated?',
          ),
        },
      ],
    },
    {
      id: 'offer',
      title: t("Compréhension de l'offre", 'Understanding of the offer'),
      questions: [
        {
          id: 'offer-discovery',
          type: 'text',
          label: t(
            "Comment avez-vous connu l'offre et qu'en comprenez-vous ?",
            'How did you learn about the offer and what do you understand of it?',
          ),
        },
        {
          id: 'cct-read',
          type: YES_NO,
          label: t(
            'Avez-vous lu la documentation et le CCT ?',
            'Have you read the documentation and the CCT?',
          ),
          feeds: 'S2-CCT-READ',
          factValue: 'submitted-date-if-yes',
        },
        {
          id: 'contacts',
          type: 'text',
          label: t(
            'Contacts et responsabilités (facultatif)',
            'Contacts and responsibilities (optional)',
          ),
        },
      ],
    },
  ],
};

/** Step 2: the project plan (qualification template). */
export const PROJECT_PLAN_FORM: OnboardingForm = {
  id: 'project-plan',
  step: 2,
  title: t('Plan projet', 'Project plan'),
  description: t(
    "Prépare l'entretien de qualification technique : contexte métier, équipe, technique, fonctionnement.",
    'Prepares the technical qualification interview: business context, team, technology, operations.',
  ),
  source:
    'cloud-pi-native/embarquement-autoformation:modele-plan-projet.md@41547d5',
  submissionFeeds: 'S2-PLAN',
  sections: [
    {
      id: 'business',
      title: t('Contexte métier', 'Business context'),
      questions: [
        {
          id: 'missions',
          type: 'text',
          label: t(
            "Missions, cas d'usage et criticité",
            'Missions, use cases and criticality',
          ),
        },
        {
          id: 'calendar-compatible',
          type: YES_NO,
          label: t(
            'Le parcours est-il compatible avec votre calendrier ?',
            'Is the journey compatible with your calendar?',
          ),
        },
      ],
    },
    {
      id: 'team',
      title: t('Équipe', 'Team'),
      questions: [
        {
          id: 'roles-clear',
          type: YES_NO,
          label: t(
            'Modèle de responsabilité, rôles et processus sont-ils clairs ?',
            'Are the responsibility model, roles and processes clear?',
          ),
        },
        {
          id: 'skills',
          type: 'choice',
          multiple: true,
          label: t(
            "Compétences présentes dans l'équipe",
            'Skills present in the team',
          ),
          options: [
            option('containers', 'Conteneurs', 'Containers'),
            option('kubernetes', 'Kubernetes', 'Kubernetes'),
            option('gitlab-ci', 'GitLab CI', 'GitLab CI'),
            option('gitops', 'GitOps (Argo CD)', 'GitOps (Argo CD)'),
            option('helm', 'Helm', 'Helm'),
            option('observability', 'Observabilité', 'Observability'),
          ],
          feeds: 'S2-SKILLS',
        },
        {
          id: 'training-needs',
          type: 'text',
          label: t('Besoins de formation', 'Training needs'),
        },
      ],
    },
    {
      id: 'technical',
      title: t('Technique', 'Technical'),
      questions: [
        {
          id: 'homologation',
          type: 'text',
          label: t(
            'Homologation et audits existants',
            'Existing security accreditation and audits',
          ),
        },
        {
          id: 'sizing',
          type: 'text',
          label: t(
            'Estimation CPU, mémoire et stockage',
            'CPU, memory and storage estimate',
          ),
          feeds: 'S2-SIZING',
        },
        {
          id: 'architecture-doc',
          type: 'text',
          label: t(
            "Lien (https) du dossier d'architecture actuelle et cible",
            'Link (https) to the current and target architecture document',
          ),
          feeds: 'S2-ARCHDOC',
        },
        {
          id: 'stateless',
          type: YES_NO,
          label: t(
            "L'application est-elle sans état ?",
            'Is the application stateless?',
          ),
          feeds: 'S2-STATELESS',
        },
      ],
    },
    {
      id: 'operations',
      title: t('Fonctionnement', 'Operations'),
      questions: [
        {
          id: 'chain-understood',
          type: YES_NO,
          label: t(
            'La chaîne primaire/secondaire est-elle comprise et compatible avec vos standards ?',
            "Is the primary/secondary chain understood and compatible with the team's standards?",
          ),
        },
        {
          id: 'milestones',
          type: 'text',
          label: t('Jalons', 'Milestones'),
        },
        {
          id: 'contributions',
          type: 'text',
          label: t(
            "Domaines où l'équipe pourrait contribuer",
            'Areas where the team could contribute',
          ),
        },
      ],
    },
  ],
};

/** Every form of the journey, by step. */
export const ONBOARDING_FORMS: readonly OnboardingForm[] = [
  PREQUALIFICATION_FORM,
  PROJECT_PLAN_FORM,
];

/** The form with this id, or undefined. */
export function formById(id: string): OnboardingForm | undefined {
  return ONBOARDING_FORMS.find(form => form.id === id);
}

/** Every question of a form, in order. */
export function questionsOf(form: OnboardingForm): FormQuestion[] {
  return form.sections.flatMap(section => section.questions);
}
