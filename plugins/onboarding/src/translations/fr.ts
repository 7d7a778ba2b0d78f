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
  // issue 12 §3
  'provenance.form':
    'Répondu dans le formulaire « {{form}} », soumis le {{date}}',
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
  // ── issue 12 §3 : préqualification et plan projet ──
  'forms.title': 'Préqualification et plan projet',
  'forms.tabLabel': "Formulaire de l'étape {{step}}",
  'forms.yes': 'Oui',
  'forms.no': 'Non',
  'forms.notAnswered': 'Pas encore de réponse.',
  'forms.latestDraft':
    'Version {{version}} : brouillon enregistré par {{author}} le {{date}}.',
  'forms.latestSubmitted':
    'Version {{version}} : soumise par {{author}} le {{date}} ; elle compte comme preuve pour la porte.',
  'forms.notAllowed': 'Vous pouvez lire ces réponses, mais pas les modifier.',
  'forms.saveDraft': 'Enregistrer le brouillon',
  'forms.submit': 'Soumettre',
  'forms.exportMarkdown': 'Exporter en Markdown',
  'forms.draftSaved': 'Brouillon enregistré (version {{version}}).',
  'forms.submitted':
    'Soumis (version {{version}}) : la porte lit désormais ces réponses.',
  'forms.saveFailed': "L'enregistrement a échoué : {{error}}",
  // --- Revues de jalon et dossier du comité (issue 12 §1, §4) ---
  'reviews.title': 'Décisions du comité',
  'reviews.gateLabel': 'Jalon {{gate}}',
  'reviews.criteriaSay': 'Critères : {{verdict}}',
  'reviews.committeeSays': 'Comité : {{decision}} le {{date}}',
  'reviews.noDecision': 'Comité : aucune décision enregistrée',
  'reviews.noDecisions':
    "Aucune décision de comité n'a été enregistrée pour cette entité.",
  'reviews.decision.GO': 'GO',
  'reviews.decision.GO_WITH_RESERVATIONS': 'GO avec réserves',
  'reviews.decision.NO_GO': 'NO-GO',
  'reviews.flag.go-while-criteria-no-go':
    'GO décidé, mais les critères disent maintenant NO-GO',
  'reviews.flag.no-go-while-criteria-go':
    'NO-GO décidé, mais les critères disent maintenant GO',
  'reviews.flag.reservation-past-due': 'Réserve dont l’échéance est passée',
  'reviews.passedByDecision':
    'Étape au-delà du jalon {{gates}} sur GO du comité (réserves levées), bien que ses critères disent NO-GO.',
  'reviews.reservation': '{{text}} (échéance {{date}})',
  'reviews.reservationLifted':
    '{{text}} (échéance {{date}}, levée le {{lifted}})',
  'reviews.lift': 'Lever',
  'reviews.liftLabel': 'Lever la réserve : {{text}}',
  'reviews.record': 'Enregistrer une décision',
  'reviews.correct': 'Corriger',
  'reviews.notAllowed':
    'Enregistrer une décision demande la permission onboarding.gate.review.',
  'reviews.historyTitle': 'Historique des décisions',
  'reviews.historyItem':
    'Jalon {{gate}} : {{decision}}, décidé le {{date}} par {{reviewers}}',
  'reviews.recordedBy': 'Enregistré par {{who}} le {{when}}',
  'reviews.supersedes': "Remplace l'enregistrement n° {{id}}",
  'reviews.minutes': 'Compte rendu',
  'reviews.loadFailed': "Les décisions n'ont pas pu être chargées : {{error}}",
  'reviews.saved': 'Décision enregistrée.',
  'reviews.saveFailed': "La décision n'a pas pu être enregistrée : {{error}}",
  'reviews.forbidden':
    "Vous n'avez pas le droit d'enregistrer une décision pour cette entité.",
  'reviews.committeeFile': 'Dossier du comité (imprimable)',
  'reviews.form.title': 'Enregistrer une décision de jalon',
  'reviews.form.correctionTitle': "Corriger l'enregistrement n° {{id}}",
  'reviews.form.gate': 'Jalon',
  'reviews.form.decision': 'Décision',
  'reviews.form.decidedOn': 'Décidé le',
  'reviews.form.reviewers': 'Membres du comité (séparés par des virgules)',
  'reviews.form.comment': 'Commentaire',
  'reviews.form.minutesUrl': 'Lien vers le compte rendu (https)',
  'reviews.form.reservationsTitle': 'Réserves',
  'reviews.form.reservationText': 'Réserve {{index}}',
  'reviews.form.reservationDue': 'Échéance de la réserve {{index}}',
  'reviews.form.addReservation': 'Ajouter une réserve',
  'reviews.form.removeReservation': 'Retirer la réserve {{index}}',
  'reviews.form.errors': 'À corriger : {{errors}}',
  'reviews.form.cancel': 'Annuler',
  'reviews.form.save': 'Enregistrer',
  'committee.title': 'Dossier du comité : {{entity}}',
  'committee.gateTitle':
    "Jalon examiné : sortie de l'étape {{step}}, {{title}}",
  'committee.gateCriterion': 'Critère go/no-go : {{gate}}',
  'committee.allGo': "Tous les jalons sont GO : l'entité est à l'étape 5.",
  'committee.criteriaVerdict': 'Verdict des critères : {{verdict}}',
  'committee.criteriaTitle': 'Critères du jalon {{step}}',
  'committee.criterion': 'Critère',
  'committee.state': 'État',
  'committee.evidence': 'Preuve',
  'committee.exemptionsTitle': 'Dérogations',
  'committee.noExemptions': 'Aucune dérogation.',
  'committee.decisionsTitle': 'Décisions précédentes',
  'committee.reservationsTitle': 'Réserves ouvertes',
  'committee.noReservations': 'Aucune réserve ouverte.',
  'committee.resourcesTitle':
    "Ressources de l'étape {{step}} pour les trois périmètres",
  'committee.generated': 'Préparé le {{date}} ; critères {{version}}.',
  'committee.print': 'Imprimer',
  'committee.back': 'Retour aux critères',
  // --- fin des revues de jalon et du dossier du comité ---
  // --- Aperçu de l'impact des critères (issue 12 §5) ---
  'criteriaPreview.tab': 'Aperçu des critères',
  'criteriaPreview.title': 'Prévisualiser un changement de critères',
  'criteriaPreview.intro':
    'Collez un onboarding.criteria proposé (YAML, comme dans app-config.yaml). Il remplace la liste configurée, par-dessus les critères par défaut, et il est évalué sur toutes les entités que vous pouvez voir, sans rien enregistrer.',
  'criteriaPreview.yamlLabel': 'Critères proposés (YAML)',
  'criteriaPreview.submit': "Prévisualiser l'impact",
  'criteriaPreview.running': 'Évaluation du catalogue…',
  'criteriaPreview.notAllowed':
    "La prévisualisation d'un changement de critères demande la permission onboarding.criteria.preview.",
  'criteriaPreview.error': "L'aperçu a échoué : {{message}}",
  'criteriaPreview.summary':
    '{{changed}} entités sur {{evaluated}} changeraient de verdict.',
  'criteriaPreview.criteriaChanges':
    'Critères ajoutés : {{added}} ; retirés : {{removed}} ; modifiés : {{changed}}',
  'criteriaPreview.none': 'aucun',
  'criteriaPreview.stepsTitle': 'Entités par étape',
  'criteriaPreview.step': 'Étape',
  'criteriaPreview.current': "Aujourd'hui",
  'criteriaPreview.proposed': 'Proposé',
  'criteriaPreview.gatesTitle': 'Par porte',
  'criteriaPreview.gate': 'Porte {{step}}',
  'criteriaPreview.gateChange': 'Porte {{step}} : {{current}} → {{proposed}}',
  'criteriaPreview.changed': 'Changent',
  'criteriaPreview.opened': 'Ouvertes (NO-GO → GO)',
  'criteriaPreview.closed': 'Fermées (GO → NO-GO)',
  'criteriaPreview.teamsTitle': 'Par équipe',
  'criteriaPreview.team': 'Équipe',
  'criteriaPreview.noOwner': 'Sans propriétaire',
  'criteriaPreview.entities': 'Entités',
  'criteriaPreview.entitiesTitle': 'Entités dont le verdict change',
  'criteriaPreview.entity': 'Entité',
  'criteriaPreview.steps': "Étape aujourd'hui → proposée",
  'criteriaPreview.gates': 'Portes qui changent',
  'criteriaPreview.truncated':
    'Seules les {{shown}} entités les plus touchées sont listées ; les totaux les comptent toutes.',
  // --- Fin de l'aperçu de l'impact des critères ---
  // --- Parcours d'autoformation (issue 14 §3) ---
  'myPath.tab': 'Mon parcours',
  'myPath.title': "Mon parcours d'autoformation",
  'myPath.intro':
    "Choisissez votre périmètre, puis cochez les ressources de chaque étape à mesure que vous les consultez. Votre parcours est conservé dans vos paramètres utilisateur et vous suit d'un navigateur à l'autre ; personne d'autre ne le voit, sauf si vous le partagez.",
  'myPath.perimeterLegend': 'Mon périmètre',
  'myPath.choosePerimeter':
    'Choisissez votre périmètre pour voir les ressources de chaque étape qui le concernent et celles destinées à tous.',
  'myPath.reached': 'Étape atteinte : {{step}} sur 5, {{title}}',
  'myPath.complete':
    'Parcours terminé : vous avez consulté les ressources de toutes les étapes.',
  'myPath.share': 'Partager ma progression avec mes équipes',
  'myPath.sharedHelp':
    "Partagée : l'onglet embarquement de vos équipes compte votre progression par étape, sans votre nom. Désactivez le partage pour la retirer.",
  'myPath.notSharedHelp':
    "Non partagée : vous seul voyez votre progression. Partagez-la pour que vos équipes sachent si elles sont prêtes pour l'étape suivante.",
  'myPath.shareLoadError':
    "L'état du partage de votre parcours n'a pas pu être chargé",
  'myPath.shareError': "Le partage n'a pas pu être mis à jour : {{message}}",
  'myPath.saveError': "Votre parcours n'a pas pu être enregistré : {{message}}",
  'myPath.stepHeading': 'Étape {{step}} : {{title}}',
  'myPath.stepCount': '{{consulted}} ressources consultées sur {{total}}',
  'myPath.stepProgress': 'Étape {{step}} : {{progress}}',
  'myPath.markConsulted': 'Consultée : {{title}}',
  'teamTraining.title': 'Autoformation des membres',
  'teamTraining.sharing':
    "{{sharing}} membres sur {{members}} partagent leur parcours d'autoformation ; les comptes ci-dessous ne portent que sur eux.",
  'teamTraining.step': 'Étape',
  'teamTraining.stepLabel': 'Étape {{step}} : {{title}}',
  'teamTraining.cell': '{{covered}} sur {{sharing}} à jour',
  'teamTraining.ready': 'Équipe prête',
  'teamTraining.yes': 'Oui',
  'teamTraining.no': 'Pas encore',
  'teamTraining.errorTitle':
    "L'autoformation des membres n'a pas pu être chargée",
  // --- Fin des parcours d'autoformation ---
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
