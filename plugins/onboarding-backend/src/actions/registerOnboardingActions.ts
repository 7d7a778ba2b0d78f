import {
  ActionsRegistryActionOptions,
  ActionsRegistryService,
} from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  STEP_NUMBERS,
  readCatalogInfoText,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EntityReports } from '../service/EntityReports';
import { TeamSummaries } from '../service/TeamSummaries';
import { DEFAULT_TREND_WEEKS } from '../service/router';
import { toOnboardingStatus } from './onboardingStatus';

/** The zod the registry hands to each schema function. */
type Zod = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/** Entities listed in a team summary unless the assistant asks for more. */
const DEFAULT_TEAM_ENTITIES = 20;
/** Most entities one team summary lists (one page of the REST route at most). */
const MAX_TEAM_ENTITIES = 200;

const languageInput = (z: Zod) =>
  z
    .enum(LANGUAGES)
    .optional()
    .describe(
      `Language of titles, messages and fixes (default ${DEFAULT_LANGUAGE})`,
    );

const stepSchema = (z: Zod) => z.number().int().min(1).max(5);

const statusSchema = (z: Zod) =>
  z.object({
    entityRef: z.string(),
    step: stepSchema(z).describe(
      'The onboarding step (1 to 5) the evidence supports',
    ),
    declaredStep: stepSchema(z)
      .optional()
      .describe('The step the entity declares in its annotation'),
    discrepancy: z
      .object({ declared: stepSchema(z), evidenced: stepSchema(z) })
      .optional()
      .describe('Set when the declared step is ahead of the evidence'),
    nextGate: z
      .object({ step: stepSchema(z), verdict: z.string() })
      .optional()
      .describe('The gate the entity stands before (none at step 5)'),
    verdict: z
      .enum(['GO', 'NO-GO', 'NONE'])
      .describe('Verdict of the next gate; NONE at step 5'),
    blockers: z
      .array(
        z.object({
          criterionId: z.string(),
          title: z.string(),
          severity: z.string(),
          state: z.string(),
          message: z.string().describe('What was found, what is expected'),
          fix: z.object({
            text: z.string(),
            link: z.string().optional(),
            annotations: z
              .record(z.string())
              .optional()
              .describe('Annotations to add to catalog-info.yaml'),
          }),
        }),
      )
      .describe('The criteria keeping the next gate closed, each with its fix'),
    criteriaVersion: z.string(),
    evaluatedAt: z.string().optional(),
    links: z.object({
      docs: z.string(),
      stepDocs: z.string(),
      console: z.string().optional(),
    }),
  });

/** Reads an entity ref as an assistant writes it; a missing kind is an input error, not a crash. */
function readRef(ref: string, defaults: { defaultKind?: string } = {}): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultNamespace: 'default', ...defaults }),
    );
  } catch (error) {
    throw new InputError(
      `Invalid entity ref '${ref}': expected kind:namespace/name, e.g. component:default/my-service (${
        (error as Error).message
      })`,
    );
  }
}

/**
 * Registers the onboarding actions that the portal's MCP server (and any other client of
 * the actions registry) exposes. Each one runs with the caller's credentials through the
 * same services as the REST routes, so it sees and may do what the caller may.
 */
