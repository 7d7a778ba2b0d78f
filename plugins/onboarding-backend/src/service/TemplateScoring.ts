import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  EntityEvaluation,
  FactSourceStatus,
  Language,
  StepNumber,
  TemplateDetail,
  TemplateOutcomes,
  TemplateScoreItem,
  TemplateScoresResponse,
  compareTemplateScores,
  scoreTemplate,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { EvaluationStore } from '../database';
import { EntityEvaluator } from './EntityEvaluator';

/** Set by the scaffolder on what a template creates (backstage.io/source-template). */
const ANNOTATION_SOURCE_TEMPLATE = 'backstage.io/source-template';

/**
 * Template scoring: every scaffolder template the caller may see, scored on the gates it
 * prepares with the same engine as entities, and how far the projects created from each
 * got.
 */
export class TemplateScoring {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      evaluator: EntityEvaluator;
      store: EvaluationStore;
    },
  ) {}

  /**
   * For each template (lower-case ref), how far the catalog entities created from it got,
   * by their latest stored evaluation.
   */
  private async templateOutcomes(
    credentials: BackstageCredentials,
  ): Promise<(templateRef: string) => TemplateOutcomes> {
    const { items: created } = await this.deps.catalog.getEntities(
      {
        filter: {
          'metadata.annotations.backstage.io/source-template':
            CATALOG_FILTER_EXISTS,
        },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.annotations',
        ],
      },
      { credentials },
    );
    const createdBy = new Map<string, string[]>();
    for (const entity of created) {
      const source =
        entity.metadata.annotations?.[
          ANNOTATION_SOURCE_TEMPLATE
        ]?.toLocaleLowerCase('en');
      if (source)
        createdBy.set(source, [
          ...(createdBy.get(source) ?? []),
          stringifyEntityRef(entity),
        ]);
    }
    const latest = new Map(
      (
        await this.deps.store.listLatestByRefs([...createdBy.values()].flat())
      ).map(row => [row.entityRef, row.step]),
    );
    return templateRef => {
      const projects = createdBy.get(templateRef.toLocaleLowerCase('en')) ?? [];
      const counts: Record<StepNumber, number> = {
        1: 0,
        2: 0,
        3: 0,
        4: 0,
        5: 0,
      };
      let notEvaluated = 0;
      for (const project of projects) {
        const step = latest.get(project.toLocaleLowerCase('en'));
        if (step) counts[step as StepNumber] += 1;
        else notEvaluated += 1;
      }
      return { total: projects.length, counts, notEvaluated };
    };
  }

  /** A template's score and its projects' outcomes, with the evaluation they come from. */
  private async scoreOne(
    template: Entity,
    outcomesOf: (templateRef: string) => TemplateOutcomes,
  ): Promise<{
    item: TemplateScoreItem;
    evaluation: EntityEvaluation;
    factSources: FactSourceStatus[];
  }> {
    const ref = stringifyEntityRef(template);
    const { evaluation, factSources } = await this.deps.evaluator.evaluate(
      template,
    );
    return {
      evaluation,
      factSources,
      item: {
        entityRef: ref,
        title: template.metadata.title ?? template.metadata.name,
        ...(template.metadata.description
          ? { description: template.metadata.description }
          : {}),
        score: scoreTemplate(evaluation),
        outcomes: outcomesOf(ref),
      },
    };
  }

  /**
   * Every template the caller may see, scored with the template criteria (evaluated now:
   * templates are few), with how far the projects created from each one got; scores
   * only, best first (each template's criteria: `getTemplateDetail`).
   */
  async getTemplateScores(
    credentials: BackstageCredentials,
  ): Promise<TemplateScoresResponse> {
    const { items: templates } = await this.deps.catalog.getEntities(
      { filter: { kind: 'template' } },
      { credentials },
    );
    const outcomesOf = await this.templateOutcomes(credentials);
    const items = await Promise.all(
      templates.map(
        async template => (await this.scoreOne(template, outcomesOf)).item,
      ),
    );
    return { items: items.sort(compareTemplateScores) };
  }

  /** One template's score, its projects' outcomes and its report; 404 when the caller may not see it. */
  async getTemplateDetail(
    templateRef: string,
    credentials: BackstageCredentials,
    language: Language,
  ): Promise<TemplateDetail> {
    const template = await this.deps.catalog.getEntityByRef(templateRef, {
      credentials,
    });
    if (!template) {
      throw new NotFoundError(`No template ${templateRef} in the catalog`);
    }
    const { item, evaluation, factSources } = await this.scoreOne(
      template,
      await this.templateOutcomes(credentials),
    );
    return {
      ...item,
      report: this.deps.evaluator.report(
        template,
        { evaluation, factSources },
        language,
      ),
    };
  }
}
