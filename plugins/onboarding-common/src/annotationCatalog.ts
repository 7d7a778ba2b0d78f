import {
  ANNOTATION_CONSOLE_PROJECT,
  ANNOTATION_CONSOLE_URL,
  ANNOTATION_EXEMPTION_PREFIX,
  ANNOTATION_ONBOARDING_STEP,
  ANNOTATION_PREFIX,
} from './annotations';
import { Criterion } from './criteria/types';
import { Rule } from './rules';

/** An annotation the suite reads, for documentation and snippet helpers. */
export interface AnnotationInfo {
  name: string;
  meaning: string;
  example: string;
}

const cpn = (name: string) => `${ANNOTATION_PREFIX}${name}`;

/**
 * Every annotation the suite reads, with what it means and an example value. Criteria
 * added in app-config may read others; `annotationTable` lists those too.
 */
export const KNOWN_ANNOTATIONS: readonly AnnotationInfo[] = [
  {
    name: ANNOTATION_ONBOARDING_STEP,
    meaning:
      'Step (1–5) the team declares the entity has reached; checked against the evidence',
    example: "'3'",
  },
  {
    name: ANNOTATION_CONSOLE_PROJECT,
    meaning: "Slug of the entity's project in the Cloud Pi Native console",
    example: 'dossier-usager',
  },
  {
    name: ANNOTATION_CONSOLE_URL,
    meaning: 'Console instance of the project, when not the portal-wide one',
    example: 'https://console.example.gouv.fr',
  },
  {
    name: `${ANNOTATION_EXEMPTION_PREFIX}<criterion id>`,
    meaning: 'Exemption from one criterion: expiry day, colon, reason',
    example: "'2026-12-31: sponsor being appointed'",
  },
  {
    name: cpn('sponsor'),
    meaning: 'Sponsor backing the project: a catalog user ref or an e-mail',
    example: 'user:default/camille.martin',
  },
  {
    name: cpn('request-type'),
    meaning:
      'Type of request: move2cloud, new-project, experimentation, devsecops-chain',
    example: 'new-project',
  },
  {
    name: cpn('funding'),
    meaning: 'Funding framework: project, programme, budget, experimentation',
    example: 'programme',
  },
  {
    name: cpn('eligibility-case'),
    meaning: 'Eligibility case for the programme’s support, 1 to 4',
    example: "'1'",
  },
  {
    name: cpn('prequalification'),
    meaning: 'Link to the prequalification file (demarches-simplifiees.fr)',
    example: 'https://www.demarches-simplifiees.fr/dossiers/4810203',
  },
  {
    name: cpn('project-plan'),
    meaning: 'Link to the project plan (qualification template)',
    example: 'https://wiki.example.gouv.fr/projet/plan-projet',
  },
  {
    name: cpn('cct-reviewed'),
    meaning:
      'Day the team last reviewed the technical coherence framework (CCT)',
    example: "'2026-09-14'",
  },
  {
    name: cpn('architecture-doc'),
    meaning: 'Link to the architecture document',
    example: 'https://wiki.example.gouv.fr/projet/architecture',
  },
  {
    name: cpn('skills'),
    meaning: "The team's skills, comma-separated",
    example: 'containers, kubernetes, gitlab-ci, gitops',
  },
  {
    name: cpn('access-request'),
    meaning:
      'Console access request: link to the file, or the day it was e-mailed',
    example: "'2026-02-01'",
  },
  {
    name: cpn('sizing'),
    meaning: 'Resource estimate, non-production and production',
    example: 'hprod 2 vCPU / 4 GiB, prod 4 vCPU / 8 GiB',
  },
  {
    name: cpn('prereq-stateless'),
    meaning: 'The application is stateless (technical prerequisite)',
    example: "'true'",
  },
  {
    name: cpn('sandbox-mvp'),
    meaning: 'URL of the MVP running in the sandbox',
    example: 'https://projet.sandbox.example.gouv.fr',
  },
  {
    name: cpn('health-path'),
    meaning: 'Path of the health endpoint the probes call',
    example: '/health',
  },
  {
    name: cpn('log-format'),
    meaning: 'Format of the logs on standard output: json or gelf',
    example: 'json',
  },
  {
    name: cpn('hosting-request'),
    meaning: 'Link to the Cloud Pi hosting request',
    example:
      'https://resana.numerique.gouv.fr/public/document/consulter/7054535',
  },
  {
    name: cpn('homologation'),
    meaning: 'Day of the security accreditation decision',
    example: "'2026-08-28'",
  },
  {
    name: cpn('observability-dashboards'),
    meaning: 'Link to the Grafana dashboards of the product',
    example: 'https://grafana.example.gouv.fr/d/projet',
  },
  {
    name: cpn('alert-contact'),
    meaning: 'Where alerts go: channel (mattermost:, tchap:) or address',
    example: 'mattermost:~projet-alertes',
  },
  {
    name: cpn('backup-policy'),
    meaning: 'Link to the backup and restore procedure',
    example: 'https://wiki.example.gouv.fr/projet/sauvegardes',
  },
  {
    name: cpn('sso'),
    meaning:
      'How users sign in: agent-sso, franceconnect, agent-sso+franceconnect, none-needed',
    example: 'agent-sso',
  },
  {
    name: cpn('restore-test'),
    meaning: 'Day of the last full restore test',
    example: "'2026-10-15'",
  },
  {
    name: cpn('certification'),
    meaning: "Day of the team's latest Cloud Pi Native certification",
    example: "'2026-05-30'",
  },
  {
    name: cpn('contributions'),
    meaning: "Link to the team's contributions to the offer",
    example: 'https://github.com/cloud-pi-native/console/pulls',
  },
  {
    name: 'sonarqube.org/project-key',
    meaning: 'SonarQube project key (ecosystem annotation)',
    example: 'dossier-usager-portail-3f9a',
  },
  {
    name: 'argocd/app-selector',
    meaning:
      "Label selector of the project's Argo CD applications (ecosystem annotation)",
    example: 'dso/project.slug=dossier-usager',
  },
  {
    name: 'backstage.io/techdocs-ref',
    meaning: 'Where the TechDocs documentation lives (Backstage annotation)',
    example: 'dir:.',
  },
  {
    name: 'backstage.io/source-template',
    meaning: 'Template the entity was created from (set by the scaffolder)',
    example: 'template:default/service-cloud-pi-native',
  },
];

