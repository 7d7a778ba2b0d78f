import { LocalizedList, LocalizedText } from '../i18n';
import { StepNumber } from './steps';

/*
 * The journey as a guide for people (issue 14 §1–§2): its principles, what a supported
 * initiative does at each step, and the three support cases with the helper that
 * leads to one. Written from the README of cloud-pi-native/embarquement-autoformation
 * ("Structure du parcours", "Détails des conditions d'accompagnement", the steps'
 * "Initiative accompagnée" paragraphs) and its eligibilite.md.
 */

/** One working principle of the journey, as the sources state it. */
export interface JourneyPrinciple {
  id: 'chronological-order' | 'accessibility' | 'prior-learning';
  title: LocalizedText;
  text: LocalizedText;
}

/** The principles the sources give under "Explications/principes de fonctionnement". */
export const JOURNEY_PRINCIPLES: readonly JourneyPrinciple[] = [
  {
    id: 'chronological-order',
    title: {
      fr: "Respect de l'ordre chronologique",
      en: 'Chronological order',
    },
    text: {
      fr: "Le niveau de maturité requis augmente au fil des étapes d'embarquement, jusqu'à l'autonomie en production.",
      en: 'The maturity required rises from one onboarding step to the next, up to autonomy in production.',
    },
  },
  {
    id: 'accessibility',
    title: { fr: 'Accessibilité', en: 'Accessibility' },
    text: {
      fr: "Les premières étapes (comprendre l'offre, préparer un projet) ne demandent aucune connaissance théorique ou pratique préalable.",
      en: 'The first steps (understanding the offer, preparing a project) need no prior theoretical or practical knowledge.',
    },
  },
  {
    id: 'prior-learning',
    title: {
      fr: 'Reconnaissance des acquis',
      en: 'Recognition of prior learning',
    },
    text: {
      fr: 'Plutôt que des formations par métier, dont les intitulés ne correspondent pas toujours aux missions exercées sur le terrain, les ressources sont classées par grands périmètres de responsabilité.',
      en: 'Rather than training by job title, as titles do not always match the work actually done, resources are sorted by broad perimeters of responsibility.',
    },
  },
];

/**
 * What a supported initiative does at each step. Steps 1–3 quote the README's
 * "Initiative accompagnée" paragraphs; steps 4–5 have none there, so they state the
 * follow-up meetings eligibilite.md grants to case 1.
 */
export const STEP_SUPPORT: Readonly<Record<StepNumber, LocalizedList>> = {
  1: {
    fr: [
      'Projet porté par une organisation rattachée à un ministère : écrire au programme Cloud Pi Native en décrivant la démarche (avec la trame de préqualification) pour fixer un rendez-vous de préqualification du besoin d’accompagnement.',
      'Expérimentation portée par un acteur externe : de même, si l’initiative est partenariale, d’intérêt général ou vise à améliorer le socle de l’offre au bénéfice de la communauté des utilisateurs.',
    ],
    en: [
      'Project carried by an organisation attached to a ministry: write to the Cloud Pi Native programme describing the initiative (with the prequalification template) to book a meeting that prequalifies the need for support.',
      'Experimentation carried by an external actor: the same, if the initiative is a partnership, of general interest, or aims to improve the offer’s base for the community of users.',
    ],
  },
  2: {
    fr: [
      'Projet porté par une organisation rattachée à un ministère : s’appuyer sur le modèle de plan projet pour préparer l’entretien de qualification technique.',
    ],
    en: [
      'Project carried by an organisation attached to a ministry: use the project plan template to prepare the technical qualification interview.',
    ],
  },
  3: {
    fr: [
      'Projet porté par une organisation rattachée à un ministère sur le Cloud Pi : entretien avec l’équipe d’accompagnement technique pour qualifier le projet et poser une feuille de route d’accompagnement.',
    ],
    en: [
      'Project carried by an organisation attached to a ministry on the Cloud Pi: interview with the technical support team to qualify the project and set a support roadmap.',
    ],
  },
  4: {
    fr: [
      'Projet de développement ou de migration sur le Cloud Pi (cas 1) : rendez-vous d’aide et de conseil de l’équipe d’accompagnement pour le suivi du projet.',
    ],
    en: [
      'Development or migration project on the Cloud Pi (case 1): help and advice meetings with the support team to follow the project up.',
    ],
  },
  5: {
    fr: [
      'Projet de développement ou de migration sur le Cloud Pi (cas 1) : rendez-vous d’aide et de conseil de l’équipe d’accompagnement pour le suivi du projet.',
    ],
    en: [
      'Development or migration project on the Cloud Pi (case 1): help and advice meetings with the support team to follow the project up.',
    ],
  },
};

