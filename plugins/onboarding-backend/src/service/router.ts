import express from 'express';
import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogFilterVerdict,
  CriteriaDocument,
  DEFAULT_LANGUAGE,
  Language,
  MAX_YAML_BYTES,
  Resource,
  StepNumber,
  TeamEntityPage,
  onboardingFormAnswerPermission,
  onboardingRefreshPermission,
  readEntityDocuments,
  viewJourney,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { createOpenApiRouter } from '../schema/openapi.generated';
import { EntityReports } from './EntityReports';
import { TeamSummaries } from './TeamSummaries';
import { TemplateScoring } from './TemplateScoring';
import { SourcesOverview } from './SourcesOverview';
import { CatalogFilter } from './CatalogFilter';
import { sendWithEtag } from './etag';
import { Objectives } from './Objectives';
import { FormAnswers } from '../forms';
import { GateReviews } from '../reviews';
import { CriteriaPreview } from './CriteriaPreview';
import { Training } from './Training';

/** What the onboarding router needs from the backend. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  entities: EntityReports;
  teams: TeamSummaries;
  templates: TemplateScoring;
  sources: SourcesOverview;
  catalogFilter: CatalogFilter;
  /** Team objectives (issue 12 §2). */
  objectives: Objectives;
  /** The prequalification and project-plan forms (issue 12 §3). */
  forms?: FormAnswers;
  reviews: GateReviews;
  /** Impact preview of a proposed criteria set (issue 12 §5). */
  criteriaPreview: CriteriaPreview;
  /** The journey's resources as configured (`onboarding.resources`, issue 12 §5). */
  resources: readonly Resource[];
  /** Shared self-training paths (issue 14 §3). */
  training: Training;
}

/** Weeks of trend in a team summary unless `weeks` says otherwise. */
export const DEFAULT_TREND_WEEKS = 12;

/** Largest JSON body accepted (a catalog-info.yaml is a few kilobytes). */
export const MAX_BODY = '256kb';
/** Largest YAML body accepted (see MAX_YAML_BYTES). */
export const MAX_YAML_BODY = MAX_YAML_BYTES;

// The validator has already checked `lang` against the spec's enum, which types it.
const languageOf = (req: { query: { lang?: Language } }) =>
  req.query.lang ?? DEFAULT_LANGUAGE;

/** Bumped when the criteria document's shape changes, so browsers drop what they hold. */
const CRITERIA_DOCUMENT_FORMAT = 2;

const entityRefOf = (req: {
  params: { namespace: string; kind: string; name: string };
}) =>
  stringifyEntityRef({
    namespace: req.params.namespace,
    kind: req.params.kind,
    name: req.params.name,
  });

