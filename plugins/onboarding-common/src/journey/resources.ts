import { StepNumber } from './steps';
import { PerimeterId } from './perimeters';

/** What kind of material a resource is. */
export type ResourceKind =
  | 'article'
  | 'checklist'
  | 'course'
  | 'doc'
  | 'doc-pdf'
  | 'form'
  | 'publication'
  | 'site'
  | 'slides-pdf'
  | 'tutorial'
  | 'video';

/** Language of a resource; `unknown` where the source does not say (mostly videos). */
export type ResourceLanguage = 'fr' | 'en' | 'unknown';

/** A self-training resource recommended at one step of the journey. */
export interface Resource {
  step: StepNumber;
  /** The perimeter the resource is written for, or `all` when it is for everyone. */
  perimeter: PerimeterId | 'all';
  kind: ResourceKind;
  language: ResourceLanguage;
  /** Title as the programme publishes it (in the resource's own language). */
  title: string;
  url: string;
  /** Reachable only from the State's interministerial network (RIE). */
  intranetOnly?: boolean;
  /** A paid training or a likely paywalled article. */
  paid?: boolean;
}

/**
 * The self-training resources of the programme's journey, step by step
 * (cloud-pi-native/embarquement-autoformation). Links the sources mark as dead
 * were left out: Amorcer son équipe produit et élaborer un plan de formation (maturity check); Commander ses ressources, mettre en oeuvre le pipeline, réaliser un hello world.
 */
