import { Criterion } from '../types';

const COMPONENT = { kinds: ['Component'] };
const SONAR_CI = 'cloud-pi-native/gitlab-ci-catalog:sonar-ci.yml';
const CCT = 'cloud-pi-native/cct-cloud-native:cct-exigences.md';

/** Gates 3 and 4 judged on what SonarQube measures on the main branch (fact source `sonarqube`). */
export const SONARQUBE_CRITERIA: readonly Criterion[] = [
  {
    id: 'S3-SONAR-QUALITY-GATE',
    step: 3,
    severity: 'blocking',
    title: {
      fr: 'La quality gate SonarQube est verte',
      en: 'The SonarQube quality gate is green',
    },
    rationale: {
      fr: 'Le pipeline du catalogue attend la quality gate ; une version représentative respecte le référentiel de qualité mesuré par SonarQube.',
      en: "The catalog's pipeline waits for the quality gate; a representative version meets the quality standard SonarQube measures.",
    },
    appliesTo: COMPONENT,
    rule: { fact: 'fact:sonarqube/qualityGate', equals: 'OK' },
    remediation: {
      text: {
        fr: 'Corrigez les conditions en échec de la quality gate sur la branche principale, puis relancez l’analyse.',
        en: 'Fix the failing quality gate conditions on the main branch, then run the analysis again.',
      },
      link: '/services/sonarqube',
    },
    source: `${SONAR_CI} (SONAR_WAIT_QUALITY_GATE); ${CCT} (EXI-ORG-14)`,
    measuredBy: 'sonarqube',
    replaces: ['S3-SONAR'],
  },
  {
    id: 'S3-SONAR-COVERAGE',
    step: 3,
    severity: 'advisory',
    title: {
      fr: 'Les tests couvrent au moins 80 % du code',
      en: 'Tests cover at least 80% of the code',
    },
    rationale: {
      fr: 'Le CCT vise une couverture complète du back-end (exigence importante, non bloquante) ; 80 % est le seuil de la quality gate par défaut de SonarQube.',
      en: "The CCT aims at full back-end coverage (an important, non-blocking requirement); 80% is the threshold of SonarQube's default quality gate.",
    },
    appliesTo: COMPONENT,
    rule: { fact: 'fact:sonarqube/coverage', number: { gte: 80 } },
    remediation: {
      text: {
        fr: 'Ajoutez des tests et publiez leur rapport de couverture dans l’analyse SonarQube.',
        en: 'Add tests and import their coverage report into the SonarQube analysis.',
      },
      link: '/services/sonarqube',
    },
    source: `${CCT} (EXI-ORG-10)`,
    measuredBy: 'sonarqube',
  },
  {
    id: 'S4-SONAR-SECURITY',
    step: 4,
    severity: 'blocking',
    title: {
      fr: 'SonarQube ne signale aucune vulnérabilité (note A)',
      en: 'SonarQube reports no vulnerability (rating A)',
    },
    rationale: {
      fr: 'Avant la production, les développeurs garantissent l’absence de vulnérabilité exploitable dans leur code.',
      en: 'Before production, developers ensure their code has no exploitable vulnerability.',
    },
    appliesTo: COMPONENT,
    rule: { fact: 'fact:sonarqube/securityRating', equals: 'A' },
    remediation: {
      text: {
        fr: 'Corrigez les vulnérabilités signalées par SonarQube sur la branche principale.',
        en: 'Fix the vulnerabilities SonarQube reports on the main branch.',
      },
      link: '/services/sonarqube',
    },
    source: `${CCT} (EXI-ORG-1, EXI-ORG-13)`,
    measuredBy: 'sonarqube',
  },
  {
    id: 'S4-SONAR-RELIABILITY',
    step: 4,
    severity: 'blocking',
    title: {
      fr: 'La fiabilité mesurée est bonne (note A ou B)',
      en: 'Measured reliability is good (rating A or B)',
    },
    rationale: {
      fr: 'Les rapports du produit attestent la qualité avant la production ; la qualité mesurée ne doit pas décroître.',
      en: "The product's reports attest its quality before production; measured quality must not decrease.",
    },
    appliesTo: COMPONENT,
    // `any` of `equals` rather than `oneOf`: a measured C is a failure, not malformed evidence.
    rule: {
      any: [
        { fact: 'fact:sonarqube/reliabilityRating', equals: 'A' },
        { fact: 'fact:sonarqube/reliabilityRating', equals: 'B' },
      ],
    },
    remediation: {
      text: {
        fr: 'Corrigez les bogues majeurs et critiques signalés par SonarQube.',
        en: 'Fix the major and critical bugs SonarQube reports.',
      },
      link: '/services/sonarqube',
    },
    source: `cloud-pi-native/embarquement-autoformation:README.md (step 4); ${CCT} (EXI-ORG-14)`,
    measuredBy: 'sonarqube',
  },
];
