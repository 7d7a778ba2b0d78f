/**
 * French texts of the onboarding plugin: every key, since most users read French.
 * `createTranslationRef` checks at compile time that no key is missing; the
 * translation test checks that none is extra.
 */
const fr = {
  'entityCard.title': 'Embarquement Cloud Pi Native',
  'entityCard.journeyLabel': "Parcours d'embarquement, étape {{step}} sur 5",
  'entityCard.declaredStep': 'Étape déclarée : {{step}} sur 5',
  'entityCard.maturity': 'Maturité : {{maturity}}',
  'entityCard.deliverable': 'Livrable : {{deliverable}}',
  'entityCard.gate': 'Critère go/no-go pour sortir de cette étape : {{gate}}',
  'entityCard.resourcesTitle': "Ressources recommandées pour l'étape {{step}}",
  'entityCard.noResources':
    "Aucune ressource n'est encore recommandée pour cette étape.",
  'entityCard.openConsole': 'Ouvrir le projet dans la console Cloud Pi Native',
  'entityCard.openDocs': 'Documentation Cloud Pi Native',
  'entityCard.noConsoleHint':
    "Ajoutez l'annotation {{annotation}} pour relier cette entité à son projet dans la console.",
  'entityCard.missingTitle': "Aucune étape d'embarquement déclarée",
  'entityCard.missingDescription':
    "Ajoutez cette annotation au catalog-info.yaml de l'entité pour la situer sur le parcours Cloud Pi Native (1 à 5) :",
  'entityCard.invalidTitle': "Étape d'embarquement invalide",
  'entityCard.invalidDescription':
    "L'annotation {{annotation}} vaut {{value}} : un nombre entier de 1 à 5 est attendu.",
  'entityCard.errorTitle': "Le parcours d'embarquement n'a pas pu être chargé",
  'entityCard.retry': 'Réessayer',
  'entityCard.newTab': '(ouvre un nouvel onglet)',
  'perimeter.all': 'Tous',
  'resourceKind.article': 'Article',
  'resourceKind.checklist': 'Liste de contrôle',
  'resourceKind.course': 'Formation',
  'resourceKind.doc': 'Documentation',
  'resourceKind.doc-pdf': 'Document (PDF)',
  'resourceKind.form': 'Formulaire',
  'resourceKind.publication': 'Publication',
  'resourceKind.site': 'Site web',
  'resourceKind.slides-pdf': 'Présentation (PDF)',
  'resourceKind.tutorial': 'Tutoriel',
  'resourceKind.video': 'Vidéo',
  'resourceLanguage.fr': 'Français',
  'resourceLanguage.en': 'Anglais',
  'resourceLanguage.unknown': 'Langue non précisée',
  'resourceFlag.intranetOnly': "Intranet de l'État (RIE) uniquement",
  'resourceFlag.paid': 'Payant ou accès restreint',
};

export default fr;