/** The programme's contact address, as the sources give it for every support case. */
export const PROGRAMME_CONTACT_EMAIL =
  'cloudpinative-relations@interieur.gouv.fr';

/** The three support cases of the sources. */
export type SupportCaseNumber = 1 | 2 | 3;

/** Every support case, in the sources' order. */
export const SUPPORT_CASE_NUMBERS: readonly SupportCaseNumber[] = [1, 2, 3];

/** Tells whether a value (e.g. a URL segment) names a support case. */
export function isSupportCaseNumber(
  value: unknown,
): value is SupportCaseNumber {
  return value === 1 || value === 2 || value === 3;
}

/** One support case: who it is for, the support it gets, and what to do next. */
export interface SupportCase {
  number: SupportCaseNumber;
  title: LocalizedText;
  /** What the case means for the initiative: the support the programme offers, and on what conditions. */
  meaning: LocalizedText;
  /** What to do next. */
  nextAction: LocalizedText;
}

export const SUPPORT_CASES: readonly SupportCase[] = [
  {
    number: 1,
    title: {
      fr: 'Développement ou migration sur le Cloud Pi, porté par une organisation ministérielle',
      en: 'Development or migration on the Cloud Pi, carried by a ministry organisation',
    },
    meaning: {
      fr: "Le programme Cloud Pi Native propose un accompagnement technique au lancement du projet, à condition de disposer du soutien d'un sponsor (un responsable hiérarchique qui se porte garant du projet) et d'avoir validé les prérequis nécessaires à sa réussite.",
      en: 'The Cloud Pi Native programme offers technical support when the project is launched, provided a sponsor (a line manager who vouches for the project) backs it and the prerequisites for its success are met.',
    },
    nextAction: {
      fr: 'Écrivez au programme en décrivant votre démarche avec la trame de préqualification, pour programmer un rendez-vous de préqualification ; suivez le parcours à partir de l’étape 1.',
      en: 'Write to the programme describing your initiative with the prequalification template, to book a prequalification meeting; follow the journey from step 1.',
    },
  },
  {
    number: 2,
    title: {
      fr: "Expérimentation de l'offre, portée par une organisation ministérielle",
      en: 'Experimentation of the offer, carried by a ministry organisation',
    },
    meaning: {
      fr: "Un entretien de préqualification détermine si un accompagnement technique peut être proposé. Cela dépend de l'intérêt des résultats de l'expérimentation pour l'ensemble de la communauté des utilisateurs et de la soutenabilité de l'effort d'accompagnement pour le programme.",
      en: "A prequalification interview decides whether technical support can be offered. That depends on how useful the experimentation's results are to the whole community of users, and on whether the programme can sustain the support effort.",
    },
    nextAction: {
      fr: "Écrivez au programme pour demander un entretien de préqualification, en décrivant l'expérimentation avec la trame de préqualification.",
      en: 'Write to the programme to ask for a prequalification interview, describing the experimentation with the prequalification template.',
    },
  },
  {
    number: 3,
    title: {
      fr: 'Expérimentation par un acteur externe (hors ministère ou hors secteur public)',
      en: 'Experimentation by an external actor (outside the ministries or the public sector)',
    },
    meaning: {
      fr: "Ces démarches ne peuvent pas faire l'objet d'un accompagnement technique par le programme. Les ressources sont consultables en autonomie : vous pouvez prendre connaissance des éléments mis à disposition (console, socle technique, cadre de cohérence technique), les expérimenter ou y contribuer.",
      en: 'These initiatives cannot receive technical support from the programme. The resources are open for self-service: you may read, experiment with or contribute to what is published (console, technical base, technical coherence framework).',
    },
    nextAction: {
      fr: "Suivez le parcours en autonomie. Si votre initiative est partenariale, d'intérêt général ou améliore le socle au bénéfice de la communauté, faites-en part au programme : seules les démarches à but non lucratif sont examinées, aucune sollicitation commerciale ne reçoit de réponse.",
      en: 'Follow the journey on your own. If your initiative is a partnership, of general interest or improves the base for the community, tell the programme: only non-profit initiatives are examined, and no commercial request gets an answer.',
    },
  },
];

