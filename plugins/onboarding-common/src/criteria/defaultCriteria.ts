import {
  ANNOTATION_CONSOLE_PROJECT,
  ANNOTATION_CONSOLE_URL,
  ANNOTATION_PREFIX,
} from '../annotations';
import { consoleUrlRule } from '../links';
import { withFormEvidence } from '../forms/formCriteria';
import { TEMPLATE_CRITERIA } from './templateCriteria';
import { Applicability, Criterion } from './types';

const cpn = (name: string) => `${ANNOTATION_PREFIX}${name}`;
const fact = (annotation: string) => `annotation:${annotation}`;

/** Project-level evidence: what a team declares for its product (components, systems, APIs). */
const PROJECT: Applicability = { kinds: ['Component', 'System', 'API'] };
/** Technical evidence that only a deployable component carries. */
const COMPONENT: Applicability = { kinds: ['Component'] };

const ENTITY_REF_OR_EMAIL =
  '^(user:([A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+|[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,})$';
const CONSOLE_SLUG = '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$';

const SOURCE_JOURNEY = 'cloud-pi-native/embarquement-autoformation';
const SOURCE_CHECKLIST =
  'cloud-pi-native/embarquement-autoformation:checklist.md';
const SOURCE_PREQUAL =
  'cloud-pi-native/embarquement-autoformation:diagnostic-prequalification.md@72f0aeb';
const SOURCE_PLAN =
  'cloud-pi-native/embarquement-autoformation:modele-plan-projet.md@41547d5';

/**
 * The default go/no-go criteria, read from catalog annotations. Written from the
 * journey's checklist, its prequalification and project-plan templates, the offer's
 * documentation and the technical coherence framework (CCT); each names its source.
 * Steps 1–4 have blocking criteria for their gate; step 5, which has no gate in the
 * sources, has advisory ones drawn from the CCT. The step-1 and step-2 criteria that the
 * prequalification and project-plan forms answer are also met by a submitted form.
 */
