import { Criterion } from '../types';

const COMPONENT = { kinds: ['Component'] };
const CCT = 'cloud-pi-native/cct-cloud-native:cct-exigences.md';
const DOCS_ARTEFACTS = 'cloud-pi-native/documentation:services/artefacts.md';

/** Gates 3 and 4 judged on Harbor's Trivy scans of the project's latest images (fact source `harbor`). */
export const HARBOR_CRITERIA: readonly Criterion[] = [
  {
    id: 'S3-HARBOR-NO-CRITICAL',
    step: 3,
    severity: 'blocking',
    title: {
      fr: 'Les images scannées n’ont aucune vulnérabilité critique',
      en: 'Scanned images have no critical vulnerability',
    },
    rationale: {
      fr: 'L’équipe remédie aux vulnérabilités de ses images ; Trivy scanne chaque image poussée dans Harbor.',
      en: 'The team remediates the vulnerabilities of its images; Trivy scans every image pushed to Harbor.',
    },
    appliesTo: COMPONENT,
    rule: {
      all: [
        { fact: 'fact:harbor/images', number: { gte: 1 } },
        { fact: 'fact:harbor/unscannedImages', number: { lte: 0 } },
        { fact: 'fact:harbor/criticalVulnerabilities', number: { lte: 0 } },
      ],
    },
    remediation: {
      text: {
        fr: 'Poussez l’image du composant dans le projet Harbor, faites-la scanner, puis mettez à jour l’image de base et les dépendances jusqu’à zéro vulnérabilité critique.',
        en: "Push the component's image to the Harbor project, have it scanned, then update the base image and dependencies until no critical vulnerability is left.",
      },
      link: '/services/artefacts',
    },
    source: `${CCT} (EXI-ORG-13); ${DOCS_ARTEFACTS} (Trivy)`,
    measuredBy: 'harbor',
  },
  {
    id: 'S4-HARBOR-SCAN-FRESH',
    step: 4,
    severity: 'blocking',
    title: {
      fr: 'Les images ont été scannées il y a moins de 30 jours',
      en: 'Images were scanned within the last 30 days',
    },
    rationale: {
      fr: 'De nouvelles vulnérabilités apparaissent après le déploiement : l’équipe les surveille, ce qui suppose des scans récents.',
      en: 'New vulnerabilities appear after deployment: the team monitors them, which takes recent scans.',
    },
    appliesTo: COMPONENT,
    rule: { fact: 'fact:harbor/oldestScan', isoDate: { maxAgeDays: 30 } },
    remediation: {
      text: {
        fr: 'Relancez le scan des images dans Harbor ou planifiez un scan périodique du projet.',
        en: 'Scan the images again in Harbor, or schedule a periodic scan of the project.',
      },
      link: '/guide/dashboardsecurite',
    },
    source: `${CCT} (EXI-ORG-13); cloud-pi-native/documentation:guide/dashboardsecurite.md`,
    measuredBy: 'harbor',
  },
  {
    id: 'S4-HARBOR-NO-HIGH',
    step: 4,
    severity: 'advisory',
    title: {
      fr: 'Les images n’ont aucune vulnérabilité haute',
      en: 'Images have no high vulnerability',
    },
    rationale: {
      fr: 'En production, les vulnérabilités hautes sont à corriger au plus vite dans le cadre du maintien en condition de sécurité.',
      en: 'In production, high vulnerabilities are to be fixed promptly as part of security maintenance.',
    },
    appliesTo: COMPONENT,
    rule: { fact: 'fact:harbor/highVulnerabilities', number: { lte: 0 } },
    remediation: {
      text: {
        fr: 'Mettez à jour l’image de base et les dépendances signalées par Trivy.',
        en: 'Update the base image and the dependencies Trivy reports.',
      },
      link: '/services/artefacts',
    },
    source: `${CCT} (EXI-ORG-13); ${DOCS_ARTEFACTS} (Trivy)`,
    measuredBy: 'harbor',
  },
];