export const RESOURCES: readonly Resource[] = [
  // Stands in for the removed "hello world" page of the documentation repository, as the sources point to it.
  { step: 3, perimeter: 'technical', kind: 'tutorial', language: 'fr', title: "Bien démarrer avec Cloud Pi Native (documentation de l'offre)", url: "https://cloud-pi-native.fr/guide/get-started" },
  { step: 1, perimeter: 'all', kind: 'site', language: 'fr', title: "Page de présentation de l'offre Cloud Pi Native", url: "https://dnum-mi.github.io/" },
  { step: 1, perimeter: 'all', kind: 'form', language: 'fr', title: "Décrire son besoin et prendre contact (préqualification Cloud Pi Native)", url: "https://www.demarches-simplifiees.fr/commencer/prequalification-cloud-pi-native" },
  { step: 1, perimeter: 'all', kind: 'doc', language: 'fr', title: "Politique d'accompagnement et conditions d'éligibilité", url: "https://github.com/cloud-pi-native/embarquement-autoformation/blob/main/eligibilite.md" },
  { step: 1, perimeter: 'all', kind: 'checklist', language: 'fr', title: "Checklist d'embarquement (steps 1-5)", url: "https://github.com/cloud-pi-native/embarquement-autoformation/blob/main/checklist.md" },
  { step: 1, perimeter: 'all', kind: 'slides-pdf', language: 'fr', title: "Sensibilisation Cloud Pi Native V12 (présentation)", url: "https://github.com/cloud-pi-native/embarquement-autoformation/files/13318327/Sensibilisation.Cloud.Pi.Native.V12.pdf" },
  { step: 1, perimeter: 'all', kind: 'course', language: 'fr', title: "Les Leviers du numérique pour la transformation des politiques publiques", url: "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=492" },
  { step: 1, perimeter: 'all', kind: 'article', language: 'fr', title: "Mythes et réalités autour du cloud", url: "https://blog.octo.com/legendes-cloud/" },
  { step: 1, perimeter: 'all', kind: 'course', language: 'fr', title: "La doctrine \"Cloud au centre\" de l'État", url: "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=496" },
  { step: 1, perimeter: 'all', kind: 'doc-pdf', language: 'en', title: "NIST SP 800-145 (5 caractéristiques du cloud)", url: "https://nvlpubs.nist.gov/nistpubs/legacy/sp/nistspecialpublication800-145.pdf" },
  { step: 1, perimeter: 'all', kind: 'article', language: 'fr', title: "Modèles de partage de responsabilités (cloud public/privé/hybride)", url: "https://www.redhat.com/fr/topics/cloud-computing/public-cloud-vs-private-cloud-and-hybrid-cloud#questions-fr%C3%A9quentes" },
  { step: 1, perimeter: 'all', kind: 'article', language: 'fr', title: "Sécurité cloud vs sécurité on-premise", url: "https://medium.com/@ismaelbouarfa/s%C3%A9curit%C3%A9-cloud-vs-s%C3%A9curit%C3%A9-on-premise-b6e742bf7b7b" },
  { step: 1, perimeter: 'all', kind: 'article', language: 'fr', title: "Technologies cloud native (Red Hat)", url: "https://www.redhat.com/fr/topics/cloud-native-apps" },
  { step: 1, perimeter: 'all', kind: 'article', language: 'fr', title: "Leviers méthodologiques et culturels du cloud (OCTO, enjeux 2023)", url: "https://blog.octo.com/cloud-enjeux-2023/" },
  { step: 2, perimeter: 'all', kind: 'video', language: 'unknown', title: "Qu'est ce que le DevSecOps en 8 minutes", url: "https://www.youtube.com/watch?v=nrhxNNH5lt0&list=PLy7NrYWoggjwV7qC4kmgbgtFBsqkrsefG&index=3" },
  { step: 2, perimeter: 'all', kind: 'course', language: 'fr', title: "Qu'est ce que le mode produit?", url: "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=480" },
  { step: 2, perimeter: 'all', kind: 'course', language: 'fr', title: "Cybersécurité des projets numériques", url: "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=494" },
  { step: 2, perimeter: 'all', kind: 'video', language: 'unknown', title: "L'essentiel de kubernetes en 7 minutes", url: "https://www.youtube.com/watch?v=NChhdOZV4sY" },
  { step: 2, perimeter: 'all', kind: 'tutorial', language: 'fr', title: "Prendre en main kubernetes en 5 min avec un tutoriel \"pour tous\"", url: "https://kubernetes.io/fr/docs/tutorials/kubernetes-basics/" },
  { step: 2, perimeter: 'governance', kind: 'course', language: 'fr', title: "Gestion des achats et fournisseurs dans les projets numériques", url: "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=495" },
  { step: 2, perimeter: 'governance', kind: 'video', language: 'unknown', title: "D'ou vient kubernetes et à quels enjeux cela répond-il?", url: "https://www.youtube.com/watch?v=sVP8xb9BrhM" },
  { step: 2, perimeter: 'project-management', kind: 'course', language: 'fr', title: "Manager une equipe produit, cloud, agile", url: "https://www.udemy.com/course/les-fondamentaux-de-lagilite-scrum/" },
  { step: 2, perimeter: 'project-management', kind: 'course', language: 'unknown', title: "Manager à l'ère du cloud", url: "https://www.udemy.com/course/cloud-computing-for-beginners-infrastructure-as-a-service/" },
  { step: 2, perimeter: 'project-management', kind: 'doc', language: 'fr', title: "Concepts de base: les \"objets\" kubernetes", url: "https://kubernetes.io/fr/docs/concepts/" },
  { step: 2, perimeter: 'project-management', kind: 'course', language: 'fr', title: "Introduction à Kubernetes", url: "https://www.udemy.com/course/la_plateforme_k8s/" },
  { step: 2, perimeter: 'technical', kind: 'course', language: 'fr', title: "Formation externe (Wescale): conteneurs & kubernetes fondamentaux", url: "https://training.wescale.fr/formations/conteneurs-kubernetes-fondamentaux", paid: true },
  { step: 2, perimeter: 'technical', kind: 'doc', language: 'fr', title: "Documentation officielle k8s", url: "https://kubernetes.io/fr/docs/concepts/" },
  { step: 2, perimeter: 'technical', kind: 'article', language: 'fr', title: "Kubernetes pour les nuls (Wescale)", url: "https://blog.wescale.fr/kubernetes-pour-les-nuls" },
  { step: 2, perimeter: 'technical', kind: 'doc', language: 'fr', title: "Approvisionner son cluster k8s (documentation officielle)", url: "https://kubernetes.io/fr/docs/setup/" },
  { step: 2, perimeter: 'technical', kind: 'doc', language: 'fr', title: "Concepts-clef, \"la persistance\"", url: "https://kubernetes.io/fr/docs/concepts/storage/persistent-volumes/" },
  { step: 2, perimeter: 'technical', kind: 'article', language: 'fr', title: "Concept-clef \"les opérateurs kubernetes\"", url: "https://blog.wescale.fr/3-exemples-pour-comprendre-les-op%C3%A9rateurs-kubernetes" },
  { step: 2, perimeter: 'all', kind: 'doc', language: 'fr', title: "Cadre de Cohérence Technique \"Cloud Native\" (CCT)", url: "https://github.com/cloud-pi-native/cct-cloud-native/blob/main/README.md" },
  { step: 2, perimeter: 'all', kind: 'form', language: 'fr', title: "Formulaire de demande d'accès à la console", url: "https://www.demarches-simplifiees.fr/commencer/cloud-pi-native" },
  { step: 2, perimeter: 'technical', kind: 'doc', language: 'fr', title: "Les 12 facteurs", url: "https://12factor.net/fr" },
  { step: 3, perimeter: 'all', kind: 'video', language: 'unknown', title: "Cloud Native : comprendre l'essentiel en 9 minutes", url: "https://www.youtube.com/watch?v=k-NXaFZ5lCU" },
  { step: 3, perimeter: 'all', kind: 'video', language: 'en', title: "Creating the Cloud native organisation", url: "https://www.youtube.com/watch?v=T0XgRVPqCOM" },
  { step: 3, perimeter: 'governance', kind: 'video', language: 'unknown', title: "Comprendre une usine logicielle DevSecOps et l'organisation autour", url: "https://www.youtube.com/watch?v=wSBqoueGLTQ" },
  { step: 3, perimeter: 'project-management', kind: 'course', language: 'fr', title: "Sécuriser ses projets numériques", url: "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=488" },
  { step: 3, perimeter: 'project-management', kind: 'form', language: 'fr', title: "Mettre en place la contractualisation", url: "https://www.demarches-simplifiees.fr/commencer/cloud-pi-native" },
  { step: 3, perimeter: 'project-management', kind: 'course', language: 'fr', title: "Gestion des achats et fournisseurs dans les projet numériques", url: "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=495" },
  { step: 3, perimeter: 'technical', kind: 'doc', language: 'fr', title: "Documentation de l'offre", url: "https://github.com/cloud-pi-native/documentation" },
  { step: 3, perimeter: 'technical', kind: 'checklist', language: 'fr', title: "Comprendre & mettre en œuvre un pipeline DevSecOps", url: "https://www.redhat.com/fr/resources/5-ways-to-devsecops-with-automation-checklist" },
  { step: 3, perimeter: 'technical', kind: 'tutorial', language: 'fr', title: "Comprendre & hands-on GitOps", url: "https://github.com/dnum-mi/gitops-tutorial" },
  { step: 3, perimeter: 'technical', kind: 'doc', language: 'en', title: "Un outil de livraison continue pour kubernetes (ArgoCD)", url: "https://argo-cd.readthedocs.io/en/stable/" },
  { step: 4, perimeter: 'all', kind: 'course', language: 'fr', title: "Cybersécurité des projets numériques", url: "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=494" },
  { step: 4, perimeter: 'all', kind: 'course', language: 'fr', title: "Identité numérique", url: "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=491" },
  { step: 4, perimeter: 'governance', kind: 'article', language: 'fr', title: "Comprendre la sécurité à l'ère du cloud (zero-trust...)", url: "https://www.techniques-ingenieur.fr/base-documentaire/technologies-de-l-information-th9/securite-des-si-organisation-dans-l-entreprise-et-legislation-42458210/systeme-d-information-hybride-et-securite-un-retour-a-la-realite-h5140/", paid: true },
  { step: 4, perimeter: 'project-management', kind: 'article', language: 'fr', title: "La sécurité à l'ère kubernetes, introduction", url: "https://www.redhat.com/fr/topics/containers/intro-kubernetes-security" },
  { step: 4, perimeter: 'project-management', kind: 'article', language: 'fr', title: "La sécurité à l'ère kubernetes, bonnes pratiques", url: "https://www.redhat.com/fr/topics/containers/kubernetes-security-best-practices" },
  { step: 4, perimeter: 'technical', kind: 'video', language: 'unknown', title: "Concevoir une architecture applicative avec kubernetes, introduction", url: "https://www.youtube.com/watch?v=umXEmn3cMWY" },
  { step: 4, perimeter: 'technical', kind: 'article', language: 'fr', title: "Concevoir une architecture applicative avec kubernetes", url: "https://www.redhat.com/fr/topics/containers/kubernetes-architecture" },
  { step: 4, perimeter: 'technical', kind: 'video', language: 'unknown', title: "Observer les signaux de vie d'une l'application (prometheus)", url: "https://www.youtube.com/watch?v=ti0YEPZAxMk" },
  { step: 4, perimeter: 'all', kind: 'doc', language: 'fr', title: "Offre d'hébergement", url: "https://pi.interieur.rie.gouv.fr/home-dnum/infrastructure-et-dev/hebergement-et-reseau/hebergement/", intranetOnly: true },
  { step: 4, perimeter: 'all', kind: 'doc', language: 'fr', title: "Demande d'hébergement sur le Cloud Pi", url: "https://resana.numerique.gouv.fr/public/document/consulter/7054535" },
  { step: 4, perimeter: 'technical', kind: 'doc', language: 'fr', title: "Documentation de l'offre", url: "https://github.com/cloud-pi-native/documentation" },
  { step: 5, perimeter: 'governance', kind: 'course', language: 'fr', title: "Management de produit", url: "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=480" },
  { step: 5, perimeter: 'governance', kind: 'publication', language: 'fr', title: "Manager une équipe produit & cloud & agile", url: "https://publication.octo.com/fr/culture-produit-product-management-octo" },
  { step: 5, perimeter: 'project-management', kind: 'article', language: 'fr', title: "Comprendre le lien entre opensource et culture cloud native", url: "https://www.oracle.com/fr/cloud/cloud-native/what-is-cloud-native/#defining" },
  { step: 5, perimeter: 'project-management', kind: 'site', language: 'en', title: "Comprendre le CNCF Landscape", url: "https://landscape.cncf.io/" },
  { step: 5, perimeter: 'project-management', kind: 'article', language: 'fr', title: "Pourquoi passer du mode projet au mode produit", url: "https://blog.octo.com/passer-du-mode-projet-au-mode-produit/" },
  { step: 5, perimeter: 'technical', kind: 'doc', language: 'fr', title: "comprendre les \"charts Helms\"", url: "https://helm.sh/fr/" },
  { step: 5, perimeter: 'technical', kind: 'article', language: 'fr', title: "Introduction à helm", url: "https://blog.wescale.fr/introduction-a-helm" },
  { step: 5, perimeter: 'technical', kind: 'article', language: 'fr', title: "Les bases de helm", url: "https://blog.wescale.fr/helm-pour-les-nuls-et-moins-nuls" },
  { step: 5, perimeter: 'technical', kind: 'course', language: 'fr', title: "Cours sur les chart helm", url: "https://cours.hadrienpelissier.fr/03-kubernetes/cours_7_helm/" },
  { step: 5, perimeter: 'technical', kind: 'video', language: 'en', title: "Les operators en bref", url: "https://www.youtube.com/watch?v=i9V4oCa5f9I" },
  { step: 5, perimeter: 'technical', kind: 'doc', language: 'fr', title: "Documentation technique (Deployments)", url: "https://kubernetes.io/fr/docs/concepts/workloads/controllers/deployment/" },
  { step: 5, perimeter: 'technical', kind: 'article', language: 'fr', title: "Le chaos engineering partie 1", url: "https://blog.wescale.fr/le-guide-de-chaos-engineering-part-1" },
  { step: 5, perimeter: 'technical', kind: 'article', language: 'fr', title: "Le chaos engineering partie 2", url: "https://blog.wescale.fr/le-guide-de-chaos-engineering-partie-2" },
  { step: 5, perimeter: 'technical', kind: 'doc', language: 'en', title: "LitmusChaos documentation", url: "https://docs.litmuschaos.io/" },
  { step: 5, perimeter: 'technical', kind: 'doc', language: 'en', title: "Gérer l'alerting", url: "https://prometheus.io/docs/alerting/latest/alertmanager/" },
  { step: 5, perimeter: 'technical', kind: 'article', language: 'en', title: "Autoremediation", url: "https://rubyfaby.medium.com/auto-remediation-with-prometheus-alert-manager-and-ansible-e4d7bdbb6abf" },
  { step: 5, perimeter: 'technical', kind: 'course', language: 'en', title: "Formation certifiée à kubernetes", url: "https://www.udemy.com/course/certified-kubernetes-application-developer/" },
  { step: 5, perimeter: 'technical', kind: 'course', language: 'fr', title: "Formation avancées à kubernetes", url: "https://training.wescale.fr/formations/kubernetes-avancee-devops" },
  { step: 5, perimeter: 'technical', kind: 'video', language: 'unknown', title: "Les \" Operators\", pour les développeurs", url: "https://www.youtube.com/watch?v=-I91DSU8glA" },
];