/**
 * The onboarding REST API. It validates requests against the OpenAPI document, takes the
 * caller's credentials and hands over to the service; no business logic lives here.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    httpAuth,
    permissions,
    entities,
    teams,
    templates,
    sources,
    catalogFilter,
    objectives,
    forms,
    reviews,
    criteriaPreview,
    resources,
    training,
  } = options;
  // Bodies are parsed before the validator, so that parse errors keep their own status
  // (413 too large, 400 malformed JSON) instead of all becoming validation errors.
  const outer = express.Router();
  outer.use(express.json({ limit: MAX_BODY }));
  outer.use(
    express.text({
      type: ['application/yaml', 'application/x-yaml', 'text/yaml'],
      limit: MAX_YAML_BODY,
    }),
  );
  const alreadyParsed: express.RequestHandler = (_req, _res, next) => next();
  const router = createOpenApiRouter({ middleware: [alreadyParsed] });
  outer.use(router);

  const userOrService = (req: Parameters<HttpAuthService['credentials']>[0]) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  router.get('/sources', async (req, res) => {
    await userOrService(req);
    res.json(await sources.list());
  });

  router.get('/journey', async (req, res) => {
    await userOrService(req);
    res.json(viewJourney(languageOf(req), resources));
  });

  // The criteria are fixed for the life of the process: one document per language.
  const criteriaDocuments = new Map<Language, CriteriaDocument>();
  router.get('/criteria', async (req, res) => {
    await userOrService(req);
    const language = languageOf(req);
    let document = criteriaDocuments.get(language);
    if (!document) {
      document = entities.getCriteriaDocument(language);
      criteriaDocuments.set(language, document);
    }
    sendWithEtag(
      req,
      res,
      document,
      `criteria/${CRITERIA_DOCUMENT_FORMAT}/${document.criteriaVersion}/${language}`,
    );
  });

  router.get('/entities/:namespace/:kind/:name', async (req, res) => {
    const credentials = await userOrService(req);
    sendWithEtag(
      req,
      res,
      await entities.getEntityReport(
        entityRefOf(req),
        credentials,
        languageOf(req),
      ),
    );
  });

  router.post('/entities/:namespace/:kind/:name/refresh', async (req, res) => {
    const credentials = await userOrService(req);
    const entityRef = entityRefOf(req);
    // A resource permission: a conditional policy (e.g. owners only) is decided by the
    // catalog for this very entity.
    const [decision] = await permissions.authorize(
      [{ permission: onboardingRefreshPermission, resourceRef: entityRef }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You may not re-evaluate ${entityRef} (onboarding.evaluation.refresh)`,
      );
    }
    res.json(
      await entities.refreshEntity(entityRef, credentials, languageOf(req)),
    );
  });

  router.get('/entities/:namespace/:kind/:name/history', async (req, res) => {
    const credentials = await userOrService(req);
    const limit = req.query.limit ? Number(req.query.limit) : undefined;
    res.json(
      await entities.getHistory(entityRefOf(req), credentials, { limit }),
    );
  });

  // --- Gate reviews (issue 12 §1) ---
  router.get('/entities/:namespace/:kind/:name/reviews', async (req, res) => {
    const credentials = await userOrService(req);
    res.json(await reviews.list(entityRefOf(req), credentials));
  });

  router.post('/entities/:namespace/:kind/:name/reviews', async (req, res) => {
    const credentials = await userOrService(req);
    // The service checks the permission on this very entity and validates the body.
    res
      .status(201)
      .json(await reviews.record(entityRefOf(req), req.body, credentials));
  });
  // --- end of gate reviews ---

  router.get('/groups/:namespace/:name/summary', async (req, res) => {
    const credentials = await userOrService(req);
    const groupRef = stringifyEntityRef({
      kind: 'group',
      namespace: req.params.namespace,
      name: req.params.name,
    });
    // The validator has already checked every parameter against the spec.
    const query = req.query;
    const weeks = query.weeks ? Number(query.weeks) : DEFAULT_TREND_WEEKS;
    const page: TeamEntityPage = {
      ...(query.limit ? { limit: Number(query.limit) } : {}),
      ...(query.offset ? { offset: Number(query.offset) } : {}),
      ...(query.sort ? { sort: query.sort } : {}),
      ...(query.order ? { order: query.order } : {}),
      ...(query.q ? { q: query.q } : {}),
    };
    sendWithEtag(
      req,
      res,
      await teams.getGroupSummary(groupRef, credentials, languageOf(req), {
        weeks,
        page,
      }),
    );
  });

  router.get('/templates', async (req, res) => {
    const credentials = await userOrService(req);
    sendWithEtag(req, res, await templates.getTemplateScores(credentials));
  });

  router.get('/templates/:namespace/:name', async (req, res) => {
    const credentials = await userOrService(req);
    const templateRef = stringifyEntityRef({
      kind: 'template',
      namespace: req.params.namespace,
      name: req.params.name,
    });
    sendWithEtag(
      req,
      res,
      await templates.getTemplateDetail(
        templateRef,
        credentials,
        languageOf(req),
      ),
    );
  });

  // --- Catalog filter (issue 11 §2) ---
  router.get('/catalog-filter', async (req, res) => {
    const credentials = await userOrService(req);
    // The validator has already checked both lists against the spec's patterns.
    const { step, verdict } = req.query;
    sendWithEtag(
      req,
      res,
      await catalogFilter.getCatalogFilter(
        {
          ...(step
            ? {
                steps: [
                  ...new Set(step.split(',').map(Number)),
                ] as StepNumber[],
              }
            : {}),
          ...(verdict
            ? {
                verdicts: [
                  ...new Set(verdict.split(',')),
                ] as CatalogFilterVerdict[],
              }
            : {}),
        },
        credentials,
      ),
    );
  });
  // --- end of catalog filter ---

  router.post('/evaluate', async (req, res) => {
    await userOrService(req);
    res.json(
      entities.evaluateDocuments(
        readEntityDocuments(req.body),
        languageOf(req),
      ),
    );
  });

  // --- Team objectives (issue 12 §2) ---
  router.get('/objectives', async (req, res) => {
    res.json(await objectives.list(await userOrService(req)));
  });

  router.get('/objectives/:id', async (req, res) => {
    const credentials = await userOrService(req);
    res.json(await objectives.getProgress(req.params.id, credentials));
  });

  router.post('/objectives', async (req, res) => {
    const credentials = await userOrService(req);
    res.status(201).json(await objectives.create(req.body, credentials));
  });

  router.put('/objectives/:id', async (req, res) => {
    const credentials = await userOrService(req);
    res.json(await objectives.update(req.params.id, req.body, credentials));
  });

  router.delete('/objectives/:id', async (req, res) => {
    await objectives.delete(req.params.id, await userOrService(req));
    res.status(204).end();
  });
  // --- End of team objectives ---
  // ── issue 12 §3: prequalification and project-plan forms ──────────────────
  if (forms) {
    const formVersionOf = (req: { query: { version?: string } }) =>
      req.query.version ? Number(req.query.version) : undefined;

    router.get(
      '/entities/:namespace/:kind/:name/forms/:formId',
      async (req, res) => {
        const credentials = await userOrService(req);
        const latest = await forms.get(
          entityRefOf(req),
          req.params.formId,
          credentials,
          formVersionOf(req),
        );
        res.json({ latest });
      },
    );

    router.post(
      '/entities/:namespace/:kind/:name/forms/:formId',
      async (req, res) => {
        // A version's author is a person: services may read, not answer.
        const credentials = await httpAuth.credentials(req, {
          allow: ['user'],
        });
        const entityRef = entityRefOf(req);
        const [decision] = await permissions.authorize(
          [
            {
              permission: onboardingFormAnswerPermission,
              resourceRef: entityRef,
            },
          ],
          { credentials },
        );
        if (decision.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError(
            `You may not answer the forms of ${entityRef} (onboarding.form.answer)`,
          );
        }
        res
          .status(201)
          .json(
            await forms.save(
              entityRef,
              req.params.formId,
              credentials,
              req.body,
            ),
          );
      },
    );

    router.get(
      '/entities/:namespace/:kind/:name/forms/:formId/versions',
      async (req, res) => {
        const credentials = await userOrService(req);
        res.json({
          items: await forms.listVersions(
            entityRefOf(req),
            req.params.formId,
            credentials,
          ),
        });
      },
    );

    router.get(
      '/entities/:namespace/:kind/:name/forms/:formId/markdown',
      async (req, res) => {
        const credentials = await userOrService(req);
        const markdown = await forms.markdown(
          entityRefOf(req),
          req.params.formId,
          credentials,
          languageOf(req),
          formVersionOf(req),
        );
        res
          .type('text/markdown; charset=utf-8')
          .attachment(`${req.params.name}-${req.params.formId}.md`)
          .send(markdown);
      },
    );
  }

  // --- Criteria impact preview (issue 12 §5) ---
  router.post('/criteria/preview', async (req, res) => {
    const credentials = await userOrService(req);
    res.json(await criteriaPreview.preview(req.body, credentials));
  });
  // --- End of criteria impact preview ---

  // --- Self-training paths (issue 14 §3) ---
  // A path is the caller's own: only user credentials, and the user is never read from the body.
  const userOnly = (req: Parameters<HttpAuthService['credentials']>[0]) =>
    httpAuth.credentials(req, { allow: ['user'] });

  router.get('/training/shared', async (req, res) => {
    res.json(await training.getShared(await userOnly(req)));
  });

  router.put('/training/shared', async (req, res) => {
    const credentials = await userOnly(req);
    res.json(await training.share(req.body, credentials));
  });

  router.delete('/training/shared', async (req, res) => {
    await training.unshare(await userOnly(req));
    res.status(204).end();
  });

  router.get('/groups/:namespace/:name/training', async (req, res) => {
    const credentials = await userOrService(req);
    const groupRef = stringifyEntityRef({
      kind: 'group',
      namespace: req.params.namespace,
      name: req.params.name,
    });
    res.json(await training.getTeamTraining(groupRef, credentials));
  });
  // --- End of self-training paths ---

  return outer;
}
