import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CriteriaConfigError,
  CriteriaImpact,
  CriteriaImpactTally,
  Criterion,
  assertBoundedValue,
  onboardingCriteriaPreviewPermission,
  parseYamlDocuments,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { CriteriaSet } from './criteriaConfig';
import { EntityEvaluator } from './EntityEvaluator';
import { OnboardingSettings } from './settings';

/** Where a proposed set's problems are said to be: the key it would have in app-config. */
const CONFIG_PATH = 'onboarding.criteria';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The proposed `onboarding.criteria` in a submitted body: YAML text or JSON, either the
 * list itself or an app-config fragment holding it (`onboarding: { criteria: [...] }`, or
 * `criteria: [...]`). Same bounds as `POST /evaluate`; bad input throws InputError.
 */
export function readProposedCriteria(body: unknown): unknown {
  let value: unknown;
  if (typeof body === 'string') {
    const documents = parseYamlDocuments(body);
    if (documents.length !== 1)
      throw new InputError(
        `Expected one YAML document holding the proposed criteria, found ${documents.length}`,
      );
    const [document] = documents;
    if ('error' in document)
      throw new InputError(
        `Malformed YAML at line ${document.line}: ${document.error}`,
      );
    value = document.value;
  } else {
    assertBoundedValue(body);
    value = body;
  }
  if (Array.isArray(value)) return value;
  if (isObject(value) && isObject(value.onboarding)) value = value.onboarding;
  if (isObject(value) && Array.isArray(value.criteria)) return value.criteria;
  throw new InputError(
    `Expected a list of criteria, as under ${CONFIG_PATH} in app-config.yaml (or a fragment "onboarding: criteria: [...]")`,
  );
}

/** Criterion ids a proposed set adds, removes or changes against the set in force. */
export function diffCriteria(
  current: readonly Criterion[],
  proposed: readonly Criterion[],
): CriteriaImpact['criteria'] {
  const before = new Map(current.map(c => [c.id, JSON.stringify(c)]));
  const after = new Map(proposed.map(c => [c.id, JSON.stringify(c)]));
  return {
    added: [...after.keys()].filter(id => !before.has(id)),
    removed: [...before.keys()].filter(id => !after.has(id)),
    changed: [...after.keys()].filter(
      id => before.has(id) && before.get(id) !== after.get(id),
    ),
  };
}

/**
 * The impact preview (issue 12 §5): a proposed criteria set evaluated, beside the set in
 * force, against every catalog entity the caller may see, with the facts stored for them.
 * Nothing is stored; only counts and the changed entities are kept during the pass.
 */
export class CriteriaPreview {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      evaluator: EntityEvaluator;
      settings: OnboardingSettings;
      /** Resolves a proposed `onboarding.criteria` exactly as start-up does. */
      resolve: (configured: unknown) => CriteriaSet;
    },
  ) {}

  async preview(
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<CriteriaImpact> {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: onboardingCriteriaPreviewPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'You may not preview criteria changes (onboarding.criteria.preview)',
      );
    }
    const proposed = this.resolve(readProposedCriteria(body));
    const current = this.deps.evaluator.criteria;
    const tally = new CriteriaImpactTally();
    const { catalog, settings, evaluator } = this.deps;
    let cursor: string | undefined;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: settings.pageSize }
          : { filter: { kind: settings.kinds }, limit: settings.pageSize },
        { credentials },
      );
      for (const row of await evaluator.evaluateAgainst(
        page.items,
        proposed.criteria,
      )) {
        const ownerRef = row.entity.relations?.find(
          r => r.type === RELATION_OWNED_BY,
        )?.targetRef;
        tally.add(
          {
            entityRef: stringifyEntityRef(row.entity),
            ...(row.entity.metadata.title
              ? { title: row.entity.metadata.title }
              : {}),
            ...(ownerRef ? { ownerRef } : {}),
          },
          row.current,
          row.proposed,
        );
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return tally.result({
      currentVersion: current.version,
      proposedVersion: proposed.version,
      criteria: diffCriteria(current.criteria, proposed.criteria),
    });
  }

  private resolve(configured: unknown): CriteriaSet {
    try {
      return this.deps.resolve(configured);
    } catch (error) {
      if (error instanceof CriteriaConfigError)
        throw new InputError(error.message);
      throw error;
    }
  }
}