/** The support case with this number. */
export function getSupportCase(number: SupportCaseNumber): SupportCase {
  return SUPPORT_CASES[number - 1];
}

/** The helper's answers; a question not answered yet is absent. */
export interface SupportAnswers {
  /** Who carries the initiative. */
  organisation?: 'ministry' | 'external';
  /** What the initiative does with the offer. */
  purpose?: 'cloud-pi' | 'experimentation';
  /** Whether a sponsor backs it. */
  sponsor?: 'yes' | 'no';
}

/** One question of the support helper, with its answers in the order shown. */
export interface SupportQuestion<
  K extends keyof SupportAnswers = keyof SupportAnswers,
> {
  id: K;
  label: LocalizedText;
  options: ReadonlyArray<{
    value: NonNullable<SupportAnswers[K]>;
    label: LocalizedText;
  }>;
}

export const SUPPORT_QUESTIONS: readonly SupportQuestion[] = [
  {
    id: 'organisation',
    label: {
      fr: "Qui porte l'initiative ?",
      en: 'Who carries the initiative?',
    },
    options: [
      {
        value: 'ministry',
        label: {
          fr: 'Une organisation rattachée à un ministère',
          en: 'An organisation attached to a ministry',
        },
      },
      {
        value: 'external',
        label: {
          fr: 'Un acteur externe : hors ministère ou hors secteur public',
          en: 'An external actor: outside the ministries or the public sector',
        },
      },
    ],
  },
  {
    id: 'purpose',
    label: {
      fr: "Que fait l'initiative avec l'offre ?",
      en: 'What does the initiative do with the offer?',
    },
    options: [
      {
        value: 'cloud-pi',
        label: {
          fr: 'Un développement ou une migration, déployé en tout ou partie sur le Cloud Pi souverain',
          en: 'A development or a migration, deployed wholly or partly on the sovereign Cloud Pi',
        },
      },
      {
        value: 'experimentation',
        label: {
          fr: "Une expérimentation des composants de l'offre",
          en: "An experimentation of the offer's components",
        },
      },
    ],
  },
  {
    id: 'sponsor',
    label: {
      fr: "Un sponsor (un responsable hiérarchique qui se porte garant du projet) soutient-il l'initiative ?",
      en: 'Does a sponsor (a line manager who vouches for the project) back the initiative?',
    },
    options: [
      { value: 'yes', label: { fr: 'Oui', en: 'Yes' } },
      { value: 'no', label: { fr: 'Pas encore', en: 'Not yet' } },
    ],
  },
];

/** The helper's conclusion: the case, and the next actions in order. */
export interface SupportAdvice {
  supportCase: SupportCase;
  nextActions: LocalizedText[];
}

/** Said to a ministry initiative without a sponsor: the sources make one a condition of support. */
const FIND_A_SPONSOR: LocalizedText = {
  fr: "Trouvez d'abord un sponsor : appuyez-vous sur la trame de préqualification (étape 1) pour construire votre argumentaire.",
  en: 'First find a sponsor: build your case with the prequalification template (step 1).',
};

/**
 * The support case the answers lead to, with what to do next; undefined until every
 * question is answered. The organisation decides case 3; for a ministry, the purpose
 * tells case 1 from case 2; the sponsor decides whether finding one comes first.
 */
export function adviseSupport(
  answers: SupportAnswers,
): SupportAdvice | undefined {
  const { organisation, purpose, sponsor } = answers;
  if (!organisation || !purpose || !sponsor) return undefined;
  let number: SupportCaseNumber = 3;
  if (organisation === 'ministry') number = purpose === 'cloud-pi' ? 1 : 2;
  const supportCase = getSupportCase(number);
  const needsSponsor = organisation === 'ministry' && sponsor === 'no';
  return {
    supportCase,
    nextActions: needsSponsor
      ? [FIND_A_SPONSOR, supportCase.nextAction]
      : [supportCase.nextAction],
  };
}

/**
 * The support case an entity's eligibility annotation declares. The annotation counts
 * eligibilite.md's four rows (1 ministry on the Cloud Pi, 2 ministry elsewhere, 3 external
 * partnership, 4 external for its own ends); the README groups both external rows
 * into its case 3, which is what the guide explains.
 */
export function supportCaseOfEligibility(
  value: string | undefined,
): SupportCaseNumber | undefined {
  switch (value?.trim()) {
    case '1':
      return 1;
    case '2':
      return 2;
    case '3':
    case '4':
      return 3;
    default:
      return undefined;
  }
}