export const ENTITY_CRITERIA: readonly Criterion[] = withFormEvidence([
  // ── Step 1: the offer is relevant to the need ─────────────────────────────
  {
    id: 'S1-SPONSOR',
    step: 1,
    severity: 'blocking',
    title: {
      fr: 'Un sponsor soutient la démarche',
      en: 'A sponsor backs the initiative',
    },
    rationale: {
      fr: "L'accompagnement suppose un responsable hiérarchique qui se porte garant du projet.",
      en: 'Support requires a line manager who vouches for the project.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('sponsor')), matches: ENTITY_REF_OR_EMAIL },
    remediation: {
      text: {
        fr: "Indiquez le sponsor (référence d'utilisateur du catalogue ou adresse e-mail).",
        en: 'Name the sponsor (a catalog user reference or an e-mail address).',
      },
      link: '/agreement/introduction',
      annotations: { [cpn('sponsor')]: 'user:default/prenom.nom' },
    },
    source: `${SOURCE_CHECKLIST}#step1; ${SOURCE_PREQUAL}`,
  },
  {
    id: 'S1-REQTYPE',
    step: 1,
    severity: 'blocking',
    title: {
      fr: 'Le type de demande est qualifié',
      en: 'The type of request is qualified',
    },
    rationale: {
      fr: "Migration, nouveau projet ou expérimentation n'appellent pas le même accompagnement.",
      en: 'A migration, a new project and an experiment do not call for the same support.',
    },
    appliesTo: PROJECT,
    rule: {
      fact: fact(cpn('request-type')),
      oneOf: [
        'move2cloud',
        'new-project',
        'experimentation',
        'devsecops-chain',
      ],
    },
    remediation: {
      text: {
        fr: 'Choisissez : move2cloud, new-project, experimentation ou devsecops-chain.',
        en: 'Choose: move2cloud, new-project, experimentation or devsecops-chain.',
      },
      link: '/agreement/introduction',
      annotations: { [cpn('request-type')]: 'new-project' },
    },
    source: `${SOURCE_CHECKLIST}#step1; ${SOURCE_PREQUAL}`,
  },
  {
    id: 'S1-FUNDING',
    step: 1,
    severity: 'blocking',
    title: {
      fr: 'Le cadre de financement est identifié',
      en: 'The funding framework is identified',
    },
    rationale: {
      fr: 'Un projet sans financement identifié ne peut pas être embarqué durablement.',
      en: 'A project without identified funding cannot be onboarded for the long run.',
    },
    appliesTo: PROJECT,
    rule: {
      fact: fact(cpn('funding')),
      oneOf: ['project', 'programme', 'budget', 'experimentation'],
    },
    remediation: {
      text: {
        fr: 'Indiquez le cadre : project, programme, budget ou experimentation.',
        en: 'State the framework: project, programme, budget or experimentation.',
      },
      annotations: { [cpn('funding')]: 'programme' },
    },
    source: `${SOURCE_CHECKLIST}#step1; ${SOURCE_PREQUAL}`,
  },
  {
    id: 'S1-TEAM',
    step: 1,
    severity: 'blocking',
    title: {
      fr: 'Une équipe dédiée porte le projet',
      en: 'A dedicated team carries the project',
    },
    rationale: {
      fr: 'Le projet appartient à une équipe (un groupe du catalogue), pas à une personne seule.',
      en: 'The project is owned by a team (a catalog group), not by one person.',
    },
    appliesTo: PROJECT,
    rule: {
      fact: 'spec:owner',
      matches: '^(?!user:)(group:)?([A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+$',
    },
    remediation: {
      text: {
        fr: "Faites porter l'entité par un groupe : spec.owner: group:<équipe>.",
        en: 'Make a group own the entity: spec.owner: group:<team>.',
      },
    },
    source: `${SOURCE_CHECKLIST}#step1`,
  },
  {
    id: 'S1-PREQUAL',
    step: 1,
    severity: 'blocking',
    title: {
      fr: 'La préqualification est faite',
      en: 'Prequalification is done',
    },
    rationale: {
      fr: 'Le diagnostic flash (trame de préqualification) établit que l’offre répond au besoin.',
      en: 'The quick diagnosis (prequalification template) establishes that the offer fits the need.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('prequalification')), httpsUrl: true },
    remediation: {
      text: {
        fr: 'Déposez la préqualification sur demarches-simplifiees.fr et indiquez le lien du dossier.',
        en: 'File the prequalification on demarches-simplifiees.fr and give the link to the file.',
      },
      link: 'https://www.demarches-simplifiees.fr/commencer/prequalification-cloud-pi-native',
      annotations: {
        [cpn('prequalification')]:
          'https://www.demarches-simplifiees.fr/dossiers/1234567',
      },
    },
    source: `${SOURCE_PREQUAL}; ${SOURCE_JOURNEY}:README.md (step 1)`,
  },
  {
    id: 'S1-ELIGIBILITY',
    step: 1,
    severity: 'advisory',
    title: {
      fr: "Le cas d'éligibilité est connu",
      en: 'The eligibility case is known',
    },
    rationale: {
      fr: "Le cas (1 à 4) détermine l'accompagnement que le programme peut offrir.",
      en: 'The case (1 to 4) decides what support the programme can offer.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('eligibility-case')), oneOf: ['1', '2', '3', '4'] },
    remediation: {
      text: {
        fr: "Indiquez le cas d'éligibilité, de 1 à 4.",
        en: 'Give the eligibility case, 1 to 4.',
      },
      link: 'https://github.com/cloud-pi-native/embarquement-autoformation/blob/main/eligibilite.md',
      annotations: { [cpn('eligibility-case')]: '1' },
    },
    source: `${SOURCE_JOURNEY}:eligibilite.md`,
  },

  // ── Step 2: ready for the technical support interview ─────────────────────
  {
    id: 'S2-PLAN',
    step: 2,
    severity: 'blocking',
    title: {
      fr: 'Le plan projet est rédigé',
      en: 'The project plan is written',
    },
    rationale: {
      fr: 'Le plan projet (trame de qualification) couvre le contexte métier, l’équipe, la technique et la chaîne.',
      en: 'The project plan (qualification template) covers business context, team, technology and the delivery chain.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('project-plan')), httpsUrl: true },
    remediation: {
      text: {
        fr: 'Publiez le plan projet et indiquez son URL https.',
        en: 'Publish the project plan and give its https URL.',
      },
      link: 'https://github.com/cloud-pi-native/embarquement-autoformation/blob/main/checklist.md',
      annotations: {
        [cpn('project-plan')]:
          'https://wiki.example.gouv.fr/mon-projet/plan-projet',
      },
    },
    source: `${SOURCE_PLAN}; ${SOURCE_CHECKLIST}#step2`,
  },
  {
    id: 'S2-CCT-READ',
    step: 2,
    severity: 'blocking',
    title: {
      fr: 'Le CCT a été relu récemment',
      en: 'The CCT was reviewed recently',
    },
    rationale: {
      fr: 'Le cadre de cohérence technique fixe les exigences ; sa lecture date de moins de deux ans.',
      en: 'The technical coherence framework sets the requirements; it was read less than two years ago.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('cct-reviewed')), isoDate: { maxAgeDays: 730 } },
    remediation: {
      text: {
        fr: 'Relisez le CCT et indiquez la date de la revue (AAAA-MM-JJ).',
        en: 'Review the CCT and give the review date (YYYY-MM-DD).',
      },
      link: 'https://github.com/cloud-pi-native/cct-cloud-native',
      annotations: { [cpn('cct-reviewed')]: '2026-01-15' },
    },
    source: `${SOURCE_JOURNEY}:README.md (step 2); ${SOURCE_CHECKLIST}#step3`,
  },
  {
    id: 'S2-ARCHDOC',
    step: 2,
    severity: 'blocking',
    title: {
      fr: "Le dossier d'architecture existe",
      en: 'The architecture document exists',
    },
    rationale: {
      fr: 'Composants, stockage, flux et exposition doivent être décrits avant l’entretien technique.',
      en: 'Components, storage, flows and exposure are described before the technical interview.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('architecture-doc')), httpsUrl: true },
    remediation: {
      text: {
        fr: "Indiquez l'URL https du dossier d'architecture.",
        en: 'Give the https URL of the architecture document.',
      },
      link: '/platform/compatibility',
      annotations: {
        [cpn('architecture-doc')]:
          'https://wiki.example.gouv.fr/mon-projet/architecture',
      },
    },
    source: `${SOURCE_CHECKLIST}#step2`,
  },
  {
    id: 'S2-SKILLS',
    step: 2,
    severity: 'blocking',
    title: {
      fr: 'Les compétences obligatoires sont couvertes',
      en: 'The mandatory skills are covered',
    },
    rationale: {
      fr: 'Conteneurs, Kubernetes, GitLab CI et GitOps sont obligatoires dans la matrice de compétences de la plateforme.',
      en: "Containers, Kubernetes, GitLab CI and GitOps are mandatory in the platform's skills matrix.",
    },
    appliesTo: PROJECT,
    rule: {
      all: ['containers', 'kubernetes', 'gitlab-ci', 'gitops'].map(skill => ({
        fact: fact(cpn('skills')),
        matches: `(^|,)\\s*${skill}\\s*(,|$)`,
      })),
    },
    remediation: {
      text: {
        fr: "Listez les compétences de l'équipe, séparées par des virgules ; containers, kubernetes, gitlab-ci et gitops sont requises.",
        en: "List the team's skills, comma-separated; containers, kubernetes, gitlab-ci and gitops are required.",
      },
      link: '/platform/skills-matrix',
      annotations: {
        [cpn('skills')]: 'containers, kubernetes, gitlab-ci, gitops',
      },
    },
    source: 'cloud-pi-native/documentation:platform/skills-matrix.md',
  },
  {
    id: 'S2-ACCESS-REQ',
    step: 2,
    severity: 'blocking',
    title: {
      fr: "L'accès à la console est demandé",
      en: 'Console access is requested',
    },
    rationale: {
      fr: "Sans accès à la console, l'équipe ne peut pas créer son projet.",
      en: 'Without console access the team cannot create its project.',
    },
    appliesTo: PROJECT,
    rule: {
      any: [
        { fact: fact(cpn('access-request')), httpsUrl: true },
        { fact: fact(cpn('access-request')), isoDate: {} },
      ],
    },
    remediation: {
      text: {
        fr: "Indiquez le lien du dossier de demande d'accès, ou la date de la demande par e-mail.",
        en: 'Give the link to the access request file, or the date the request was e-mailed.',
      },
      link: '/agreement/introduction',
      annotations: { [cpn('access-request')]: '2026-02-01' },
    },
    source: `${SOURCE_JOURNEY}:README.md (step 2); cloud-pi-native/documentation:agreement/introduction.md`,
  },
  {
    id: 'S2-SIZING',
    step: 2,
    severity: 'advisory',
    title: {
      fr: 'Les ressources sont estimées',
      en: 'Resources are estimated',
    },
    rationale: {
      fr: 'Une estimation CPU, mémoire et stockage prépare la demande de quotas.',
      en: 'A CPU, memory and storage estimate prepares the quota request.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('sizing')), exists: true },
    remediation: {
      text: {
        fr: 'Résumez l’estimation (hors production et production).',
        en: 'Summarise the estimate (non-production and production).',
      },
      annotations: {
        [cpn('sizing')]: 'hprod 2 vCPU / 4 GiB, prod 4 vCPU / 8 GiB, 50 GiB',
      },
    },
    source: `${SOURCE_PLAN}; ${SOURCE_CHECKLIST}#step2`,
  },
  {
    id: 'S2-STATELESS',
    step: 2,
    severity: 'advisory',
    title: {
      fr: "L'application est sans état",
      en: 'The application is stateless',
    },
    rationale: {
      fr: 'Sessions déportées, aucune affinité : prérequis technique de la plateforme.',
      en: 'Sessions kept outside, no affinity: a technical prerequisite of the platform.',
    },
    appliesTo: COMPONENT,
    rule: { fact: fact(cpn('prereq-stateless')), equals: 'true' },
    remediation: {
      text: {
        fr: 'Vérifiez le prérequis puis déclarez-le.',
        en: 'Check the prerequisite, then declare it.',
      },
      link: '/platform/compatibility',
      annotations: { [cpn('prereq-stateless')]: 'true' },
    },
    source: `${SOURCE_CHECKLIST} (prérequis techniques impératifs)`,
  },

  // ── Step 3: a representative version respects the norms ───────────────────
  {
    id: 'S3-CONSOLE-PROJECT',
    step: 3,
    severity: 'blocking',
    title: {
      fr: 'Le projet existe dans la console',
      en: 'The project exists in the console',
    },
    rationale: {
      fr: 'Le projet de la console porte les dépôts, environnements et services de la chaîne.',
      en: "The console project holds the chain's repositories, environments and services.",
    },
    appliesTo: PROJECT,
    rule: { fact: fact(ANNOTATION_CONSOLE_PROJECT), matches: CONSOLE_SLUG },
    remediation: {
      text: {
        fr: 'Créez le projet dans la console et indiquez son identifiant (slug).',
        en: 'Create the project in the console and give its slug.',
      },
      link: '/guide/projects-management',
      annotations: { [ANNOTATION_CONSOLE_PROJECT]: 'mon-projet' },
    },
    source:
      'cloud-pi-native/documentation:guide/projects-management.md; cloud-pi-native/console (Project)',
  },
  {
    id: 'S3-CONSOLE-URL',
    step: 3,
    severity: 'advisory',
    title: {
      fr: 'L’instance de la console est une adresse sûre',
      en: 'The console instance is a safe address',
    },
    rationale: {
      fr: 'Le lien vers la console n’est donné que vers une instance en https (et autorisée par le portail, s’il en liste).',
      en: 'The console link is only given to an https instance (allowed by the portal, when it lists them).',
    },
    appliesTo: PROJECT,
    rule: consoleUrlRule(),
    remediation: {
      text: {
        fr: 'Indiquez l’adresse https de l’instance de la console, ou retirez l’annotation pour utiliser celle du portail.',
        en: 'Give the https address of the console instance, or remove the annotation to use the portal’s.',
      },
      link: '/guide/projects-management',
      annotations: {
        [ANNOTATION_CONSOLE_URL]: 'https://console.example.gouv.fr',
      },
    },
    source: 'Cloud Pi Native onboarding suite (console links)',
  },
  {
    id: 'S3-SANDBOX-MVP',
    step: 3,
    severity: 'blocking',
    title: {
      fr: 'Le MVP tourne dans le bac à sable',
      en: 'The MVP runs in the sandbox',
    },
    rationale: {
      fr: "Le livrable de l'étape 3 est un MVP déployé dans l'environnement bac à sable.",
      en: 'The deliverable of step 3 is an MVP deployed in the sandbox environment.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('sandbox-mvp')), httpsUrl: true },
    remediation: {
      text: {
        fr: "Indiquez l'URL https du MVP dans le bac à sable.",
        en: 'Give the https URL of the MVP in the sandbox.',
      },
      link: '/guide/tutorials',
      annotations: {
        [cpn('sandbox-mvp')]: 'https://mon-projet.sandbox.example.gouv.fr',
      },
    },
    source: `${SOURCE_JOURNEY}:README.md (step 3 deliverable)`,
  },
  {
    id: 'S3-SONAR',
    step: 3,
    severity: 'blocking',
    title: {
      fr: "L'analyse SonarQube est branchée",
      en: 'SonarQube analysis is wired',
    },
    rationale: {
      fr: 'Le pipeline attend la quality gate SonarQube ; le catalogue doit connaître la clé du projet.',
      en: 'The pipeline waits for the SonarQube quality gate; the catalog must know the project key.',
    },
    appliesTo: COMPONENT,
    rule: {
      fact: 'annotation:sonarqube.org/project-key',
      matches: '^[A-Za-z0-9_.:-]+$',
    },
    remediation: {
      text: {
        fr: 'Indiquez la clé du projet SonarQube.',
        en: 'Give the SonarQube project key.',
      },
      link: '/services/sonarqube',
      annotations: { 'sonarqube.org/project-key': 'mon-projet-mon-depot-1a2b' },
    },
    source:
      'cloud-pi-native/gitlab-ci-catalog:sonar-ci.yml (SONAR_WAIT_QUALITY_GATE)',
  },
  {
    id: 'S3-GITOPS',
    step: 3,
    severity: 'blocking',
    title: {
      fr: 'Le déploiement passe par Argo CD',
      en: 'Deployment goes through Argo CD',
    },
    rationale: {
      fr: 'Le CCT impose le déploiement GitOps ; les applications Argo CD du projet sont repérables.',
      en: "The CCT requires GitOps deployment; the project's Argo CD applications can be found.",
    },
    appliesTo: COMPONENT,
    rule: {
      fact: 'annotation:argocd/app-selector',
      matches: '^[A-Za-z0-9_./-]+=[A-Za-z0-9_.-]+$',
    },
    remediation: {
      text: {
        fr: 'Indiquez le sélecteur des applications Argo CD (label posé par la console).',
        en: 'Give the Argo CD application selector (the label the console sets).',
      },
      link: '/guide/deployment-with-argo',
      annotations: { 'argocd/app-selector': 'dso/project.slug=mon-projet' },
    },
    source:
      'cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ORG-8); cloud-pi-native/helm-charts (dso-env labels)',
  },
  {
    id: 'S3-PROBES',
    step: 3,
    severity: 'blocking',
    title: {
      fr: 'Les sondes de santé sont exposées',
      en: 'Health probes are exposed',
    },
    rationale: {
      fr: 'Le CCT demande des sondes liveness/readiness et un point /health.',
      en: 'The CCT asks for liveness/readiness probes and a /health endpoint.',
    },
    appliesTo: COMPONENT,
    rule: { fact: fact(cpn('health-path')), matches: '^/[A-Za-z0-9_./-]*$' },
    remediation: {
      text: {
        fr: 'Indiquez le chemin du point de santé.',
        en: 'Give the path of the health endpoint.',
      },
      annotations: { [cpn('health-path')]: '/health' },
    },
    source: 'cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ARCH-12)',
  },
  {
    id: 'S3-TECHDOCS',
    step: 3,
    severity: 'advisory',
    title: {
      fr: 'La documentation est publiée',
      en: 'The documentation is published',
    },
    rationale: {
      fr: 'Une documentation à côté du code aide les équipes d’accompagnement et d’exploitation.',
      en: 'Documentation next to the code helps the support and operations teams.',
    },
    appliesTo: COMPONENT,
    rule: { fact: 'annotation:backstage.io/techdocs-ref', exists: true },
    remediation: {
      text: {
        fr: 'Publiez la documentation avec TechDocs.',
        en: 'Publish the documentation with TechDocs.',
      },
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
    },
    source:
      'cloud-pi-native/cct-cloud-native:cct-exigences.md (documentation requirements)',
  },
  {
    id: 'S3-LOGS',
    step: 3,
    severity: 'advisory',
    title: { fr: 'Les journaux sont structurés', en: 'Logs are structured' },
    rationale: {
      fr: 'Des journaux sur la sortie standard au format JSON ou GELF sont collectés par la plateforme.',
      en: 'Logs on standard output in JSON or GELF are collected by the platform.',
    },
    appliesTo: COMPONENT,
    rule: { fact: fact(cpn('log-format')), oneOf: ['json', 'gelf'] },
    remediation: {
      text: {
        fr: 'Écrivez les journaux en JSON ou GELF et déclarez le format.',
        en: 'Write logs as JSON or GELF and declare the format.',
      },
      link: '/guide/logs/loki',
      annotations: { [cpn('log-format')]: 'json' },
    },
    source: 'cloud-pi-native/embarquement-autoformation:checklist.md#step3',
  },

  // ── Step 4: observability and reports attest quality and security ─────────
  {
    id: 'S4-HOSTING-REQ',
    step: 4,
    severity: 'blocking',
    title: {
      fr: "La demande d'hébergement est faite",
      en: 'The hosting request is filed',
    },
    rationale: {
      fr: 'La production sur le Cloud Pi passe par une demande d’hébergement validée.',
      en: 'Production on the Cloud Pi goes through an approved hosting request.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('hosting-request')), httpsUrl: true },
    remediation: {
      text: {
        fr: "Indiquez le lien de la demande d'hébergement.",
        en: 'Give the link to the hosting request.',
      },
      link: 'https://resana.numerique.gouv.fr/public/document/consulter/7054535',
      annotations: {
        [cpn('hosting-request')]:
          'https://resana.numerique.gouv.fr/public/document/consulter/7054535',
      },
    },
    source: `${SOURCE_JOURNEY}:README.md (step 4)`,
  },
  {
    id: 'S4-HOMOLOGATION',
    step: 4,
    severity: 'blocking',
    title: {
      fr: "L'homologation de sécurité est en cours de validité",
      en: 'The security accreditation is current',
    },
    rationale: {
      fr: 'Un produit en production est homologué ; une homologation vaut au plus trois ans.',
      en: 'A product in production is accredited; an accreditation lasts three years at most.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('homologation')), isoDate: { maxAgeDays: 1095 } },
    remediation: {
      text: {
        fr: "Indiquez la date de la décision d'homologation (AAAA-MM-JJ).",
        en: 'Give the date of the accreditation decision (YYYY-MM-DD).',
      },
      annotations: { [cpn('homologation')]: '2026-06-30' },
    },
    source: `${SOURCE_PLAN} (homologation existante)`,
  },
  {
    id: 'S4-OBSERVABILITY',
    step: 4,
    severity: 'blocking',
    title: {
      fr: "Les tableaux de bord d'observabilité existent",
      en: 'Observability dashboards exist',
    },
    rationale: {
      fr: 'Le critère go/no-go de l’étape 4 repose sur les métriques d’observabilité du produit.',
      en: "The step 4 go/no-go rests on the product's observability metrics.",
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('observability-dashboards')), httpsUrl: true },
    remediation: {
      text: {
        fr: 'Indiquez l’URL https des tableaux de bord Grafana.',
        en: 'Give the https URL of the Grafana dashboards.',
      },
      link: '/agreement/observability',
      annotations: {
        [cpn('observability-dashboards')]:
          'https://grafana.example.gouv.fr/d/mon-projet',
      },
    },
    source:
      'cloud-pi-native/documentation:agreement/observability.md; cloud-pi-native/console-plugin-observability',
  },
  {
    id: 'S4-ALERTING',
    step: 4,
    severity: 'blocking',
    title: {
      fr: 'Les alertes ont un destinataire',
      en: 'Alerts have a recipient',
    },
    rationale: {
      fr: "La plateforme ne crée aucune alerte par défaut : l'équipe définit ses règles et un point de contact.",
      en: 'The platform creates no alert by default: the team defines its rules and a contact point.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('alert-contact')), exists: true },
    remediation: {
      text: {
        fr: 'Indiquez le point de contact des alertes (canal ou adresse).',
        en: 'Give the alerts contact point (channel or address).',
      },
      link: '/guide/alerting',
      annotations: { [cpn('alert-contact')]: 'mattermost:~mon-projet-alertes' },
    },
    source: 'cloud-pi-native/documentation:guide/alerting.md',
  },
  {
    id: 'S4-BACKUP',
    step: 4,
    severity: 'blocking',
    title: {
      fr: 'La sauvegarde et la restauration sont décrites',
      en: 'Backup and restore are described',
    },
    rationale: {
      fr: "L'équipe orchestre ses sauvegardes et documente la restauration (CCT).",
      en: 'The team runs its backups and documents how to restore (CCT).',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('backup-policy')), httpsUrl: true },
    remediation: {
      text: {
        fr: 'Indiquez l’URL https de la procédure de sauvegarde et de restauration.',
        en: 'Give the https URL of the backup and restore procedure.',
      },
      annotations: {
        [cpn('backup-policy')]:
          'https://wiki.example.gouv.fr/mon-projet/sauvegardes',
      },
    },
    source:
      'cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ORG-17, EXI-ARCH-4)',
  },
  {
    id: 'S4-PRODUCTION',
    step: 4,
    severity: 'blocking',
    title: {
      fr: 'Le composant est en production',
      en: 'The component is in production',
    },
    rationale: {
      fr: "Le livrable de l'étape 4 est le produit dans l'environnement de production.",
      en: 'The deliverable of step 4 is the product in the production environment.',
    },
    appliesTo: COMPONENT,
    rule: { fact: 'spec:lifecycle', equals: 'production' },
    remediation: {
      text: {
        fr: 'Passez spec.lifecycle à production une fois déployé.',
        en: 'Set spec.lifecycle to production once deployed.',
      },
      link: '/agreement/exploitation',
    },
    source: `${SOURCE_JOURNEY}:README.md (step 4 deliverable)`,
  },
  {
    id: 'S4-SSO',
    step: 4,
    severity: 'advisory',
    title: {
      fr: "L'authentification passe par un SSO",
      en: 'Authentication goes through SSO',
    },
    rationale: {
      fr: 'Le CCT demande un SSO agent et/ou FranceConnect pour les usagers.',
      en: 'The CCT asks for agent SSO and/or FranceConnect for citizens.',
    },
    appliesTo: PROJECT,
    rule: {
      fact: fact(cpn('sso')),
      oneOf: [
        'agent-sso',
        'franceconnect',
        'agent-sso+franceconnect',
        'none-needed',
      ],
    },
    remediation: {
      text: {
        fr: 'Indiquez : agent-sso, franceconnect, agent-sso+franceconnect ou none-needed.',
        en: 'State: agent-sso, franceconnect, agent-sso+franceconnect or none-needed.',
      },
      link: '/platform/iam',
      annotations: { [cpn('sso')]: 'agent-sso' },
    },
    source: 'cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ARCH-11)',
  },

  // ── Step 5: best standards, kept up over time (no gate in the sources) ────
  {
    id: 'S5-RESTORE-TEST',
    step: 5,
    severity: 'advisory',
    title: {
      fr: 'La restauration est testée chaque année',
      en: 'Restore is tested every year',
    },
    rationale: {
      fr: 'Le CCT demande des tests réguliers de restauration complète.',
      en: 'The CCT asks for regular full-restore tests.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('restore-test')), isoDate: { maxAgeDays: 365 } },
    remediation: {
      text: {
        fr: 'Indiquez la date du dernier test de restauration.',
        en: 'Give the date of the last restore test.',
      },
      annotations: { [cpn('restore-test')]: '2026-10-01' },
    },
    source: 'cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ORG-18)',
  },
  {
    id: 'S5-CERTIFIED',
    step: 5,
    severity: 'advisory',
    title: {
      fr: "L'équipe est certifiée depuis moins d'un an",
      en: 'The team was certified within a year',
    },
    rationale: {
      fr: 'La certification Cloud Pi Native (CKAD prérequis, score ≥ 80 %) vaut un an.',
      en: 'The Cloud Pi Native certification (CKAD first, score ≥ 80%) lasts one year.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('certification')), isoDate: { maxAgeDays: 365 } },
    remediation: {
      text: {
        fr: 'Indiquez la date de la dernière certification de l’équipe.',
        en: "Give the date of the team's latest certification.",
      },
      link: '/certification/certification',
      annotations: { [cpn('certification')]: '2026-05-30' },
    },
    source: 'cloud-pi-native/documentation:certification/certification.md',
  },
  {
    id: 'S5-ALERT-ROUTING',
    step: 5,
    severity: 'advisory',
    title: {
      fr: "Les alertes arrivent dans le canal de l'équipe",
      en: "Alerts reach the team's channel",
    },
    rationale: {
      fr: 'Des alertes routées vers Mattermost ou Tchap sont vues par ceux qui peuvent agir.',
      en: 'Alerts routed to Mattermost or Tchap are seen by those who can act.',
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('alert-contact')), matches: '^(mattermost|tchap):' },
    remediation: {
      text: {
        fr: 'Routez les alertes vers un canal Mattermost ou Tchap.',
        en: 'Route alerts to a Mattermost or Tchap channel.',
      },
      link: '/guide/alerting',
      annotations: { [cpn('alert-contact')]: 'mattermost:~mon-projet-alertes' },
    },
    source: 'cloud-pi-native/documentation:guide/alerting.md',
  },
  {
    id: 'S5-CONTRIBUTION',
    step: 5,
    severity: 'advisory',
    title: {
      fr: "L'équipe contribue à l'offre",
      en: 'The team contributes to the offer',
    },
    rationale: {
      fr: 'Le CCT encourage les contributions (tickets, merge requests) aux dépôts de l’offre.',
      en: "The CCT encourages contributions (issues, merge requests) to the offer's repositories.",
    },
    appliesTo: PROJECT,
    rule: { fact: fact(cpn('contributions')), httpsUrl: true },
    remediation: {
      text: {
        fr: 'Indiquez le lien vers vos contributions.',
        en: 'Give the link to your contributions.',
      },
      annotations: {
        [cpn('contributions')]:
          'https://github.com/cloud-pi-native/console/pulls?q=author:mon-equipe',
      },
    },
    source: 'cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ORG-2)',
  },
]);

/** Every default criterion: those of catalog entities and those of scaffolder templates. */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  ...ENTITY_CRITERIA,
  ...TEMPLATE_CRITERIA,
];

/**
 * The criteria with the console-url criterion checking the portal's allowed hosts
 * (`onboarding.console.allowedHosts`), as the links do.
 */
export function withConsoleHosts(
  criteria: readonly Criterion[],
  allowedHosts?: readonly string[],
): Criterion[] {
  return criteria.map(c =>
    c.id === 'S3-CONSOLE-URL' && allowedHosts?.length
      ? { ...c, rule: consoleUrlRule(allowedHosts) }
      : c,
  );
}
