import { ANNOTATION_CONSOLE_PROJECT } from '../annotations';
import { Applicability, Criterion } from './types';

/** Template criteria apply to scaffolder templates only; the entity criteria never do. */
const TEMPLATE: Applicability = { kinds: ['Template'] };

/**
 * Facts the backend gathers about a template (see the template fact source):
 * - `fact:template/actions`: the scaffolder actions of its steps (a list);
 * - `fact:template/undocumented-parameters`: how many form fields lack a title or a description;
 * - `fact:skeleton/annotation/<name>`: an annotation of the catalog-info.yaml it generates;
 * - `fact:skeleton/file/<path>`: a file of its skeleton, as text;
 * - `fact:skeleton/dockerfile/user`, `…/rootless`: the final USER of the skeleton's
 *   Dockerfile and whether it is not root (absent when it sets none), read as the GitLab
 *   source reads a repository's (`finalUser`);
 * - `fact:skeleton/ci/catalogIncluded`, `…/catalogFiles`: whether the skeleton's
 *   `.gitlab-ci-dso.yml` (or `.yaml`) includes the Cloud Pi Native CI catalog, and which
 *   files (`catalogInclude`).
 */
export const TEMPLATE_FACTS = {
  actions: 'fact:template/actions',
  undocumentedParameters: 'fact:template/undocumented-parameters',
  skeletonAnnotation: (name: string) => `fact:skeleton/annotation/${name}`,
  skeletonFile: (path: string) => `fact:skeleton/file/${path}`,
  dockerfileUser: 'fact:skeleton/dockerfile/user',
  dockerfileRootless: 'fact:skeleton/dockerfile/rootless',
  ciCatalogIncluded: 'fact:skeleton/ci/catalogIncluded',
};

const SOURCE = 'Cloud Pi Native onboarding suite (template scoring)';

/** The criterion a template must meet for any other to count in its score. */
export const TEMPLATE_CREATES_CRITERION = 'T1-CREATES';

/**
 * Criteria for scaffolder templates, on the same gates as the journey: a template's
 * gate N is GO when it gives every project created from it what gate N needs from a
 * template. Gate 1: the project enters the catalog, owned by a team, documented.
 * Gate 2: it is described well enough to plan with. Gate 3: it is ready for the
 * sandbox: console project, SonarQube and Argo CD wired, an image that does not run as
 * root and the Cloud Pi Native pipeline, as the measured criteria S3-ROOTLESS-IMAGE and
 * S3-CI-CATALOG will check them on the projects created.
 * Production evidence (gate 4) cannot come from a template.
 */
