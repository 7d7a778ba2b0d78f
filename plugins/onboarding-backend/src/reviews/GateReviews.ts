import {
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  GateReview,
  GateReviewList,
  onboardingGateReviewPermission,
  validateGateReview,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { readVisibleEntity } from '../service/catalogVisibility';
import { GateReviewStore } from './GateReviewStore';

/**
 * The gate review routes: reading an entity's reviews (whoever can read the entity) and
 * recording a decision (permission `onboarding.gate.review` on that entity). Records are
 * never edited: a correction or a lifted reservation is a new record that supersedes one.
 */
export class GateReviews {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      userInfo: UserInfoService;
      store: GateReviewStore;
      /** Called after a record is stored, e.g. to re-evaluate when a GO counts as evidence. */
      onRecorded?: (entity: Entity) => Promise<void>;
      now?: () => Date;
    },
  ) {}

  async list(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<GateReviewList> {
    const ref = stringifyEntityRef(
      await readVisibleEntity(this.deps.catalog, entityRef, credentials),
    );
    return { entityRef: ref, items: await this.deps.store.listReviews(ref) };
  }

  async record(
    entityRef: string,
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<GateReview> {
    const entity = await readVisibleEntity(
      this.deps.catalog,
      entityRef,
      credentials,
    );
    const ref = stringifyEntityRef(entity);
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: onboardingGateReviewPermission, resourceRef: ref }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You may not record a gate review for ${ref} (onboarding.gate.review)`,
      );
    }
    const checked = validateGateReview(body);
    if ('errors' in checked) {
      throw new InputError(`Invalid gate review: ${checked.errors.join('; ')}`);
    }
    const { review } = checked;
    if (review.supersedes !== undefined) {
      const previous = await this.deps.store.getReview(ref, review.supersedes);
      if (!previous) {
        throw new InputError(
          `Invalid gate review: supersedes ${review.supersedes}, which is no review of ${ref}`,
        );
      }
      if (previous.gate !== review.gate) {
        throw new InputError(
          `Invalid gate review: review ${review.supersedes} is about gate ${previous.gate}, not gate ${review.gate}`,
        );
      }
    }
    const stored = await this.deps.store.addReview({
      ...review,
      entityRef: ref,
      recordedBy: await this.recorderOf(credentials),
      recordedAt: this.deps.now?.() ?? new Date(),
    });
    await this.deps.onRecorded?.(entity);
    return stored;
  }

  /** Who records: the signed-in user's entity ref, or the calling service's subject. */
  private async recorderOf(credentials: BackstageCredentials): Promise<string> {
    const principal = credentials.principal as {
      type?: string;
      subject?: string;
    };
    if (principal.type === 'user') {
      const { userEntityRef } = await this.deps.userInfo.getUserInfo(
        credentials,
      );
      return userEntityRef;
    }
    return `service:${principal.subject ?? 'unknown'}`;
  }
}