export function registerOnboardingActions(options: {
  actionsRegistry: ActionsRegistryService;
  entities: EntityReports;
  teams: TeamSummaries;
}) {
  const { actionsRegistry, entities, teams } = options;

  actionsRegistry.register({
    name: 'get-entity-onboarding-status',
    title: 'Onboarding status of an entity',
    description: `The Cloud Pi Native onboarding status of a catalog entity (Component, System, API): the step (1 to 5) its evidence supports, the verdict of its next gate (GO / NO-GO), and each criterion blocking that gate with what to change (fix text, link, annotations to add). The entity is evaluated now, as the catalog returns it to the caller.`,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .min(1)
            .describe('Entity ref, e.g. component:default/portail-usager'),
          language: languageInput(z),
        }),
      output: statusSchema,
    },
    action: async ({ input, credentials }) => {
      const language = input.language ?? DEFAULT_LANGUAGE;
      const report = await entities.getEntityReport(
        readRef(input.entityRef),
        credentials,
        language,
      );
      return {
        output: toOnboardingStatus(
          report,
          entities.getCriteriaDocument(language),
        ),
      };
    },
  });

  actionsRegistry.register({
    name: 'get-team-onboarding-summary',
    title: 'Onboarding summary of a team',
    description: `The onboarding maturity of a team (a Group and all its sub-groups): how many of its entities stand at each step, the verdicts of their next gates, the most frequently unmet criteria, a weekly trend, and its entities with the most blockers first. Counts only what the caller may see in the catalog.`,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          groupRef: z
            .string()
            .min(1)
            .describe('Group ref, e.g. group:default/direction-numerique'),
          language: languageInput(z),
          weeks: z
            .number()
            .int()
            .min(1)
            .max(52)
            .optional()
            .describe(`Weeks of trend (default ${DEFAULT_TREND_WEEKS})`),
          limit: z
            .number()
            .int()
            .min(1)
            .max(MAX_TEAM_ENTITIES)
            .optional()
            .describe(
              `Entities listed, most blockers first (default ${DEFAULT_TEAM_ENTITIES})`,
            ),
        }),
      output: z => {
        const perStep = z.object(
          Object.fromEntries(STEP_NUMBERS.map(s => [String(s), z.number()])),
        );
        const criterionCount = z.object({
          criterionId: z.string(),
          title: z.string(),
          step: stepSchema(z),
          severity: z.string(),
          count: z.number(),
        });
        return z.object({
          groupRef: z.string(),
          groupRefs: z
            .array(z.string())
            .describe('The group and the sub-groups counted'),
          generatedAt: z.string(),
          total: z.number(),
          counts: perStep.describe('Entities per step'),
          verdicts: z.object({
            GO: z.number(),
            'NO-GO': z.number(),
            NONE: z.number(),
          }),
          nextGateBlockers: z
            .array(criterionCount)
            .describe(
              "What holds the team now: blocking criteria of each entity's next gate, most frequent first",
            ),
          topFailing: z
            .array(criterionCount)
            .describe(
              'Unmet criteria of every step, blocking first, then most frequent',
            ),
          entities: z.array(
            z.object({
              entityRef: z.string(),
              kind: z.string(),
              ownerRef: z.string().optional(),
              step: stepSchema(z),
              verdict: z.enum(['GO', 'NO-GO', 'NONE']),
              blockingCount: z.number(),
              evaluatedAt: z.string(),
            }),
          ),
          entitiesTotal: z.number(),
          trend: z.array(
            z.object({
              weekStart: z.string(),
              counts: perStep,
              criteriaChanged: z.boolean(),
            }),
          ),
        });
      },
    },
    action: async ({ input, credentials }) => {
      const summary = await teams.getGroupSummary(
        readRef(input.groupRef, { defaultKind: 'group' }),
        credentials,
        input.language ?? DEFAULT_LANGUAGE,
        {
          weeks: input.weeks ?? DEFAULT_TREND_WEEKS,
          page: {
            limit: input.limit ?? DEFAULT_TEAM_ENTITIES,
            sort: 'blockingCount',
            order: 'desc',
          },
        },
      );
      return { output: summary };
    },
  });

  actionsRegistry.register({
    name: 'list-onboarding-criteria',
    title: 'Onboarding criteria',
    description: `The go/no-go criteria in force on this portal for the Cloud Pi Native onboarding journey: for each, its step (1 to 5), whether it blocks the gate, its title and rationale, how to satisfy it (text, link, annotations) and what measures it.`,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          language: languageInput(z),
          step: stepSchema(z)
            .optional()
            .describe('Only the criteria of this step'),
        }),
      output: z =>
        z.object({
          criteriaVersion: z.string(),
          gatesOnDeclarations: z
            .array(z.number())
            .describe(
              'Gates judged on declared annotations because their fact sources are not configured',
            ),
          items: z.array(
            z.object({
              id: z.string(),
              step: stepSchema(z),
              severity: z.string(),
              title: z.string(),
              rationale: z.string(),
              appliesTo: z
                .object({
                  kinds: z.array(z.string()).optional(),
                  types: z.array(z.string()).optional(),
                  lifecycles: z.array(z.string()).optional(),
                })
                .describe('Entities the criterion applies to (all when empty)'),
              remediation: z.object({
                text: z.string(),
                link: z.string().optional(),
                annotations: z.record(z.string()).optional(),
              }),
              source: z.string(),
              measuredBy: z
                .string()
                .optional()
                .describe('Fact source measuring it; absent when declared'),
            }),
          ),
        }),
    },
    action: async ({ input }) => {
      const document = entities.getCriteriaDocument(
        input.language ?? DEFAULT_LANGUAGE,
      );
      return {
        output: {
          ...document,
          items: document.items.filter(
            item => input.step === undefined || item.step === input.step,
          ),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'evaluate-catalog-info',
    title: 'Evaluate a catalog-info.yaml',
    description: `Evaluates the text of a catalog-info.yaml (every document of it) against the onboarding criteria without storing anything, as a merge request check would: for each document its onboarding status (step, next gate verdict, blockers with fixes), or why it is skipped or invalid. The overall verdict is NO-GO when any document is invalid or blocked.`,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          yaml: z
            .string()
            .min(1)
            .describe('The text of a catalog-info.yaml (at most 64 KiB)'),
          language: languageInput(z),
        }),
      output: z =>
        z.object({
          verdict: z.enum(['GO', 'NO-GO']),
          items: z.array(
            z.object({
              index: z.number().describe('Position of the document, from 0'),
              status: z.enum(['evaluated', 'skipped', 'error']),
              entityRef: z.string().optional(),
              onboarding: statusSchema(z).optional(),
              reason: z.string().optional().describe('Why it was skipped'),
              error: z.string().optional(),
            }),
          ),
        }),
    },
    action: async ({ input }) => {
      const language = input.language ?? DEFAULT_LANGUAGE;
      // The bounds, parsing and evaluation of POST /evaluate.
      const evaluated = entities.evaluateDocuments(
        readCatalogInfoText(input.yaml),
        language,
      );
      const criteria = entities.getCriteriaDocument(language);
      return {
        output: {
          verdict: evaluated.verdict,
          items: evaluated.items.map(item => {
            switch (item.status) {
              case 'evaluated':
                return {
                  index: item.index,
                  status: item.status,
                  entityRef: item.entityRef,
                  onboarding: toOnboardingStatus(item.report, criteria),
                };
              case 'skipped':
                return item;
              default:
                return {
                  index: item.index,
                  status: item.status,
                  error: item.error.message,
                };
            }
          }),
        },
      };
    },
  });
}
