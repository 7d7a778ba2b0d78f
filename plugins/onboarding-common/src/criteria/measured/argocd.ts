import { Criterion } from '../types';

const COMPONENT = { kinds: ['Component'] };

/** Criteria judged by the sync and health Argo CD reports for the project's applications. */
export const ARGOCD_CRITERIA: readonly Criterion[] = [
  {
    id: 'S3-ARGOCD-NONPROD',
    step: 3,
    severity: 'blocking',
    measuredBy: 'argocd',
    replaces: ['S3-GITOPS'],
    title: {
      fr: 'Argo CD déploie le produit hors production, synchronisé et sain',
      en: 'Argo CD deploys the product outside production, synced and healthy',
    },
    rationale: {
      fr: 'Le CCT impose le déploiement GitOps : les applications Argo CD du projet en dev ou préprod sont synchronisées avec Git et saines.',
      en: "The CCT requires GitOps deployment: the project's Argo CD applications in dev or preprod are in sync with Git and healthy.",
    },
    appliesTo: COMPONENT,
    rule: {
      all: [
        { fact: 'fact:argocd/nonProdApplications', number: { gte: 1 } },
        { fact: 'fact:argocd/nonProdNotSyncedHealthy', exists: false },
      ],
    },
    remediation: {
      text: {
        fr: 'Déployez par la console (Argo CD) en dev ou préprod, puis corrigez les applications désynchronisées ou en erreur.',
        en: 'Deploy through the console (Argo CD) to dev or preprod, then fix the applications out of sync or unhealthy.',
      },
      link: '/guide/deployment-with-argo',
      annotations: { 'argocd/app-selector': 'dso/project.slug=mon-projet' },
    },
    source:
      'cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ORG-8); cloud-pi-native/helm-charts:charts/dso-env (dso/* labels)',
  },
  {
    id: 'S4-ARGOCD-PROD',
    step: 4,
    severity: 'blocking',
    measuredBy: 'argocd',
    // Running in production is measured, rather than read from spec.lifecycle.
    replaces: ['S4-PRODUCTION'],
    title: {
      fr: 'Le produit tourne en production, synchronisé et sain',
      en: 'The product runs in production, synced and healthy',
    },
    rationale: {
      fr: "Le livrable de l'étape 4 est le produit en production : ses applications Argo CD de production sont synchronisées avec Git et saines.",
      en: 'The deliverable of step 4 is the product in production: its production Argo CD applications are in sync with Git and healthy.',
    },
    appliesTo: COMPONENT,
    rule: {
      all: [
        { fact: 'fact:argocd/prodApplications', number: { gte: 1 } },
        { fact: 'fact:argocd/prodNotSyncedHealthy', exists: false },
      ],
    },
    remediation: {
      text: {
        fr: 'Créez l’environnement de production dans la console, déployez-y par Argo CD et corrigez les applications désynchronisées ou en erreur.',
        en: 'Create the production environment in the console, deploy to it through Argo CD and fix the applications out of sync or unhealthy.',
      },
      link: '/guide/deployment-with-argo',
    },
    source:
      'cloud-pi-native/embarquement-autoformation:README.md@c17fc7d (step 4 deliverable); cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ORG-8)',
  },
];
