import { Criterion } from '../types';

/**
 * The Kyverno policies of the Cloud Pi Native clusters whose failure action is AUDIT in
 * dev and preprod and ENFORCE in prod: what dev tolerates and prod will refuse
 * (cloud-pi-native/documentation:docs/agreement/kyverno.md@089e2af).
 */
export const KYVERNO_AUDIT_IN_DEV_POLICIES: readonly string[] = [
  'add-quota',
  'check-labels',
  'cm-no-credentials',
  'disallow-hostpath',
  'disallow-latest',
  'disallow-selfprovisionning',
  'job-history',
  'limit-size-pvc',
  'need-containers-ressources',
  'need-liveness-readiness',
  'restrict-image-registry',
  'restrict-nodeport',
];

const COMPONENT = { kinds: ['Component'] };
const SOURCE_KYVERNO =
  'cloud-pi-native/documentation:agreement/kyverno.md (AUDIT in dev/preprod, ENFORCE in prod)';

/** Criteria judged by the PolicyReports Kyverno writes in the project's namespaces. */
export const KYVERNO_CRITERIA: readonly Criterion[] = [
  {
    id: 'S3-KYVERNO-NONPROD',
    step: 3,
    severity: 'blocking',
    measuredBy: 'kyverno',
    // need-liveness-readiness is among the policies: the probes are measured, not declared.
    replaces: ['S3-PROBES'],
    title: {
      fr: 'Les règles Kyverno de la production sont respectées dès le développement',
      en: 'The Kyverno rules of production are met from development on',
    },
    rationale: {
      fr: 'En dev et préprod, Kyverno ne fait qu’auditer les règles qu’il imposera en production (labels, tag latest, ressources, sondes, registres…) : une version représentative ne doit en enfreindre aucune.',
      en: 'In dev and preprod Kyverno only audits the rules it will enforce in production (labels, latest tag, resources, probes, registries…): a representative version must break none of them.',
    },
    appliesTo: COMPONENT,
    rule: {
      all: [
        { fact: 'fact:kyverno/nonProdChecks', number: { gte: 1 } },
        { fact: 'fact:kyverno/nonProdFailedPolicies', exists: false },
      ],
    },
    remediation: {
      text: {
        fr: 'Déployez en dev ou préprod puis corrigez les ressources que les PolicyReports Kyverno de ces namespaces signalent en échec (règle par règle dans le tableau de bord sécurité).',
        en: 'Deploy to dev or preprod, then fix the resources the Kyverno PolicyReports of those namespaces report as failing (rule by rule in the security dashboard).',
      },
      link: '/agreement/kyverno',
    },
    source: `${SOURCE_KYVERNO}; cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ARCH-12, EXI-ARCH-27); embarquement-autoformation README@c17fc7d (step 3 gate)`,
  },
  {
    id: 'S4-KYVERNO-PROD',
    step: 4,
    severity: 'blocking',
    measuredBy: 'kyverno',
    title: {
      fr: 'Aucune règle Kyverno en échec en production',
      en: 'No Kyverno rule fails in production',
    },
    rationale: {
      fr: 'Les rapports du produit attestent le respect des normes : les PolicyReports Kyverno des namespaces de production ne comptent aucun échec.',
      en: "The product's reports attest that the standards are met: the Kyverno PolicyReports of the production namespaces count no failure.",
    },
    appliesTo: COMPONENT,
    rule: {
      all: [
        { fact: 'fact:kyverno/prodChecks', number: { gte: 1 } },
        { fact: 'fact:kyverno/prodFailedPolicies', exists: false },
      ],
    },
    remediation: {
      text: {
        fr: 'Corrigez les ressources de production que les PolicyReports Kyverno signalent en échec, puis redéployez par Argo CD.',
        en: 'Fix the production resources the Kyverno PolicyReports report as failing, then redeploy through Argo CD.',
      },
      link: '/guide/dashboardsecurite',
    },
    source: `${SOURCE_KYVERNO}; embarquement-autoformation README@c17fc7d (step 4 gate: product reports attest quality and security)`,
  },
];
