/*
 * The synthetic catalog of the measuring scripts: N Components over 5 owner groups and the
 * 5 onboarding steps, with cloud-pi-native.fr/... annotations, the 5 groups and a `guest`
 * user; the same catalog on every run (seeded PRNG).
 */
'use strict';

const GROUPS = [
  'equipe-usagers',
  'equipe-usagers-mobile',
  'equipe-plateforme',
  'equipe-data',
  'equipe-securite',
];

// ---------------------------------------------------------------------------------------
// Synthetic catalog

/** Small deterministic PRNG, so that every run generates the same catalog. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Evidence annotations of each step, as in examples/entities.yaml. */
function evidenceByStep(name, slug, random) {
  const pick = list => list[Math.floor(random() * list.length)];
  const day = () =>
    `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(
      1 + Math.floor(random() * 28),
    ).padStart(2, '0')}`;
  return [
    {
      'cloud-pi-native.fr/sponsor': `user:default/${pick([
        'camille.martin',
        'alex.dupont',
        'sam.bernard',
      ])}`,
      'cloud-pi-native.fr/request-type': pick(['new-project', 'move2cloud']),
      'cloud-pi-native.fr/funding': pick(['budget', 'programme', 'project']),
      'cloud-pi-native.fr/eligibility-case': '1',
      'cloud-pi-native.fr/prequalification': `https://www.demarches-simplifiees.fr/dossiers/${
        4600000 + Math.floor(random() * 300000)
      }`,
    },
    {
      'cloud-pi-native.fr/project-plan':
        random() < 0.05
          ? "voir le drive de l'équipe"
          : `https://wiki.example.gouv.fr/${slug}/plan-projet`,
      'cloud-pi-native.fr/cct-reviewed': random() < 0.03 ? '31/02/2026' : day(),
      'cloud-pi-native.fr/architecture-doc': `https://wiki.example.gouv.fr/${slug}/architecture`,
      'cloud-pi-native.fr/skills': pick([
        'containers, kubernetes, gitlab-ci, gitops',
        'containers, kubernetes, gitlab-ci, gitops, helm',
        'containers, gitlab-ci',
      ]),
    },
    {
      'cloud-pi-native.fr/console-project': slug,
      'cloud-pi-native.fr/access-request': day(),
      'cloud-pi-native.fr/sandbox-mvp': `https://${name}.sandbox.example.gouv.fr`,
      'sonarqube.org/project-key': `${slug}-${name}`,
      'argocd/app-selector': `dso/project.slug=${slug}`,
      'backstage.io/techdocs-ref': 'dir:.',
    },
    {
      'cloud-pi-native.fr/health-path': pick([
        '/health',
        '/health/ready',
        '/actuator/health',
      ]),
      'cloud-pi-native.fr/hosting-request':
        'https://resana.numerique.gouv.fr/public/document/consulter/7054535',
      'cloud-pi-native.fr/homologation': day(),
      'cloud-pi-native.fr/observability-dashboards':
        random() < 0.05
          ? `grafana/${slug}`
          : `https://grafana.example.gouv.fr/d/${slug}`,
      'cloud-pi-native.fr/backup-policy': `https://wiki.example.gouv.fr/${slug}/sauvegardes`,
    },
    {
      'cloud-pi-native.fr/alert-contact': `mattermost:~${slug}-alertes`,
      'cloud-pi-native.fr/sso': pick(['agent-sso', 'agent-sso+franceconnect']),
      'cloud-pi-native.fr/log-format': 'json',
      'cloud-pi-native.fr/restore-test': day(),
      'cloud-pi-native.fr/certification': day(),
    },
  ];
}

function entityName(i) {
  return `svc-${String(i).padStart(6, '0')}`;
}

/** The console project slug of the i-th component: four components per project. */
function projectSlug(i) {
  return `projet-${Math.floor(i / 4)}`;
}

/**
 * The catalog as YAML. `annotate(i, name, slug)`, when given, returns annotations added to
 * the i-th component over the generated ones (e.g. every fact source's).
 */
function syntheticCatalog(count, { annotate } = {}) {
  const random = mulberry32(20261125);
  const docs = [];
  for (const group of GROUPS) {
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: group, title: group.replace(/-/g, ' ') },
      spec: { type: 'team', children: [] },
    });
  }
  docs.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'guest' },
    spec: { profile: { displayName: 'Guest' }, memberOf: [GROUPS[0]] },
  });
  for (let i = 0; i < count; i++) {
    const name = entityName(i);
    const slug = projectSlug(i);
    const declared = 1 + (i % 5);
    const evidence = evidenceByStep(name, slug, random);
    const annotations = {};
    // Not on the journey yet, now and then.
    if (random() >= 0.03) {
      annotations['cloud-pi-native.fr/onboarding-step'] =
        random() < 0.02 ? 'trois' : String(declared);
    }
    // Evidence of the steps already passed, mostly complete; of the current one, partial.
    evidence.forEach((set, index) => {
      const step = index + 1;
      const keep = step < declared ? 0.92 : step === declared ? 0.5 : 0.05;
      for (const [key, value] of Object.entries(set)) {
        if (random() < keep) annotations[key] = value;
      }
    });
    if (annotate) Object.assign(annotations, annotate(i, name, slug));
    if (random() < 0.05) {
      annotations['cloud-pi-native.fr/exemption.S2-SKILLS'] =
        '2027-03-31: GitOps training booked for the whole team in March';
    }
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        title: `Service ${i}`,
        description: `Synthetic component ${i} of the load test`,
        annotations,
        tags: [declared >= 4 ? 'production' : 'build'],
      },
      spec: {
        type: random() < 0.7 ? 'service' : 'website',
        lifecycle: [
          'experimental',
          'development',
          'development',
          'production',
          'production',
        ][declared - 1],
        owner: `group:default/${GROUPS[i % GROUPS.length]}`,
      },
    });
  }
  // JSON is YAML: one JSON document per YAML document.
  return docs.map(doc => `---\n${JSON.stringify(doc)}\n`).join('');
}

module.exports = {
  GROUPS,
  mulberry32,
  entityName,
  projectSlug,
  syntheticCatalog,
};