export const TEMPLATE_CRITERIA: readonly Criterion[] = [
  {
    id: TEMPLATE_CREATES_CRITERION,
    step: 1,
    severity: 'blocking',
    title: {
      fr: 'Le modèle crée quelque chose',
      en: 'The template creates something',
    },
    rationale: {
      fr: 'Un modèle sans étape ne crée rien : il ne remplit aucun critère, même ceux qui seraient vrais faute de contenu (un formulaire vide est « documenté »).',
      en: 'A template with no steps creates nothing: it meets no criterion, not even those true for want of content (an empty form is "documented").',
    },
    appliesTo: TEMPLATE,
    rule: { fact: TEMPLATE_FACTS.actions, exists: true },
    remediation: {
      text: {
        fr: 'Ajoutez les étapes (spec.steps) qui créent le projet.',
        en: 'Add the steps (spec.steps) that create the project.',
      },
      link: 'https://backstage.io/docs/features/software-templates/writing-templates',
    },
    source: SOURCE,
  },
  {
    id: 'T1-OWNER',
    step: 1,
    severity: 'blocking',
    title: {
      fr: 'Le modèle appartient à une équipe',
      en: 'The template is owned by a team',
    },
    rationale: {
      fr: "Un modèle sans équipe propriétaire n'est plus maintenu quand son auteur part.",
      en: 'A template with no owning team is no longer maintained once its author leaves.',
    },
    appliesTo: TEMPLATE,
    rule: {
      fact: 'spec:owner',
      matches: '^(?!user:)(group:)?([A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+$',
    },
    remediation: {
      text: {
        fr: 'spec.owner: group:<équipe>',
        en: 'spec.owner: group:<team>',
      },
    },
    source: SOURCE,
  },
  {
    id: 'T1-DESCRIPTION',
    step: 1,
    severity: 'blocking',
    title: { fr: 'Le modèle est décrit', en: 'The template is described' },
    rationale: {
      fr: 'La description dit aux équipes quand choisir ce modèle.',
      en: 'The description tells teams when to pick this template.',
    },
    appliesTo: TEMPLATE,
    rule: { fact: 'metadata:description', matches: '\\S.{19,}' },
    remediation: {
      text: {
        fr: 'Écrivez une description d’au moins 20 caractères.',
        en: 'Write a description of at least 20 characters.',
      },
    },
    source: SOURCE,
  },
  {
    id: 'T1-REGISTER',
    step: 1,
    severity: 'blocking',
    title: {
      fr: 'Ce qui est créé entre au catalogue',
      en: 'What it creates enters the catalog',
    },
    rationale: {
      fr: 'Sans étape catalog:register, le projet créé reste invisible du portail et du parcours.',
      en: 'Without a catalog:register step, the project it creates stays invisible to the portal and the journey.',
    },
    appliesTo: TEMPLATE,
    rule: { fact: TEMPLATE_FACTS.actions, equals: 'catalog:register' },
    remediation: {
      text: {
        fr: 'Ajoutez une étape catalog:register.',
        en: 'Add a catalog:register step.',
      },
      link: 'https://backstage.io/docs/features/software-templates/writing-templates',
    },
    source: SOURCE,
  },
  {
    id: 'T1-PARAMETERS',
    step: 1,
    severity: 'blocking',
    title: {
      fr: 'Chaque paramètre a un titre et une description',
      en: 'Every parameter has a title and a description',
    },
    rationale: {
      fr: 'Un formulaire expliqué évite des projets mal nommés ou mal rattachés.',
      en: 'An explained form avoids badly named or badly owned projects.',
    },
    appliesTo: TEMPLATE,
    rule: { fact: TEMPLATE_FACTS.undocumentedParameters, number: { lte: 0 } },
    remediation: {
      text: {
        fr: 'Donnez title et description à chaque paramètre.',
        en: 'Give every parameter a title and a description.',
      },
    },
    source: SOURCE,
  },
  {
    id: 'T2-LIFECYCLE',
    step: 2,
    severity: 'blocking',
    title: {
      fr: 'Le cycle de vie du modèle est indiqué',
      en: 'The template states its lifecycle',
    },
    rationale: {
      fr: 'Les équipes savent si le modèle est éprouvé ou expérimental.',
      en: 'Teams know whether the template is proven or experimental.',
    },
    appliesTo: TEMPLATE,
    rule: {
      fact: 'spec:lifecycle',
      oneOf: ['experimental', 'production', 'deprecated'],
    },
    remediation: {
      text: {
        fr: 'spec.lifecycle: production',
        en: 'spec.lifecycle: production',
      },
    },
    source: SOURCE,
  },
  {
    id: 'T2-TAGS',
    step: 2,
    severity: 'blocking',
    title: { fr: 'Le modèle est étiqueté', en: 'The template is tagged' },
    rationale: {
      fr: 'Les tags permettent de trouver le modèle.',
      en: 'Tags make the template findable.',
    },
    appliesTo: TEMPLATE,
    rule: { fact: 'tags', exists: true },
    remediation: {
      text: { fr: 'Ajoutez metadata.tags.', en: 'Add metadata.tags.' },
    },
    source: SOURCE,
  },
  {
    id: 'T2-GITLAB',
    step: 2,
    severity: 'blocking',
    title: {
      fr: 'Le code est publié sur GitLab',
      en: 'The code is published to GitLab',
    },
    rationale: {
      fr: "GitLab est la forge de l'usine logicielle Cloud Pi Native.",
      en: 'GitLab is the forge of the Cloud Pi Native software factory.',
    },
    appliesTo: TEMPLATE,
    rule: { fact: TEMPLATE_FACTS.actions, equals: 'publish:gitlab' },
    remediation: {
      text: {
        fr: 'Publiez avec publish:gitlab.',
        en: 'Publish with publish:gitlab.',
      },
    },
    source: SOURCE,
  },
  {
    id: 'T2-OUTPUT-LINKS',
    step: 2,
    severity: 'blocking',
    title: {
      fr: 'Le modèle donne les liens du projet créé',
      en: 'The template links to what it created',
    },
    rationale: {
      fr: 'Des liens de sortie mènent directement au dépôt et à la fiche du catalogue.',
      en: 'Output links lead straight to the repository and the catalog page.',
    },
    appliesTo: TEMPLATE,
    rule: { fact: 'spec:output.links', exists: true },
    remediation: {
      text: { fr: 'Ajoutez spec.output.links.', en: 'Add spec.output.links.' },
    },
    source: SOURCE,
  },
  {
    id: 'T3-CONSOLE',
    step: 3,
    severity: 'blocking',
    title: {
      fr: 'Le projet créé est relié à la console',
      en: 'The project created is linked to the console',
    },
    rationale: {
      fr: 'Le catalog-info.yaml généré porte le projet de la console (critère S3-CONSOLE-PROJECT).',
      en: 'The generated catalog-info.yaml names the console project (criterion S3-CONSOLE-PROJECT).',
    },
    appliesTo: TEMPLATE,
    rule: {
      fact: TEMPLATE_FACTS.skeletonAnnotation(ANNOTATION_CONSOLE_PROJECT),
      exists: true,
    },
    remediation: {
      text: {
        fr: 'Préremplissez cette annotation dans le squelette.',
        en: 'Pre-fill this annotation in the skeleton.',
      },
      annotations: {
        [ANNOTATION_CONSOLE_PROJECT]: '${{ values.consoleProject }}',
      },
    },
    source: SOURCE,
  },
  {
    id: 'T3-SONAR',
    step: 3,
    severity: 'blocking',
    title: {
      fr: 'Le projet créé a sa clé SonarQube',
      en: 'The project created has its SonarQube key',
    },
    rationale: {
      fr: 'La clé SonarQube préremplie répond au critère S3-SONAR dès la création.',
      en: 'A pre-filled SonarQube key meets criterion S3-SONAR from day one.',
    },
    appliesTo: TEMPLATE,
    rule: {
      fact: TEMPLATE_FACTS.skeletonAnnotation('sonarqube.org/project-key'),
      exists: true,
    },
    remediation: {
      text: {
        fr: 'Préremplissez la clé dans le squelette.',
        en: 'Pre-fill the key in the skeleton.',
      },
      annotations: {
        'sonarqube.org/project-key':
          '${{ values.consoleProject }}-${{ values.name }}',
      },
    },
    source: SOURCE,
  },
  {
    id: 'T3-ARGOCD',
    step: 3,
    severity: 'blocking',
    title: {
      fr: 'Le projet créé est suivi dans Argo CD',
      en: 'The project created is tracked in Argo CD',
    },
    rationale: {
      fr: 'Le sélecteur Argo CD prérempli répond au critère S3-GITOPS.',
      en: 'A pre-filled Argo CD selector meets criterion S3-GITOPS.',
    },
    appliesTo: TEMPLATE,
    rule: {
      fact: TEMPLATE_FACTS.skeletonAnnotation('argocd/app-selector'),
      exists: true,
    },
    remediation: {
      text: {
        fr: 'Préremplissez le sélecteur dans le squelette.',
        en: 'Pre-fill the selector in the skeleton.',
      },
      annotations: {
        'argocd/app-selector': 'dso/project.slug=${{ values.consoleProject }}',
      },
    },
    source: SOURCE,
  },
  {
    id: 'T3-ROOTLESS-IMAGE',
    step: 3,
    severity: 'blocking',
    title: {
      fr: "L'image du projet créé ne tourne pas en root",
      en: 'The image of the project created does not run as root',
    },
    rationale: {
      fr: 'La plateforme refuse les conteneurs root : le Dockerfile du squelette fixe à sa dernière étape un USER non root, ce que S3-ROOTLESS-IMAGE vérifiera sur le dépôt créé.',
      en: 'The platform refuses root containers: the final stage of the skeleton Dockerfile sets a non-root USER, which S3-ROOTLESS-IMAGE will check on the repository created.',
    },
    appliesTo: TEMPLATE,
    rule: {
      all: [
        // The user first, so that the evidence shows it.
        { fact: TEMPLATE_FACTS.dockerfileUser, exists: true },
        { fact: TEMPLATE_FACTS.dockerfileRootless, equals: true },
      ],
    },
    remediation: {
      text: {
        fr: 'Ajoutez au squelette un Dockerfile dont la dernière étape fixe `USER <utilisateur non root>`.',
        en: 'Add to the skeleton a Dockerfile whose final stage sets `USER <non-root user>`.',
      },
      link: '/platform/compatibility',
    },
    source: `${SOURCE}; cloud-pi-native/cct-cloud-native:cct-exigences.md (EXI-ARCH-18)`,
  },
  {
    id: 'T3-PIPELINE',
    step: 3,
    severity: 'blocking',
    title: {
      fr: 'Le projet créé a le pipeline Cloud Pi Native',
      en: 'The project created has the Cloud Pi Native pipeline',
    },
    rationale: {
      fr: 'Le fichier .gitlab-ci-dso.yml du squelette inclut le catalogue de CI de Cloud Pi Native (construction, SonarQube, scan), ce que S3-CI-CATALOG vérifiera sur le dépôt créé.',
      en: 'The skeleton .gitlab-ci-dso.yml file includes the Cloud Pi Native CI catalog (build, SonarQube, scan), which S3-CI-CATALOG will check on the repository created.',
    },
    appliesTo: TEMPLATE,
    rule: { fact: TEMPLATE_FACTS.ciCatalogIncluded, equals: true },
    remediation: {
      text: {
        fr: 'Ajoutez au squelette un .gitlab-ci-dso.yml qui inclut les fichiers du catalogue : `include: - project: $CATALOG_PATH, file: [vault-ci.yml, kaniko-ci.yml]`.',
        en: 'Add to the skeleton a .gitlab-ci-dso.yml including the catalog files: `include: - project: $CATALOG_PATH, file: [vault-ci.yml, kaniko-ci.yml]`.',
      },
      link: '/guide/best-practices',
    },
    source: `${SOURCE}; cloud-pi-native/gitlab-ci-catalog:README.md`,
  },
  {
    id: 'T3-SOURCE-TEMPLATE',
    step: 3,
    severity: 'advisory',
    title: {
      fr: 'Le projet créé dit de quel modèle il vient',
      en: 'The project created names its template',
    },
    rationale: {
      fr: "L'annotation backstage.io/source-template permet de suivre ce que deviennent les projets du modèle.",
      en: 'The backstage.io/source-template annotation lets the portal follow what becomes of the projects.',
    },
    appliesTo: TEMPLATE,
    rule: {
      fact: TEMPLATE_FACTS.skeletonAnnotation('backstage.io/source-template'),
      exists: true,
    },
    remediation: {
      text: {
        fr: 'Préremplissez l’annotation dans le squelette.',
        en: 'Pre-fill the annotation in the skeleton.',
      },
      annotations: {
        'backstage.io/source-template': 'template:default/<this template>',
      },
    },
    source: SOURCE,
  },
];
