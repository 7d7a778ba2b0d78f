import { CatalogService } from '@backstage/plugin-catalog-node';
import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  Objective,
  ObjectiveLaggard,
  ObjectiveList,
  ObjectiveProgress,
  StepNumber,
  onboardingObjectiveManagePermission,
  projectObjective,
  unmetTargetCriteria,
  validateObjectiveInput,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EvaluationStore, ObjectiveStore } from '../database';
import { CriteriaSet } from './criteriaConfig';
import { TeamSummaries } from './TeamSummaries';
import { catalogReadScope, visibleAmong } from './catalogVisibility';
import { objectiveTrend } from './objectiveTrend';
import { trendWeeks } from './teamSummary';

/** Weeks of history an objective's trend and projection are drawn from. */
export const OBJECTIVE_TREND_WEEKS = 12;
/** Templates are scored on their own, not counted as a team's services (as in team summaries). */
const NOT_COUNTED_KINDS = ['template'];

const principalRef = (
  credentials: BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >,
) =>
  credentials.principal.type === 'user'
    ? credentials.principal.userEntityRef
    : `service:${credentials.principal.subject}`;

/**
 * Objectives set for teams: those declared in app-config.yaml (read-only) and those
 * stored from the portal, and each one's progress as the caller may see it, by the
 * team summary's rules (the group tree and the entities the catalog shows the caller).
 */
export class Objectives {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      store: ObjectiveStore;
      evaluations: EvaluationStore;
      teams: TeamSummaries;
      criteria: CriteriaSet;
      configured: Objective[];
      now: () => Date;
    },
  ) {}

  /** Every objective whose group the caller may see, by due date. */
  async list(credentials: BackstageCredentials): Promise<ObjectiveList> {
    const all = [
      ...this.deps.configured,
      ...(await this.deps.store.listObjectives()),
    ];
    const groups = [...new Set(all.map(o => o.groupRef))];
    const visible = await visibleAmong(this.deps.catalog, groups, credentials);
    return {
      items: all
        .filter(o => visible.has(o.groupRef))
        .sort(
          (a, b) =>
            a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id),
        ),
    };
  }

  private async find(id: string): Promise<Objective> {
    const objective =
      this.deps.configured.find(o => o.id === id) ??
      (await this.deps.store.getObjective(id));
    if (!objective) throw new NotFoundError(`No objective ${id}`);
    return objective;
  }

  /** How far the objective's teams are: who meets the target, who does not, the trend and projection. */
  async getProgress(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<ObjectiveProgress> {
    const objective = await this.find(id);
    const { teams, evaluations } = this.deps;
    // A group the caller may not see answers 404, as its summary does.
    const groupRefs = await teams.groupTree(objective.groupRef, credentials);
    let entities = (await evaluations.listLatestForOwners(groupRefs)).filter(
      e => !NOT_COUNTED_KINDS.includes(e.kind),
    );
    const scope = await catalogReadScope(this.deps.permissions, credentials);
    if (scope === 'none') entities = [];
    if (scope === 'some') {
      const visible = await visibleAmong(
        this.deps.catalog,
        entities.map(e => e.entityRef),
        credentials,
      );
      entities = entities.filter(e => visible.has(e.entityRef));
    }
    const unmetOf = new Map<string, Set<string>>();
    if ('criteria' in objective.target) {
      for (const row of await evaluations.listUnmetForOwners(groupRefs)) {
        const set = unmetOf.get(row.entityRef) ?? new Set<string>();
        set.add(row.criterionId);
        unmetOf.set(row.entityRef, set);
      }
    }
    const notMeeting: ObjectiveLaggard[] = [];
    for (const entity of entities) {
      const { meets, unmetCriteria } = unmetTargetCriteria(objective.target, {
        step: entity.step,
        unmet: unmetOf.get(entity.entityRef) ?? new Set(),
      });
      if (!meets) {
        notMeeting.push({
          entityRef: entity.entityRef,
          step: entity.step as StepNumber,
          ...('criteria' in objective.target ? { unmetCriteria } : {}),
        });
      }
    }
    const now = this.deps.now();
    const weeks = trendWeeks(OBJECTIVE_TREND_WEEKS, now);
    const history = await this.deps.store.listHistorySince(
      entities.map(e => e.entityRef),
      weeks[0].start,
    );
    const trend = objectiveTrend(history, weeks, objective.target);
    return {
      objective,
      groupRefs,
      generatedAt: now.toISOString(),
      total: entities.length,
      meeting: entities.length - notMeeting.length,
      notMeeting,
      // Due at the end of the due day (UTC).
      overdue: now.toISOString().slice(0, 10) > objective.dueDate,
      trend,
      projection: projectObjective(trend, now),
    };
  }

  private async authorizeManage(credentials: BackstageCredentials) {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: onboardingObjectiveManagePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'You may not manage objectives (onboarding.objective.manage)',
      );
    }
  }

  private validate(body: unknown) {
    const { objective, problems } = validateObjectiveInput(
      body,
      new Set(this.deps.criteria.criteria.map(c => c.id)),
    );
    if (!objective) {
      throw new InputError(`Invalid objective: ${problems.join('; ')}`);
    }
    return objective;
  }

  private async existingGroup(
    groupRef: string,
    credentials: BackstageCredentials,
  ) {
    // Also checks that the caller may see the group.
    await this.deps.teams.groupTree(groupRef, credentials).catch(error => {
      if (error instanceof NotFoundError) {
        throw new InputError(`groupRef: no group ${groupRef} in the catalog`);
      }
      throw error;
    });
  }

  async create(
    body: unknown,
    credentials: BackstageCredentials<
      BackstageUserPrincipal | BackstageServicePrincipal
    >,
  ): Promise<Objective> {
    await this.authorizeManage(credentials);
    const input = this.validate(body);
    await this.existingGroup(input.groupRef, credentials);
    return this.deps.store.createObjective(input, {
      id: randomUUID(),
      userRef: principalRef(credentials),
      at: this.deps.now(),
    });
  }

  async update(
    id: string,
    body: unknown,
    credentials: BackstageCredentials<
      BackstageUserPrincipal | BackstageServicePrincipal
    >,
  ): Promise<Objective> {
    await this.authorizeManage(credentials);
    this.refuseConfigured(id);
    const input = this.validate(body);
    await this.existingGroup(input.groupRef, credentials);
    const updated = await this.deps.store.updateObjective(id, input, {
      userRef: principalRef(credentials),
      at: this.deps.now(),
    });
    if (!updated) throw new NotFoundError(`No objective ${id}`);
    return updated;
  }

  async delete(id: string, credentials: BackstageCredentials): Promise<void> {
    await this.authorizeManage(credentials);
    this.refuseConfigured(id);
    if (!(await this.deps.store.deleteObjective(id))) {
      throw new NotFoundError(`No objective ${id}`);
    }
  }

  private refuseConfigured(id: string) {
    if (this.deps.configured.some(o => o.id === id)) {
      throw new ConflictError(
        `Objective ${id} is declared in app-config.yaml (onboarding.objectives): change it there`,
      );
    }
  }
}