function annotationsRead(rule: Rule): string[] {
  if ('all' in rule) return rule.all.flatMap(annotationsRead);
  if ('any' in rule) return rule.any.flatMap(annotationsRead);
  if ('not' in rule) return annotationsRead(rule.not);
  return rule.fact.startsWith('annotation:')
    ? [rule.fact.slice('annotation:'.length)]
    : [];
}

/** The annotation reference table of the docs, as Markdown, with the criteria that read each annotation. */
export function annotationTable(criteria: readonly Criterion[]): string {
  const readers = new Map<string, Set<string>>();
  for (const criterion of criteria) {
    for (const name of annotationsRead(criterion.rule)) {
      readers.set(name, (readers.get(name) ?? new Set()).add(criterion.id));
    }
  }
  const known = new Set(KNOWN_ANNOTATIONS.map(a => a.name));
  const rows = [
    ...KNOWN_ANNOTATIONS,
    ...[...readers.keys()]
      .filter(n => !known.has(n))
      .map(name => ({
        name,
        meaning: '(read by a configured criterion)',
        example: '',
      })),
  ].map(a => {
    const ids = a.name.startsWith(ANNOTATION_EXEMPTION_PREFIX)
      ? 'any (see Exemptions)'
      : [...(readers.get(a.name) ?? [])].join(', ') || '—';
    return `| \`${a.name}\` | ${a.meaning} | \`${a.example}\` | ${ids} |`;
  });
  return [
    '| Annotation | Meaning | Example | Criteria that read it |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function factsRead(rule: Rule): string[] {
  if ('all' in rule) return rule.all.flatMap(factsRead);
  if ('any' in rule) return rule.any.flatMap(factsRead);
  if ('not' in rule) return factsRead(rule.not);
  return rule.fact.startsWith('fact:') ? [rule.fact.slice('fact:'.length)] : [];
}

/** The measured criteria table of the docs, as Markdown: which source and facts judge each, and what it replaces. */
export function measuredCriteriaTable(criteria: readonly Criterion[]): string {
  const rows = criteria
    .filter(c => c.measuredBy)
    .map(
      c =>
        `| ${c.id} | ${c.step} | ${c.severity} | \`${c.measuredBy}\` | ${[
          ...new Set(factsRead(c.rule)),
        ]
          .map(f => `\`${f}\``)
          .join(', ')} | ${(c.replaces ?? []).join(', ') || '—'} | ${
          c.title.en
        } |`,
    );
  return [
    '| Criterion | Gate | Severity | Source | Facts read | Replaces (where the source is configured) | What it checks |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** A criteria table of the docs, as Markdown: each criterion's gate, severity, what it applies to and checks. */
export function criteriaTable(criteria: readonly Criterion[]): string {
  const applies = (c: Criterion) =>
    [
      c.appliesTo?.kinds?.join(', '),
      c.appliesTo?.types?.length ? `type ${c.appliesTo.types.join(', ')}` : '',
      c.appliesTo?.lifecycles?.length
        ? `lifecycle ${c.appliesTo.lifecycles.join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join('; ') || 'any';
  return [
    '| Criterion | Gate | Severity | Applies to | What it checks |',
    '| --- | --- | --- | --- | --- |',
    ...criteria.map(
      c =>
        `| ${c.id} | ${c.step} | ${c.severity} | ${applies(c)} | ${
          c.title.en
        } |`,
    ),
  ].join('\n');
}
