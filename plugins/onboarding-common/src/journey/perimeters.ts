import { LocalizedText } from '../i18n';

/** The three responsibility perimeters the journey sorts its resources by. */
export const PERIMETER_IDS = [
  'technical',
  'project-management',
  'governance',
] as const;

/** A responsibility perimeter: who a resource is written for. */
export type PerimeterId = (typeof PERIMETER_IDS)[number];

/** A responsibility perimeter, with its label and who it covers. */
export interface Perimeter {
  id: PerimeterId;
  label: LocalizedText;
  /** What the people in this perimeter are responsible for. */
  responsibility: LocalizedText;
  /** Typical roles, as examples. */
  examples: LocalizedText;
}

/** Tells whether a value names a perimeter. */
export function isPerimeterId(value: unknown): value is PerimeterId {
  return (
    typeof value === 'string' &&
    (PERIMETER_IDS as readonly string[]).includes(value)
  );
}

export const PERIMETERS: readonly Perimeter[] = [
  {
    id: 'technical',
    label: { fr: 'Technique', en: 'Technical' },
    responsibility: {
      fr: "Les équipes techniques qui utilisent l'offre pour construire, opérer et gérer les produits numériques tout au long de leur cycle de vie ; elles répondent de la qualité des produits et de la fiabilité des services et des systèmes.",
      en: 'Technical teams that use the offer to build, run and manage digital products over their whole life cycle; they answer for product quality and for the reliability of services and systems.',
    },
    examples: {
      fr: 'Développeurs, opérateurs, DevOps, SRE, architectes solution',
      en: 'Developers, operators, DevOps engineers, SREs, solution architects',
    },
  },
  {
    id: 'project-management',
    label: { fr: 'Pilotage MOE', en: 'Project management (MOE)' },
    responsibility: {
      fr: "Les personnes qui structurent un projet (compétences, rôles, organisation, technologies) et en assurent le suivi (budget, unités d'œuvre, livrables) ; elles répondent de l'intégrité des projets.",
      en: 'People who structure a project (skills, roles, organisation, technologies) and follow it up (budget, work units, deliverables); they answer for the integrity of projects.',
    },
    examples: {
      fr: "Chefs de projet ou de programme, responsables d'unités de conception, bureaux d'étude, maîtrise d'œuvre",
      en: 'Project and programme managers, heads of design units and engineering offices, prime contractors (MOE)',
    },
  },
  {
    id: 'governance',
    label: {
      fr: 'Gouvernance, décisionnaire',
      en: 'Governance, decision makers',
    },
    responsibility: {
      fr: 'Les personnes qui orientent les projets numériques vers une offre de service, et celles qui les conseillent ; elles répondent de la pertinence des décisions stratégiques.',
      en: 'People who steer digital projects towards a service offer, and those who advise them; they answer for the soundness of strategic decisions.',
    },
    examples: {
      fr: 'Gouvernance des organisations, directions générales ou métiers, stratégie achats, stratégie RH',
      en: 'Organisation governance, general and business management, purchasing strategy, HR strategy',
    },
  },
];
