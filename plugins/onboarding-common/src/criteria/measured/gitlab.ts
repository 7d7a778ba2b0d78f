import { Criterion } from '../types';

const PROJECT = { kinds: ['Component', 'System', 'API'] };
const COMPONENT = { kinds: ['Component'] };
const CATALOG = 'cloud-pi-native/gitlab-ci-catalog';

/** Gates 3 and 4 as GitLab measures them: the repositories and the pipeline. */
export const GITLAB_CRITERIA: readonly Criterion[] = [
  {
    id: 'S3-ROOTLESS-IMAGE',
    step: 3,
    severity: 'blocking',
    measuredBy: 'gitlab',
    title: {
      fr: "L'image ne tourne pas en root",
      en: 'The image does not run as root',
    },
    rationale: {
      fr: 'La plateforme refuse les conteneurs root : la dernière étape du Dockerfile fixe un USER non root.',
      en: 'The platform refuses root containers: the final stage of the Dockerfile sets a non-root USER.',
    },
    appliesTo: COMPONENT,
    rule: {
      all: [
        // The user first, so that the evidence shows it.
        { fact: 'fact:gitlab/dockerfileUser', exists: true },
        { fact: 'fact:gitlab/dockerfileRootless', equals: true },
      ],
    },
    remediation: {
      text: {
        fr: 'Ajoutez `USER <utilisateur non root>` à la dernière étape du Dockerfile.',
        en: 'Add `USER <non-root user>` to the final stage of the Dockerfile.',
      },
      link: '/platform/compatibility',
      annotations: {
        'gitlab.com/project-slug': 'forge/projects/mon-projet/mon-depot',
      },
    },
    source:
      'cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ARCH-18); cloud-pi-native/documentation:platform/compatibility.md',
  },
  {
    id: 'S3-CI-CATALOG',
    step: 3,
    severity: 'blocking',
    measuredBy: 'gitlab',
    title: {
      fr: 'La CI utilise le catalogue Cloud Pi Native',
      en: 'CI uses the Cloud Pi Native catalog',
    },
    rationale: {
      fr: 'Le fichier .gitlab-ci-dso.yml inclut le catalogue (construction, secrets Vault, analyse SonarQube).',
      en: 'The .gitlab-ci-dso.yml file includes the catalog (build, Vault secrets, SonarQube analysis).',
    },
    appliesTo: COMPONENT,
    rule: { fact: 'fact:gitlab/ciCatalogIncluded', equals: true },
    remediation: {
      text: {
        fr: 'Incluez les fichiers du catalogue : `include: - project: $CATALOG_PATH, file: [vault-ci.yml, kaniko-ci.yml]`.',
        en: 'Include the catalog files: `include: - project: $CATALOG_PATH, file: [vault-ci.yml, kaniko-ci.yml]`.',
      },
      link: '/services/gitlab',
    },
    source: `${CATALOG}:README.md; cloud-pi-native/documentation:guide/get-started.md`,
  },
  {
    id: 'S3-PIPELINE-GREEN',
    step: 3,
    severity: 'blocking',
    measuredBy: 'gitlab',
    title: {
      fr: 'Le dernier pipeline de la branche principale a réussi',
      en: "The default branch's latest pipeline succeeded",
    },
    rationale: {
      fr: 'La version représentative est construite, analysée et publiée par un pipeline qui passe.',
      en: 'The representative version is built, analysed and published by a passing pipeline.',
    },
    appliesTo: COMPONENT,
    rule: { fact: 'fact:gitlab/latestPipelineStatus', equals: 'success' },
    remediation: {
      text: {
        fr: 'Corrigez le pipeline de la branche par défaut et relancez-le.',
        en: 'Fix the default branch pipeline and run it again.',
      },
      link: '/services/gitlab',
    },
    source: `${CATALOG}:sonar-ci.yml (SONAR_WAIT_QUALITY_GATE); cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ORG-9)`,
  },
  {
    id: 'S4-DASHBOARDS',
    step: 4,
    severity: 'blocking',
    measuredBy: 'gitlab',
    replaces: ['S4-OBSERVABILITY'],
    title: {
      fr: 'Des tableaux de bord sont déclarés dans infra-observability',
      en: 'Dashboards are declared in infra-observability',
    },
    rationale: {
      fr: 'Les tableaux de bord Grafana sont du code : files/dashboards/*.json du dépôt infra-observability, branche main.',
      en: 'Grafana dashboards are code: files/dashboards/*.json of the infra-observability repository, branch main.',
    },
    appliesTo: PROJECT,
    rule: { fact: 'fact:gitlab/dashboardCount', number: { gte: 1 } },
    remediation: {
      text: {
        fr: 'Ajoutez au moins un tableau de bord JSON dans files/dashboards/ du dépôt infra-observability (branche main).',
        en: 'Add at least one JSON dashboard under files/dashboards/ of the infra-observability repository (branch main).',
      },
      link: '/agreement/observability',
    },
    source:
      'cloud-pi-native/documentation:agreement/observability.md; cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ARCH-12, EXI-ARCH-24)',
  },
  {
    id: 'S4-ALERT-RULES',
    step: 4,
    severity: 'blocking',
    measuredBy: 'gitlab',
    title: {
      fr: "Au moins une règle d'alerte est déclarée",
      en: 'At least one alert rule is declared',
    },
    rationale: {
      fr: "La plateforme ne crée aucune alerte par défaut : l'équipe écrit ses règles dans files/rules/*.yaml.tpl.",
      en: 'The platform creates no alert by default: the team writes its rules in files/rules/*.yaml.tpl.',
    },
    appliesTo: PROJECT,
    rule: { fact: 'fact:gitlab/alertRuleCount', number: { gte: 1 } },
    remediation: {
      text: {
        fr: "Ajoutez une règle d'alerte dans files/rules/ du dépôt infra-observability (branche main).",
        en: 'Add an alert rule under files/rules/ of the infra-observability repository (branch main).',
      },
      link: '/guide/alerting',
    },
    source:
      'cloud-pi-native/documentation:agreement/observability.md; cloud-pi-native/documentation:guide/alerting.md',
  },
];
