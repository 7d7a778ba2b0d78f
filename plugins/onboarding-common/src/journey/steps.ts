import { LocalizedList, LocalizedText } from '../i18n';

/** A step number of the Cloud Pi Native onboarding journey. */
export type StepNumber = 1 | 2 | 3 | 4 | 5;

/** Every step number, in journey order. */
export const STEP_NUMBERS: readonly StepNumber[] = [1, 2, 3, 4, 5];

/**
 * One step of the onboarding journey, from learning about the offer (1) to
 * running in production autonomously at the state of the art (5).
 */
export interface Step {
  number: StepNumber;
  title: LocalizedText;
  objective: LocalizedText;
  /** The maturity a team has reached when it works at this step. */
  maturity: LocalizedText;
  keyActions: LocalizedList;
  /** What the team produces at this step; null where the sources name none. */
  deliverable: LocalizedText | null;
  /** The go/no-go statement that closes the step; null where the sources give none. */
  gate: LocalizedText | null;
  /** Why `gate` (or `deliverable`) is null, so the absence is stated rather than hidden. */
  gapNote?: LocalizedText;
  /** Page of the Cloud Pi Native documentation that helps most at this step, relative to the docs site. */
  docsPath: string;
}

/** Tells whether a value is a step number of the journey. */
export function isStepNumber(value: unknown): value is StepNumber {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= 5
  );
}

/**
 * The five steps, written from the programme's self-training journey
 * (embarquement-autoformation) and the go/no-go statements of its README history.
 */
