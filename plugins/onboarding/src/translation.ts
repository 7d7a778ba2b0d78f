import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * Texts of the onboarding plugin. English is the reference the types are checked
 * against; the French file must give every key (the compiler enforces it).
 * Journey texts (steps, perimeters) are not here: they come from the common package.
 */
export const onboardingTranslationRef = createTranslationRef({
  id: 'onboarding',
  messages: {
    entityCard: {
      title: 'Cloud Pi Native onboarding',
      journeyLabel: 'Onboarding journey, step {{step}} of 5',
      declaredStep: 'Declared step {{step}} of 5',
      maturity: 'Maturity: {{maturity}}',
      deliverable: 'Deliverable: {{deliverable}}',
      gate: 'Go/no-go to leave this step: {{gate}}',
      resourcesTitle: 'Recommended resources for step {{step}}',
      noResources: 'No resource is recommended for this step yet.',
      openConsole: 'Open the project in the Cloud Pi Native console',
      openDocs: 'Cloud Pi Native documentation',
      noConsoleHint:
        'Add the {{annotation}} annotation to link this entity to its project in the console.',
      missingTitle: 'No onboarding step declared',
      missingDescription:
        "Add this annotation to the entity's catalog-info.yaml to place it on the Cloud Pi Native journey (1 to 5):",
      invalidTitle: 'Invalid onboarding step',
      errorTitle: 'The onboarding evaluation could not be loaded',
      retry: 'Retry',
      newTab: '(opens in a new tab)',
      evidencedStep: 'Step {{step}} of 5, according to the evidence',
      verdictNoGo:
        'NO-GO to leave step {{step}}: blocking criteria not met: {{count}}.',
      verdictAllGo:
        'GO: every gate is passed; the entity stands at step 5, the last one.',
      blockersTitle: 'What blocks the gate',
      fixLink: 'How to fix',
      exemptionsTitle: 'Exemptions',
      exemptionUntil: '{{criterion}}: exempted until {{date}} ({{reason}})',
      discrepancy:
        'The entity declares step {{declared}}, but its evidence only supports step {{evidenced}}.',
      noStepDeclared:
        'No step declared: add the {{annotation}} annotation to compare what the team declares with the evidence.',
      openServices: 'Services in the console',
      openStepDocs: 'Docs for step {{step}}',
      notFoundTitle: 'Not evaluated',
      notFoundDescription:
        'The onboarding backend does not know this entity, or you may not see it.',
      resourcesFor: 'Recommended resources, step {{step}}',
    },
    team: {
      title: 'Onboarding maturity',
      total: 'Entities evaluated: {{count}}',
      stepShort: 'Step {{step}}',
      stepCount: 'Step {{step}}: {{count}}',
      distributionTitle: 'Entities per step',
      distributionLabel: 'Entities per step: {{summary}}',
      trendTitle: 'Entities per step, week by week',
      trendLabel: 'Entities per step over the last {{weeks}} weeks',
      criteriaChanged: 'Criteria changed',
      criteriaChangedNote:
        'The criteria changed in the week of {{weeks}}: counts before and after are not measured against the same criteria.',
      topFailingRow: '{{title}} ({{id}}, step {{step}}): entities: {{count}}',
      noFailing: 'No unmet criterion.',
      tableTitle: 'Entities',
      columnEntity: 'Entity',
      columnKind: 'Kind',
      columnOwner: 'Owner',
      columnStep: 'Step',
      columnVerdict: 'Next gate',
      columnBlockers: 'Blockers',
      columnEvaluated: 'Evaluated',
      exportCsv: 'Export CSV',
      empty:
        'No evaluated entity is owned by this group or its sub-groups yet.',
      notFound: 'This group is not in the catalog, or you may not see it.',
    },
    templates: {
      title: 'Template scores',
      intro:
        'Each template is scored on the journey gates it prepares for the projects created from it, with the same engine and rule language as entities.',
      rank: 'No. {{rank}}',
      startStep: 'Projects created from it start at step {{step}}',
      criteriaMet: '{{met}} of {{applicable}} criteria met ({{percent}} %)',
      outcomesTitle: 'What became of its projects',
      outcomes: 'Projects created: {{total}}. {{detail}}',
      outcomesNone: 'No project created from it is in the catalog.',
      notEvaluated: '{{count}} not evaluated yet',
      details: 'Criteria detail',
      empty: 'No template in the catalog.',
      cardTitle: 'Template score',
    },
    page: {
      title: 'Cloud Pi Native onboarding',
      subtitle: 'Team maturity, template scores and fact sources',
      teamsTab: 'Teams',
      templatesTab: 'Templates',
      sourcesTab: 'Fact sources',
      ownerLabel: 'Team',
      noGroups: 'No group in the catalog.',
    },
    freshness: {
      evaluatedAt:
        'Evidence evaluated on every visit, from the entity as the catalog serves it; this result holds since {{date}}.',
      sourceGathered: '{{source}}: facts gathered on {{date}}.',
      sourceNotGathered: '{{source}}: no facts gathered.',
      sourceUnavailable: 'Could not provide: {{facts}}.',
    },
    provenance: {
      declared: 'Declared (annotation)',
      measured: 'Measured by {{source}}, gathered on {{date}}',
      measuredNotGathered: 'Measured by {{source}}, no facts gathered yet',
      measuredNoAnswer:
        'Measured by {{source}}, which could not answer on {{date}}: unknown until it does',
      measuredNoAnswerYet:
        'Measured by {{source}}, which has not answered yet: unknown until it does',
      gateOnDeclarations:
        'This gate rests on declarations: no platform tool measures it here.',
    },
    sources: {
      intro:
        'The platform tools the onboarding backend gathers facts from, on a schedule, to judge the measured criteria. Where a tool is not configured, its gates rest on what entities declare.',
      tableTitle: 'Configured fact sources',
      columnSource: 'Source',
      columnHealth: 'Health',
      columnEntities: 'Entities covered',
      columnFailing: 'Failing',
      columnLastGathered: 'Last gathered',
      columnFailingSince: 'Failing since, last error',
      columnBreaker: 'Breaker open since',
      columnMeasures: 'What it measures',
      simulated: 'Simulator',
      simulatedHint:
        'Sources badged “Simulator” ask the platform simulator, not the real tools: their answers are made up.',
      never: 'Never',
      notFailing: 'Not failing',
      breakerClosed: 'Closed',
      lastError: 'Last error: {{error}}',
      showMeasures: 'Show what {{source}} measures',
      hideMeasures: 'Hide what {{source}} measures',
      measuresSummary: 'Facts: {{facts}}; criteria: {{criteria}}',
      factsTitle: 'Facts it gathers',
      criteriaTitle: 'Criteria in force that use it',
      noCriteria: 'No criterion in force reads it.',
      noneConfigured:
        'No fact source is configured: every criterion is judged on declarations.',
      notConfiguredTitle: 'Sources not configured',
      notConfiguredIntro:
        'Their measured criteria are not in force here; the declared criteria they would replace are judged instead.',
      notConfiguredRow: '{{source}}: not measured here: {{criteria}}',
      allConfigured: 'Every source the measured criteria need is configured.',
      gatesTitle: 'Gates resting on declarations',
      gatesList:
        'Gates of steps {{steps}}: no configured tool measures them, so their verdicts rest on what entities declare.',
      gatesNone: 'None: every gate that can be measured is measured here.',
      errorTitle: 'The fact sources could not be loaded',
    },
    sourceHealth: {
      healthy: 'Healthy',
      failing: 'Failing',
      'breaker-open': 'Breaker open: not asked for now',
      'not-gathered-yet': 'Not gathered yet',
    },
    perimeterFilter: {
      label: 'Show resources for',
      all: 'All perimeters',
    },
    state: {
      pass: 'Met',
      fail: 'Not met',
      invalid: 'Malformed',
      'not-applicable': 'Not applicable',
      unknown: 'Unknown',
      exempted: 'Exempted',
    },
    severity: {
      blocking: 'Blocking',
      advisory: 'Advisory',
    },
    verdict: {
      GO: 'GO',
      'NO-GO': 'NO-GO',
      NONE: 'no gate',
    },
    entityContent: {
      tabTitle: 'Onboarding',
      title: 'Cloud Pi Native onboarding: every criterion',
      refresh: 'Re-evaluate now',
      refreshing: 'Evaluating…',
      refreshed: 'Evaluated again: the entity stands at step {{step}}.',
      refreshFailed: 'The re-evaluation failed: {{error}}',
      refreshForbidden:
        'The re-evaluation was refused: you are not allowed to re-evaluate this entity.',
      refreshNotAllowed:
        'You may not re-evaluate this entity: the permission policy keeps it to others (for example its owners).',
      filterState: 'State',
      filterSeverity: 'Severity',
      any: 'Any',
      stepHeading: 'Step {{step}}: {{title}}',
      gateLabel: 'Gate of step {{step}}: {{verdict}}',
      noGate: 'No gate at this step',
      noCriteria: 'No criterion of this step matches the filters.',
      evidence: 'Evidence seen: {{list}}',
      noEvidence: 'nothing found',
      source: 'Source: {{source}}',
      remediation: 'To do: {{text}}',
      historyTitle: 'Step over time',
      historyEmpty:
        'No history yet: an evaluation is stored each time the result changes.',
      historyChartLabel: 'Evidenced step from {{from}} to {{to}}',
      historyRow: '{{date}}: step {{step}}, blockers: {{count}}',
      snippetTitle: 'Copy the missing annotations',
      snippetHelp:
        'Paste into the entity’s catalog-info.yaml, then replace the example values with real ones.',
      snippetNone: 'No annotation is missing for the criteria not met.',
    },
    perimeter: {
      all: 'Everyone',
    },
    resourceKind: {
      article: 'Article',
      checklist: 'Checklist',
      course: 'Course',
      doc: 'Documentation',
      'doc-pdf': 'Document (PDF)',
      form: 'Form',
      publication: 'Publication',
      site: 'Website',
      'slides-pdf': 'Slides (PDF)',
      tutorial: 'Tutorial',
      video: 'Video',
    },
    resourceLanguage: {
      fr: 'French',
      en: 'English',
      unknown: 'Language not stated',
    },
    resourceFlag: {
      intranetOnly: 'State intranet (RIE) only',
      paid: 'Paid or paywalled',
    },
    // --- Catalog filters (issue 11 §2) ---
    catalogFilter: {
      stepLabel: 'Onboarding step',
      stepOption: 'Step {{step}}',
      verdictLabel: 'Next gate verdict',
      loadError: 'The onboarding filters could not be loaded.',
      truncated: 'Only the first {{count}} evaluated entities can be filtered.',
    },
    // --- end of catalog filters ---
    // --- i11 home: the home card, search results and the team view's additions ---
    myTeams: {
      title: 'My teams',
      noGroups: 'You belong to no group of the catalog.',
      entities: 'Entities evaluated: {{count}}',
      blocksMost: 'Blocks most: {{title}} ({{count}})',
      nothingBlocks: 'Nothing blocks their next gates.',
      error: "This team's onboarding could not be loaded.",
    },
    resourceSearch: {
      step: 'Recommended at step {{step}}: {{title}}',
    },
    teamView: {
      groupsLabel: 'Counts the entities of:',
      holdsTitle: 'What holds the team',
      nextGatesTab: 'Next gates',
      allStepsTab: 'All steps',
      nextGatesIntro:
        'For each entity, the blocking criteria of its next gate.',
      nextGatesRow:
        '{{title}} ({{id}}, gate {{step}}): entities held: {{count}}',
      nothingHolds: 'Nothing holds the team: every next gate is open.',
      allStepsIntro: 'Every unmet criterion of every step, blocking first.',
    },
    // --- end i11 home ---
    // --- Issue 11 §7: accessibility and French texts ---
    snippet: {
      label: 'catalog-info.yaml fragment',
      copy: 'Copy the fragment',
      copied: 'Fragment copied to the clipboard',
    },
    nav: {
      // Short enough for the sidebar, which cuts longer labels.
      title: 'Onboarding',
    },
    // --- end of issue 11 §7 ---
    // --- Team objectives (issue 12 §2) ---
    objectives: {
      title: 'Objectives',
      none: 'No objective is set for these teams.',
      add: 'New objective',
      edit: 'Edit',
      delete: 'Delete',
      declared: 'Declared in app-config.yaml (read-only)',
      targetStep: 'Target: every entity at step {{step}} or beyond',
      targetCriteria: 'Target: criteria met: {{criteria}}',
      teams: 'Teams: {{group}} and its sub-groups',
      progress: '{{meeting}} of {{total}} entities meet the target',
      progressLabel: 'Share of entities meeting the objective "{{title}}"',
      due: 'Due on {{date}}',
      overdue: 'Due on {{date}}: past due',
      projected: 'Projected date at the current pace: {{date}}',
      unreachable: 'Not reachable at the current pace',
      reached: 'Objective reached',
      insufficientData: 'Not enough weekly history for a projection yet',
      lateTitle: 'Late entities',
      notMeetingTitle: 'Entities not meeting the target yet',
      atStep: 'step {{step}}',
      missing: 'missing: {{criteria}}',
      errorTitle: 'The objectives could not be loaded',
      dialog: {
        createTitle: 'New objective',
        editTitle: 'Edit the objective',
        title: 'Title',
        groupRef: 'Group (its sub-groups are included)',
        groupRefHelp: 'An entity ref, e.g. group:default/team-a',
        targetKind: 'Target',
        targetStep: 'A step',
        targetCriteria: 'Criteria',
        step: 'Step to reach',
        criteria: 'Criterion ids',
        criteriaHelp: 'Separated by commas, e.g. S1-SPONSOR, S2-PLAN',
        dueDate: 'Due date',
        save: 'Save',
        cancel: 'Cancel',
        saveError: 'The objective was not saved: {{message}}',
      },
    },
    // --- End of team objectives ---
    // --- Journey guide and support cases (issue 14 §1–§2) ---
    guide: {
      tab: 'Journey',
      title: 'The Cloud Pi Native onboarding journey',
      intro:
        'Five steps, from discovering the offer to running in production on your own. Follow them to train yourself, by perimeter and maturity, or to onboard a project team.',
      principlesTitle: 'How the journey works',
      stepsTitle: 'The five steps',
      stepsNav: 'Steps of the journey',
      stepLink: 'Step {{step}}: {{title}}',
      stepHeading: 'Step {{step}} of 5: {{title}}',
      overview: 'The whole journey',
      previous: 'Previous: step {{step}}',
      next: 'Next: step {{step}}',
      objective: 'Objective',
      maturity: 'Maturity at this step: {{maturity}}',
      keyActions: 'Key actions',
      supported: 'What a supported initiative does',
      supportLink: 'Which support applies to me?',
      deliverable: 'Deliverable',
      gate: 'Go/no-go to leave this step',
      gateInline: 'Go/no-go: {{gate}}',
      perimetersTitle: 'Perimeters of responsibility',
      missingNote: 'What the sources leave out',
      criteriaTitle: 'Criteria that implement the go/no-go',
      criteriaIntro:
        'The portal checks these criteria, as configured here, to judge the gate of step {{step}}: every blocking one must be met.',
      criteriaLink: 'The full criteria list',
      noCriteria: 'No criterion is in force for this gate.',
      criteriaError: 'The criteria could not be loaded',
      resourcesTitle: 'Resources by perimeter',
      docs: 'Cloud Pi Native documentation for this step',
      notFound: 'There is no step {{step}}: the journey has steps 1 to 5.',
    },
    support: {
      tab: 'Support',
      title: 'Which support applies to me?',
      intro:
        'Answer three questions to find which of the three cases the programme defines applies to your initiative.',
      result: 'Case {{number}}: {{title}}',
      meaning: 'What it means',
      nextActions: 'Next action',
      contact: "The programme's contact address:",
      allCases: 'The three cases',
      caseLink: 'Case {{number}}: {{title}}',
      helperLink: 'Answer the three questions',
      unknownCase:
        'There is no case {{case}}: the programme defines cases 1 to 3.',
      declared: 'Declared support case {{number}}: what it means',
    },
    // --- End of journey guide and support cases ---
  },
  translations: {
    fr: () => import('./translations/fr'),
  },
});
