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
  'entityCard.errorTitle':
    "L'évaluation d'embarquement n'a pas pu être chargée",
  'entityCard.retry': 'Réessayer',
  'entityCard.newTab': '(ouvre un nouvel onglet)',
  'entityCard.evidencedStep': "Étape {{step}} sur 5, d'après les preuves",
  'entityCard.verdictNoGo':
    "NO-GO pour sortir de l'étape {{step}} : critères bloquants non remplis : {{count}}.",
  'entityCard.verdictAllGo':
    "GO : toutes les portes sont franchies ; l'entité est à l'étape 5, la dernière.",
  'entityCard.blockersTitle': 'Ce qui bloque la porte',
  'entityCard.fixLink': 'Comment corriger',
  'entityCard.exemptionsTitle': 'Exemptions',
  'entityCard.exemptionUntil':
    "{{criterion}} : exempté jusqu'au {{date}} ({{reason}})",
  'entityCard.discrepancy':
    "L'entité déclare l'étape {{declared}}, mais ses preuves ne justifient que l'étape {{evidenced}}.",
  'entityCard.noStepDeclared':
    "Aucune étape déclarée : ajoutez l'annotation {{annotation}} pour comparer la déclaration de l'équipe aux preuves.",
  'entityCard.openServices': 'Services dans la console',
  'entityCard.openStepDocs': "Documentation de l'étape {{step}}",
  'entityCard.notFoundTitle': 'Non évaluée',
  'entityCard.notFoundDescription':
    "Le backend d'embarquement ne connaît pas cette entité, ou vous n'avez pas le droit de la voir.",
  'entityCard.resourcesFor': 'Ressources recommandées, étape {{step}}',
  'team.title': "Maturité d'embarquement",
  'team.total': 'Entités évaluées : {{count}}',
  'team.stepShort': 'Étape {{step}}',
  'team.stepCount': 'Étape {{step}} : {{count}}',
  'team.distributionTitle': 'Entités par étape',
  'team.distributionLabel': 'Entités par étape : {{summary}}',
  'team.trendTitle': 'Entités par étape, semaine après semaine',
  'team.trendLabel': 'Entités par étape sur les {{weeks}} dernières semaines',
  'team.criteriaChanged': 'Critères modifiés',
  'team.criteriaChangedNote':
    'Les critères ont changé la semaine du {{weeks}} : les chiffres avant et après ne sont pas mesurés avec les mêmes critères.',
  'team.topFailingRow':
    '{{title}} ({{id}}, étape {{step}}) : entités : {{count}}',
  'team.noFailing': 'Aucun critère non rempli.',
  'team.tableTitle': 'Entités',
  'team.columnEntity': 'Entité',
  'team.columnKind': 'Type',
  'team.columnOwner': 'Propriétaire',
  'team.columnStep': 'Étape',
  'team.columnVerdict': 'Prochaine porte',
  'team.columnBlockers': 'Blocages',
  'team.columnEvaluated': 'Évaluée le',
  'team.exportCsv': 'Exporter en CSV',
  'team.empty':
    "Aucune entité évaluée n'appartient encore à ce groupe ou à ses sous-groupes.",
  'team.notFound':
    "Ce groupe n'est pas dans le catalogue, ou vous n'avez pas le droit de le voir.",
  'templates.title': 'Score des modèles',
  'templates.intro':
    "Chaque modèle est noté sur les portes du parcours qu'il prépare pour les projets créés avec lui, avec le même moteur et le même langage de règles que les entités.",
  'templates.rank': 'N° {{rank}}',
  'templates.startStep':
    "Les projets créés avec lui démarrent à l'étape {{step}}",
  'templates.criteriaMet':
    '{{met}} critères remplis sur {{applicable}} ({{percent}} %)',
  'templates.outcomesTitle': 'Ce que sont devenus ses projets',
  'templates.outcomes': 'Projets créés : {{total}}. {{detail}}',
  'templates.outcomesNone':
    "Aucun projet créé avec lui n'est dans le catalogue.",
  'templates.notEvaluated': '{{count}} pas encore évalué(s)',
  'templates.details': 'Détail des critères',
  'templates.empty': 'Aucun modèle dans le catalogue.',
  'templates.cardTitle': 'Score du modèle',
  'page.title': 'Embarquement Cloud Pi Native',
  'page.subtitle':
    'Maturité des équipes, score des modèles et sources de faits',
  'page.teamsTab': 'Équipes',
  'page.templatesTab': 'Modèles',
  'page.sourcesTab': 'Sources de faits',
  'page.ownerLabel': 'Équipe',
  'page.noGroups': 'Aucun groupe dans le catalogue.',
  'provenance.declared': 'Déclaré (annotation)',
  'provenance.measured': 'Mesuré par {{source}}, recueilli le {{date}}',
  'provenance.measuredNotGathered':
    'Mesuré par {{source}}, aucun fait recueilli pour le moment',
  'provenance.measuredNoAnswer':
    "Mesuré par {{source}}, qui n'a pas pu répondre le {{date}} : inconnu tant qu'il ne répond pas",
  'provenance.measuredNoAnswerYet':
    "Mesuré par {{source}}, qui n'a pas encore répondu : inconnu tant qu'il ne répond pas",
  'provenance.gateOnDeclarations':
    'Cette porte repose sur des déclarations : aucun outil de la plateforme ne la mesure ici.',
  'sources.intro':
    "Les outils de la plateforme auprès desquels le backend d'embarquement recueille des faits, périodiquement, pour juger les critères mesurés. Là où un outil n'est pas configuré, ses portes reposent sur ce que les entités déclarent.",
  'sources.tableTitle': 'Sources de faits configurées',
  'sources.columnSource': 'Source',
  'sources.columnHealth': 'État',
  'sources.columnEntities': 'Entités couvertes',
  'sources.columnFailing': 'En échec',
  'sources.columnLastGathered': 'Dernier recueil',
  'sources.columnFailingSince': 'En échec depuis, dernière erreur',
  'sources.columnBreaker': 'Disjoncteur ouvert depuis',
  'sources.columnMeasures': "Ce qu'elle mesure",
  'sources.simulated': 'Simulateur',
  'sources.simulatedHint':
    'Les sources marquées « Simulateur » interrogent le simulateur de la plateforme, pas les outils réels : leurs réponses sont inventées.',
  'sources.never': 'Jamais',
  'sources.notFailing': "Pas d'échec",
  'sources.breakerClosed': 'Fermé',
  'sources.lastError': 'Dernière erreur : {{error}}',
  'sources.showMeasures': 'Afficher ce que mesure {{source}}',
  'sources.hideMeasures': 'Masquer ce que mesure {{source}}',
  'sources.measuresSummary': 'Faits : {{facts}} ; critères : {{criteria}}',
  'sources.factsTitle': 'Faits recueillis',
  'sources.criteriaTitle': 'Critères en vigueur qui les lisent',
  'sources.noCriteria': 'Aucun critère en vigueur ne la lit.',
  'sources.noneConfigured':
    'Aucune source de faits configurée : tous les critères sont jugés sur déclarations.',
  'sources.notConfiguredTitle': 'Sources non configurées',
  'sources.notConfiguredIntro':
    "Leurs critères mesurés ne sont pas en vigueur ici ; les critères déclarés qu'ils remplaceraient sont jugés à leur place.",
  'sources.notConfiguredRow': '{{source}} : non mesurés ici : {{criteria}}',
  'sources.allConfigured':
    'Toutes les sources dont les critères mesurés ont besoin sont configurées.',
  'sources.gatesTitle': 'Portes reposant sur des déclarations',
  'sources.gatesList':
    'Portes des étapes {{steps}} : aucun outil configuré ne les mesure, leurs verdicts reposent donc sur ce que déclarent les entités.',
  'sources.gatesNone':
    'Aucune : toutes les portes qui peuvent être mesurées le sont ici.',
  'sources.errorTitle': "Les sources de faits n'ont pas pu être chargées",
  'sourceHealth.healthy': 'Saine',
  'sourceHealth.failing': 'En échec',
  'sourceHealth.breaker-open':
    'Disjoncteur ouvert : plus interrogée pour le moment',
  'sourceHealth.not-gathered-yet': 'Pas encore recueillie',
  'freshness.evaluatedAt':
    "Éléments évalués à chaque visite, sur l'entité telle que le catalogue la sert ; ce résultat tient depuis le {{date}}.",
  'freshness.sourceGathered': '{{source}} : faits recueillis le {{date}}.',
  'freshness.sourceNotGathered': '{{source}} : aucun fait recueilli.',
  'freshness.sourceUnavailable': 'Non fournis : {{facts}}.',
  'perimeterFilter.label': 'Ressources pour',
  'perimeterFilter.all': 'Tous les périmètres',
  'state.pass': 'Rempli',
  'state.fail': 'Non rempli',
  'state.invalid': 'Malformé',
  'state.not-applicable': 'Sans objet',
  'state.unknown': 'Inconnu',
  'state.exempted': 'Exempté',
  'severity.blocking': 'Bloquant',
  'severity.advisory': 'Conseillé',
  'verdict.GO': 'GO',
  'verdict.NO-GO': 'NO-GO',
  'verdict.NONE': 'pas de porte',
  'entityContent.tabTitle': 'Embarquement',
  'entityContent.title': 'Embarquement Cloud Pi Native : tous les critères',
  'entityContent.refresh': 'Réévaluer maintenant',
  'entityContent.refreshing': 'Évaluation en cours…',
  'entityContent.refreshed': "Réévaluée : l'entité est à l'étape {{step}}.",
  'entityContent.refreshFailed': 'La réévaluation a échoué : {{error}}',
  'entityContent.refreshForbidden':
    "La réévaluation a été refusée : vous n'êtes pas autorisé à réévaluer cette entité.",
  'entityContent.refreshNotAllowed':
    "Vous ne pouvez pas réévaluer cette entité : la politique d'autorisations la réserve à d'autres (par exemple ses propriétaires).",
  'entityContent.filterState': 'État',
  'entityContent.filterSeverity': 'Sévérité',
  'entityContent.any': 'Tous',
  'entityContent.stepHeading': 'Étape {{step}} : {{title}}',
  'entityContent.gateLabel': "Porte de l'étape {{step}} : {{verdict}}",
  'entityContent.noGate': 'Pas de porte à cette étape',
  'entityContent.noCriteria':
    'Aucun critère de cette étape ne correspond aux filtres.',
  'entityContent.evidence': 'Preuves vues : {{list}}',
  'entityContent.noEvidence': 'rien trouvé',
  'entityContent.source': 'Source : {{source}}',
  'entityContent.remediation': 'À faire : {{text}}',
  'entityContent.historyTitle': "L'étape dans le temps",
  'entityContent.historyEmpty':
    "Pas encore d'historique : une évaluation est enregistrée à chaque changement de résultat.",
  'entityContent.historyChartLabel': 'Étape prouvée du {{from}} au {{to}}',
  'entityContent.historyRow': '{{date}} : étape {{step}}, blocages : {{count}}',
  'entityContent.snippetTitle': 'Copier les annotations manquantes',
  'entityContent.snippetHelp':
    "Collez dans le catalog-info.yaml de l'entité, puis remplacez les valeurs d'exemple par les vraies.",
  'entityContent.snippetNone':
    'Aucune annotation ne manque pour les critères non remplis.',
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
  // --- Catalog filters (issue 11 §2) ---
  'catalogFilter.stepLabel': "Étape d'embarquement",
  'catalogFilter.stepOption': 'Étape {{step}}',
  'catalogFilter.verdictLabel': 'Verdict de la prochaine porte',
  'catalogFilter.loadError':
    "Les filtres d'embarquement n'ont pas pu être chargés.",
  'catalogFilter.truncated':
    'Seules les {{count}} premières entités évaluées peuvent être filtrées.',
  // --- end of catalog filters ---
  // --- i11 home: the home card, search results and the team view's additions ---
  'myTeams.title': 'Mes équipes',
  'myTeams.noGroups': "Vous n'appartenez à aucun groupe du catalogue.",
  'myTeams.entities': 'Entités évaluées : {{count}}',
  'myTeams.blocksMost': 'Bloque le plus : {{title}} ({{count}})',
  'myTeams.nothingBlocks': 'Rien ne bloque leurs prochaines portes.',
  'myTeams.error': "L'embarquement de cette équipe n'a pas pu être chargé.",
  'resourceSearch.step': "Recommandée à l'étape {{step}} : {{title}}",
  'teamView.groupsLabel': 'Compte les entités de :',
  'teamView.holdsTitle': "Ce qui retient l'équipe",
  'teamView.nextGatesTab': 'Prochaines portes',
  'teamView.allStepsTab': 'Toutes les étapes',
  'teamView.nextGatesIntro':
    'Pour chaque entité, les critères bloquants de sa prochaine porte.',
  'teamView.nextGatesRow':
    '{{title}} ({{id}}, porte {{step}}) : entités retenues : {{count}}',
  'teamView.nothingHolds':
    "Rien ne retient l'équipe : toutes les prochaines portes sont ouvertes.",
  'teamView.allStepsIntro':
    'Tous les critères non remplis, de toutes les étapes, les bloquants en premier.',
  // --- end i11 home ---
  // --- Issue 11 §7: accessibility and French texts ---
  'snippet.label': 'Fragment de catalog-info.yaml',
  'snippet.copy': 'Copier le fragment',
  'snippet.copied': 'Fragment copié dans le presse-papiers',
  'nav.title': 'Embarquement',
  // --- end of issue 11 §7 ---
  // --- Objectifs des équipes (issue 12 §2) ---
  'objectives.title': 'Objectifs',
  'objectives.none': "Aucun objectif n'est fixé pour ces équipes.",
  'objectives.add': 'Nouvel objectif',
  'objectives.edit': 'Modifier',
  'objectives.delete': 'Supprimer',
  'objectives.declared': 'Déclaré dans app-config.yaml (lecture seule)',
  'objectives.targetStep':
    "Cible : chaque entité à l'étape {{step}} ou au-delà",
  'objectives.targetCriteria': 'Cible : critères satisfaits : {{criteria}}',
  'objectives.teams': 'Équipes : {{group}} et ses sous-groupes',
  'objectives.progress':
    '{{meeting}} entités sur {{total}} atteignent la cible',
  'objectives.progressLabel':
    "Part des entités qui atteignent l'objectif « {{title}} »",
  'objectives.due': 'Échéance le {{date}}',
  'objectives.overdue': 'Échéance le {{date}} : dépassée',
  'objectives.projected': 'Date projetée au rythme actuel : {{date}}',
  'objectives.unreachable': 'Non atteignable au rythme actuel',
  'objectives.reached': 'Objectif atteint',
  'objectives.insufficientData':
    "Pas encore assez d'historique hebdomadaire pour une projection",
  'objectives.lateTitle': 'Entités en retard',
  'objectives.notMeetingTitle': "Entités qui n'atteignent pas encore la cible",
  'objectives.atStep': 'étape {{step}}',
  'objectives.missing': 'manque : {{criteria}}',
  'objectives.errorTitle': "Les objectifs n'ont pas pu être chargés",
  'objectives.dialog.createTitle': 'Nouvel objectif',
  'objectives.dialog.editTitle': "Modifier l'objectif",
  'objectives.dialog.title': 'Intitulé',
  'objectives.dialog.groupRef': 'Groupe (ses sous-groupes sont inclus)',
  'objectives.dialog.groupRefHelp':
    "Une référence d'entité, par exemple group:default/equipe-a",
  'objectives.dialog.targetKind': 'Cible',
  'objectives.dialog.targetStep': 'Une étape',
  'objectives.dialog.targetCriteria': 'Des critères',
  'objectives.dialog.step': 'Étape à atteindre',
  'objectives.dialog.criteria': 'Identifiants des critères',
  'objectives.dialog.criteriaHelp':
    'Séparés par des virgules, par exemple S1-SPONSOR, S2-PLAN',
  'objectives.dialog.dueDate': 'Échéance',
  'objectives.dialog.save': 'Enregistrer',
  'objectives.dialog.cancel': 'Annuler',
  'objectives.dialog.saveError':
    "L'objectif n'a pas été enregistré : {{message}}",
  // --- Fin des objectifs des équipes ---
  // --- Guide du parcours et cas d'accompagnement (issue 14 §1–§2) ---
  'guide.tab': 'Parcours',
  'guide.title': "Le parcours d'embarquement Cloud Pi Native",
  'guide.intro':
    "Cinq étapes, de la découverte de l'offre jusqu'à l'autonomie en production. Suivez-les pour vous former à titre individuel, selon votre périmètre et votre maturité, ou pour embarquer une équipe projet.",
  'guide.principlesTitle': 'Principes de fonctionnement',
  'guide.stepsTitle': 'Les cinq étapes',
  'guide.stepsNav': 'Étapes du parcours',
  'guide.stepLink': 'Étape {{step}} : {{title}}',
  'guide.stepHeading': 'Étape {{step}} sur 5 : {{title}}',
  'guide.overview': "L'ensemble du parcours",
  'guide.previous': 'Précédente : étape {{step}}',
  'guide.next': 'Suivante : étape {{step}}',
  'guide.objective': 'Objectif',
  'guide.maturity': 'Maturité à cette étape : {{maturity}}',
  'guide.keyActions': 'Étapes clés',
  'guide.supported': 'Ce que fait une initiative accompagnée',
  'guide.supportLink': "Quel accompagnement s'applique à moi ?",
  'guide.deliverable': 'Livrable',
  'guide.gate': 'Critère go/no-go pour quitter cette étape',
  'guide.gateInline': 'Go/no-go : {{gate}}',
  'guide.perimetersTitle': 'Périmètres de responsabilité',
  'guide.missingNote': 'Ce que les sources ne disent pas',
  'guide.criteriaTitle': 'Critères qui mettent en œuvre le go/no-go',
  'guide.criteriaIntro':
    "Le portail vérifie ces critères, tels qu'ils sont configurés ici, pour juger le passage de l'étape {{step}} : tous les critères bloquants doivent être remplis.",
  'guide.criteriaLink': 'La liste complète des critères',
  'guide.noCriteria': "Aucun critère n'est en vigueur pour ce passage.",
  'guide.criteriaError': "Les critères n'ont pas pu être chargés",
  'guide.resourcesTitle': 'Ressources par périmètre',
  'guide.docs': 'Documentation Cloud Pi Native pour cette étape',
  'guide.notFound':
    "Il n'y a pas d'étape {{step}} : le parcours va de l'étape 1 à l'étape 5.",
  'support.tab': 'Accompagnement',
  'support.title': "Quel accompagnement s'applique à moi ?",
  'support.intro':
    "Répondez à trois questions pour savoir lequel des trois cas définis par le programme s'applique à votre initiative.",
  'support.result': 'Cas {{number}} : {{title}}',
  'support.meaning': 'Ce que cela signifie',
  'support.nextActions': 'Prochaine action',
  'support.contact': 'Adresse de contact du programme :',
  'support.allCases': 'Les trois cas',
  'support.caseLink': 'Cas {{number}} : {{title}}',
  'support.helperLink': 'Répondre aux trois questions',
  'support.unknownCase':
    "Il n'y a pas de cas {{case}} : le programme définit les cas 1 à 3.",
  'support.declared':
    "Cas d'accompagnement déclaré {{number}} : ce qu'il signifie",
  // --- Fin du guide du parcours et des cas d'accompagnement ---
};

export default fr;