export const STEPS: readonly Step[] = [
  {
    number: 1,
    title: {
      fr: "Qualifier son besoin, argumenter l'opportunité du Cloud Native",
      en: 'Qualify the need and make the case for cloud native',
    },
    objective: {
      fr: "Vous avez entendu parler de l'offre Cloud Pi Native et voulez juger de son adéquation avec votre besoin, ou l'argumenter.",
      en: 'You have heard of the Cloud Pi Native offer and want to judge whether it fits your need, or argue that it does.',
    },
    maturity: { fr: 'Sensibilisée aux enjeux', en: 'Aware of the stakes' },
    keyActions: {
      fr: [
        "Lire la page de présentation de l'offre et le support de sensibilisation aux enjeux",
        'Analyser son besoin avec la trame de préqualification : contexte, financement, sponsor, cadre',
        "S'assurer que la démarche est comprise et soutenue par un sponsor",
        'Initiative accompagnée : écrire au programme pour fixer un rendez-vous de préqualification',
      ],
      en: [
        'Read the offer presentation page and the awareness material',
        'Analyse the need with the prequalification template: context, funding, sponsor, framework',
        'Make sure a sponsor understands and supports the initiative',
        'Supported initiative: write to the programme to book a prequalification meeting',
      ],
    },
    deliverable: {
      fr: 'Diagnostic flash (préqualification)',
      en: 'Quick diagnosis (prequalification)',
    },
    gate: {
      fr: "L'offre de service est pertinente pour le besoin exprimé.",
      en: 'The service offer is relevant to the stated need.',
    },
    docsPath: '/agreement/introduction',
  },
  {
    number: 2,
    title: {
      fr: 'Préparer son projet cloud native, structurer son plan projet',
      en: 'Prepare the cloud-native project and structure its plan',
    },
    objective: {
      fr: "L'intérêt de l'offre pour votre besoin est établi : il s'agit maintenant de savoir à quoi engage sa consommation et de s'y préparer.",
      en: 'The offer is known to fit your need: now learn what using it commits you to, and get ready.',
    },
    maturity: {
      fr: 'Acculturée aux concepts',
      en: 'Familiar with the concepts',
    },
    keyActions: {
      fr: [
        "Consulter les ressources d'autoformation de l'étape 2 et le cadre de cohérence technique (CCT) Cloud Native",
        'Rédiger le plan projet avec la trame de qualification : prérequis organisationnels (compétences, rôles, modèle de responsabilités) et techniques (complexité, technologies), compréhension du cadre de normes, besoins de formation',
        "S'appuyer sur ce plan pour les demandes de ressources d'infrastructure et de services",
        "Initiative accompagnée : préparer l'entretien de qualification technique avec ce plan",
      ],
      en: [
        'Go through the step 2 self-training resources and the Cloud Native technical coherence framework (CCT)',
        'Write the project plan with the qualification template: organisational prerequisites (skills, roles, responsibility model) and technical ones (complexity, technologies), understanding of the norms, training needs',
        'Base infrastructure and service requests on that plan',
        'Supported initiative: prepare the technical qualification interview with that plan',
      ],
    },
    deliverable: {
      fr: 'Plan projet (qualification)',
      en: 'Project plan (qualification)',
    },
    gate: {
      fr: "Le projet et l'équipe sont suffisamment prêts pour programmer un entretien avec les équipes d'accompagnement technique.",
      en: 'The project and the team are ready enough to book an interview with the technical support teams.',
    },
    docsPath: '/platform/compatibility',
  },
  {
    number: 3,
    title: {
      fr: 'Lancer un MVP dans un environnement de développement cloud native, expérimenter',
      en: 'Launch an MVP in a cloud-native development environment and experiment',
    },
    objective: {
      fr: "Le plan projet est prêt : vous utilisez l'offre pour lancer votre projet dans un environnement de développement.",
      en: 'The project plan is ready: you use the offer to launch your project in a development environment.',
    },
    maturity: {
      fr: 'Prise en main, découverte',
      en: 'Getting started, discovery',
    },
    keyActions: {
      fr: [
        "Consulter les ressources de formation de l'étape 3",
        "S'exercer avec la documentation de l'offre : un « Hello world », puis un MVP",
        "Initiative accompagnée : entretien avec l'équipe d'accompagnement technique pour qualifier le projet et poser une feuille de route",
      ],
      en: [
        'Go through the step 3 training resources',
        "Practise with the offer's documentation: a “Hello world”, then an MVP",
        'Supported initiative: meet the technical support team to qualify the project and set a support roadmap',
      ],
    },
    deliverable: {
      fr: "MVP dans l'environnement bac à sable (console + SecNumCloud)",
      en: 'MVP in the sandbox environment (console + SecNumCloud)',
    },
    gate: {
      fr: 'Les tests réalisés sur une version suffisamment représentative du produit attestent que le cadre de normes est respecté.',
      en: 'Tests run on a sufficiently representative version of the product show that the norms framework is respected.',
    },
    docsPath: '/guide/get-started',
  },
  {
    number: 4,
    title: {
      fr: 'Passer en production sur le Cloud Pi souverain',
      en: 'Go to production on the sovereign Cloud Pi',
    },
    objective: {
      fr: "L'équipe construit son projet et le déploie sur le Cloud Pi souverain, dans le respect du cadre de normes (découverte et mise en place de la chaîne secondaire).",
      en: 'The team builds its project and deploys it on the sovereign Cloud Pi within the norms framework (discovering and setting up the secondary chain).',
    },
    maturity: { fr: 'Expérimentée, conformité', en: 'Experienced, compliance' },
    keyActions: {
      fr: [
        "Faire une demande d'hébergement sur le Cloud Pi",
        "Provisionner ses ressources, accéder à l'usine logicielle et déployer sur le Cloud Pi",
        "Déployer son produit (code d'infrastructure et code applicatif) en production",
      ],
      en: [
        'File a hosting request for the Cloud Pi',
        'Provision resources, get access to the software factory and deploy on the Cloud Pi',
        'Deploy the product (infrastructure and application code) to production',
      ],
    },
    deliverable: {
      fr: "Produit numérique dans l'environnement de production",
      en: 'Digital product in the production environment',
    },
    gate: {
      fr: "Les métriques d'observabilité et les rapports sur le produit attestent de sa conformité aux standards de qualité et de sécurité.",
      en: "The product's observability metrics and reports show that it meets the quality and security standards.",
    },
    docsPath: '/guide/deployment-with-argo',
  },
  {
    number: 5,
    title: {
      fr: 'Atteindre les meilleurs standards, évoluer en production',
      en: 'Reach the best standards and evolve in production',
    },
    objective: {
      fr: "L'équipe construit, opère et fait évoluer ses produits en autonomie ; ils sont conformes aux meilleurs standards de qualité et de sécurité, et les bonnes pratiques sont suivies dans la durée.",
      en: 'The team builds, runs and evolves its products autonomously; they meet the best quality and security standards, and good practices are monitored over time.',
    },
    maturity: { fr: 'Avancée, performance', en: 'Advanced, performance' },
    keyActions: {
      fr: [
        'Mettre en place les bonnes pratiques et les moyens de les suivre',
        'Assurer la continuité de service et des bonnes pratiques lors des évolutions du produit',
      ],
      en: [
        'Put good practices in place, with the means to monitor them',
        'Keep the service and the good practices going as the product changes',
      ],
    },
    deliverable: null,
    gate: null,
    gapNote: {
      fr: "Les sources du parcours ne donnent ni livrable ni critère go/no-go pour l'étape 5 : c'est la dernière étape, celle de l'autonomie, qui s'entretient au lieu de se franchir.",
      en: 'The journey sources give no deliverable and no go/no-go statement for step 5: it is the last step, autonomy, which is kept up rather than passed.',
    },
    docsPath: '/guide/best-practices',
  },
];

/** The step with this number. */
export function getStep(number: StepNumber): Step {
  return STEPS[number - 1];
}
