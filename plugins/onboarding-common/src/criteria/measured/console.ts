import { ANNOTATION_CONSOLE_PROJECT } from '../../annotations';
import { Criterion } from '../types';

const PROJECT = { kinds: ['Component', 'System', 'API'] };
const CONSOLE = 'cloud-pi-native/console';

/** Gates 3 and 4 as the Cloud Pi Native console measures them. */
export const CONSOLE_CRITERIA: readonly Criterion[] = [
  {
    id: 'S3-CONSOLE-READY',
    step: 3,
    severity: 'blocking',
    measuredBy: 'console',
    replaces: ['S3-CONSOLE-PROJECT'],
    title: {
      fr: 'Le projet de la console est créé et déverrouillé',
      en: 'The console project is created and unlocked',
    },
    rationale: {
      fr: 'Un projet au statut « created » et non verrouillé a ses services provisionnés : la chaîne peut tourner.',
      en: 'A project in status "created" and not locked has its services provisioned: the chain can run.',
    },
    appliesTo: PROJECT,
    rule: {
      all: [
        { fact: 'fact:console/projectStatus', equals: 'created' },
        { fact: 'fact:console/projectLocked', equals: false },
      ],
    },
    remediation: {
      text: {
        fr: 'Corrigez le provisionnement du projet dans la console (journaux du projet) ou demandez son déverrouillage.',
        en: "Fix the project's provisioning in the console (project logs) or ask for it to be unlocked.",
      },
      link: '/guide/projects-management',
      annotations: { [ANNOTATION_CONSOLE_PROJECT]: 'mon-projet' },
    },
    source: `${CONSOLE}:packages/shared/src/utils/const.ts (projectStatus); cloud-pi-native/documentation:guide/projects-management.md`,
  },
  {
    id: 'S3-CONSOLE-REPOS',
    step: 3,
    severity: 'blocking',
    measuredBy: 'console',
    title: {
      fr: 'Le projet a un dépôt applicatif et un dépôt d’infrastructure',
      en: 'The project has an application repository and an infrastructure repository',
    },
    rationale: {
      fr: 'Le déploiement GitOps sépare le code (dépôt applicatif) des manifestes ou charts (dépôt isInfra).',
      en: 'GitOps deployment keeps code (application repository) apart from manifests or charts (isInfra repository).',
    },
    appliesTo: PROJECT,
    rule: {
      all: [
        { fact: 'fact:console/appRepositoryCount', number: { gte: 1 } },
        { fact: 'fact:console/infraRepositoryCount', number: { gte: 1 } },
      ],
    },
    remediation: {
      text: {
        fr: 'Ajoutez dans la console le dépôt de l’application et un dépôt d’infrastructure (case « dépôt d’infrastructure »).',
        en: 'Add the application repository and an infrastructure repository ("infrastructure repository" box) in the console.',
      },
      link: '/guide/repositories-management',
    },
    source: `${CONSOLE} (Repository.isInfra); cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ORG-8)`,
  },
  {
    id: 'S3-CONSOLE-ENVS',
    step: 3,
    severity: 'blocking',
    measuredBy: 'console',
    title: {
      fr: 'Un environnement hors production existe',
      en: 'A non-production environment exists',
    },
    rationale: {
      fr: 'La version représentative de l’étape 3 tourne dans un environnement hors production.',
      en: 'The representative version of step 3 runs in a non-production environment.',
    },
    appliesTo: PROJECT,
    rule: { fact: 'fact:console/nonProdEnvironmentCount', number: { gte: 1 } },
    remediation: {
      text: {
        fr: 'Créez un environnement de développement ou de recette dans la console.',
        en: 'Create a development or staging environment in the console.',
      },
      link: '/guide/environments-management',
    },
    source: `${CONSOLE} (Environment, Stage); cloud-pi-native/embarquement-autoformation:README.md (step 3)`,
  },
  {
    id: 'S4-CONSOLE-PROD',
    step: 4,
    severity: 'blocking',
    measuredBy: 'console',
    title: {
      fr: 'Un environnement de production existe',
      en: 'A production environment exists',
    },
    rationale: {
      fr: "Le livrable de l'étape 4 est le produit dans un environnement du stage « prod » de la console.",
      en: 'The deliverable of step 4 is the product in an environment of the console\'s "prod" stage.',
    },
    appliesTo: PROJECT,
    rule: { fact: 'fact:console/prodEnvironmentCount', number: { gte: 1 } },
    remediation: {
      text: {
        fr: "Une fois la demande d'hébergement validée, créez l'environnement de production dans la console.",
        en: 'Once the hosting request is approved, create the production environment in the console.',
      },
      link: '/guide/environments-management',
    },
    source: `${CONSOLE}:apps/server-nestjs/src/modules/environment/environment.constants.ts (PROD_STAGE_NAME)`,
  },
  {
    id: 'S4-CONSOLE-QUOTAS',
    step: 4,
    severity: 'advisory',
    measuredBy: 'console',
    title: {
      fr: 'Les quotas du projet s’appliquent',
      en: "The project's quotas apply",
    },
    rationale: {
      fr: 'Un projet « limitless » échappe aux quotas validés par la demande d’hébergement.',
      en: 'A "limitless" project escapes the quotas the hosting request approved.',
    },
    appliesTo: PROJECT,
    rule: { fact: 'fact:console/projectLimitless', equals: false },
    remediation: {
      text: {
        fr: 'Demandez aux administrateurs de la console de fixer les quotas de production validés.',
        en: 'Ask the console administrators to set the approved production quotas.',
      },
      link: '/guide/environments-management',
    },
    source:
      'cloud-pi-native/documentation:guide/environments-management.md (quotas)',
  },
];
