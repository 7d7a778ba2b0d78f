import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  SharedTrainingState,
  TeamTraining,
  summarizeTeamTraining,
  validateSharedTraining,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { TrainingStore } from '../database';
import { TeamSummaries } from './TeamSummaries';

type UserCredentials = BackstageCredentials<BackstageUserPrincipal>;

/**
 * Self-training paths people choose to share with their teams, and the team counts drawn
 * from them. The person is always the caller: no one shares or reads another's path.
 */
export class Training {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      store: TrainingStore;
      teams: TeamSummaries;
      now: () => Date;
    },
  ) {}

  async getShared(credentials: UserCredentials): Promise<SharedTrainingState> {
    const shared = await this.deps.store.get(
      credentials.principal.userEntityRef,
    );
    if (!shared) return { shared: false };
    return {
      shared: true,
      perimeter: shared.perimeter,
      consulted: shared.consulted,
      updatedAt: shared.updatedAt,
    };
  }

  /** Shares (or updates) the caller's path; unknown perimeters or resources are refused. */
  async share(
    body: unknown,
    credentials: UserCredentials,
  ): Promise<SharedTrainingState> {
    const input = validateSharedTraining(body);
    const userRef = credentials.principal.userEntityRef;
    await this.deps.store.share(userRef, input, this.deps.now());
    return this.getShared(credentials);
  }

  async unshare(credentials: UserCredentials): Promise<void> {
    await this.deps.store.unshare(credentials.principal.userEntityRef);
  }

  /**
   * Counts over the users, among those the caller may see, who are members of the group
   * or of its sub-groups (404 when the caller may not see the group).
   */
  async getTeamTraining(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<TeamTraining> {
    const groupRefs = await this.deps.teams.groupTree(groupRef, credentials);
    const { items } = await this.deps.catalog.getEntities(
      {
        filter: { kind: 'user', 'relations.memberOf': groupRefs },
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    const members = [...new Set(items.map(user => stringifyEntityRef(user)))];
    const shared = await this.deps.store.listShared(members);
    return summarizeTeamTraining({
      groupRef: groupRefs[0],
      groupRefs,
      members: members.length,
      shared,
    });
  }
}
