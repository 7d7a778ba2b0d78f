import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CriteriaDocument,
  EntityReport,
  EvaluateDocumentsResponse,
  Language,
  SubmittedDocument,
  buildCriteriaDocument,
  evaluateSubmittedDocuments,
  notEvaluatedKindMessage,
  isEvaluatedKind,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EvaluationStore } from '../database';
import { FactGatherer } from '../facts';
import { readVisibleEntity } from './catalogVisibility';
import { CriteriaSet } from './criteriaConfig';
import { EntityEvaluator } from './EntityEvaluator';
import { OnboardingSettings } from './settings';

/**
 * The entity routes: an entity's report (read from the catalog with the caller's
 * credentials, so nobody sees what the catalog hides from them), its re-evaluation, its
 * history, the criteria document, and submitted documents evaluated without storing.
 */
export class EntityReports {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      evaluator: EntityEvaluator;
      /** The scheduled fact sources, asked again when someone re-evaluates an entity. */
      gatherers?: FactGatherer[];
      store: EvaluationStore;
      criteria: CriteriaSet;
      settings: OnboardingSettings;
    },
  ) {}

  /** Reads an entity the caller may see, or throws NotFoundError; refuses kinds the suite does not evaluate. */
  private async readEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    const entity = await readVisibleEntity(
      this.deps.catalog,
      entityRef,
      credentials,
    );
    this.assertEvaluatedKind(entity.kind);
    return entity;
  }

  private assertEvaluatedKind(kind: string) {
    const kinds = this.deps.settings.kinds;
    if (!isEvaluatedKind(kind, kinds)) {
      throw new InputError(notEvaluatedKindMessage(kind, kinds));
    }
  }

  /**
   * The entity's evaluation, always of the entity as the catalog returns it now: never a
   * stored result the catalog has moved past. Records the result when it changed (the
   * stored copy feeds history and team views); `evaluatedAt` says since when it holds.
   */
  async getEntityReport(
    entityRef: string,
    credentials: BackstageCredentials,
    language: Language,
  ): Promise<EntityReport> {
    const entity = await this.readEntity(entityRef, credentials);
    const { evaluation, factSources } = await this.deps.evaluator.evaluate(
      entity,
    );
    const since = await this.deps.evaluator.record(entity, evaluation);
    return this.deps.evaluator.report(
      entity,
      { evaluation, factSources },
      language,
      since,
    );
  }

  /** Evaluates the entity now and records the result in the store, whatever this instance remembers. */
  async refreshEntity(
    entityRef: string,
    credentials: BackstageCredentials,
    language: Language,
  ): Promise<EntityReport> {
    const entity = await this.readEntity(entityRef, credentials);
    // Re-evaluating measures again: each source that applies is asked now (with its
    // timeout and breaker), so the result does not wait for the next cadence.
    await Promise.all(
      (this.deps.gatherers ?? [])
        .filter(gatherer => gatherer.source.appliesTo(entity))
        .map(gatherer => gatherer.gatherOne(entity)),
    );
    const { evaluation, factSources } = await this.deps.evaluator.evaluate(
      entity,
    );
    const saved = await this.deps.evaluator.save(
      entity,
      evaluation,
      this.deps.evaluator.now(),
    );
    return this.deps.evaluator.report(
      entity,
      { evaluation, factSources },
      language,
      saved.evaluatedAt,
    );
  }

  /**
   * Evaluates submitted documents (e.g. a merge request's catalog-info.yaml) without
   * storing anything: one item per document, in order, each a report, a document skipped
   * and why (a Location, a kind not evaluated), or the document's error. The verdict is
   * NO-GO when any document is in error or has a closed gate, so a pipeline can block on it.
   */
  evaluateDocuments(
    documents: SubmittedDocument[],
    language: Language,
  ): EvaluateDocumentsResponse {
    const items = evaluateSubmittedDocuments(documents, {
      kinds: this.deps.settings.kinds,
      language,
      report: entity =>
        this.deps.evaluator.report(
          entity,
          this.deps.evaluator.evaluateSubmitted(entity, language),
          language,
        ),
    });
    const blocked = items.some(
      item =>
        item.status === 'error' ||
        (item.status === 'evaluated' && item.report.nextGate),
    );
    return { verdict: blocked ? 'NO-GO' : 'GO', items };
  }

  /** The criteria in force, described in one language (`GET /criteria`). */
  getCriteriaDocument(language: Language): CriteriaDocument {
    return buildCriteriaDocument({
      criteria: this.deps.criteria.criteria,
      criteriaVersion: this.deps.criteria.version,
      language,
      links: this.deps.settings.links,
      gatesOnDeclarations: this.deps.criteria.gatesOnDeclarations,
    });
  }

  /** The entity's step over time, newest first. */
  async getHistory(
    entityRef: string,
    credentials: BackstageCredentials,
    options: { limit?: number },
  ) {
    const entity = await this.readEntity(entityRef, credentials);
    const ref = stringifyEntityRef(entity);
    const history = await this.deps.store.getHistory(ref, options);
    return {
      entityRef: ref,
      items: history.map(item => ({
        ...item,
        evaluatedAt: item.evaluatedAt.toISOString(),
      })),
    };
  }
}
