import express from 'express';
import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  CriteriaDocument,
  DEFAULT_LANGUAGE,
  Language,
  TeamEntityPage,
  onboardingRefreshPermission,
  readEntityDocuments,
  viewJourney,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { createOpenApiRouter } from '../schema/openapi.generated';
import { EntityReports } from './EntityReports';
import { TeamSummaries } from './TeamSummaries';
import { TemplateScoring } from './TemplateScoring';
import { SourcesOverview } from './SourcesOverview';
import { sendWithEtag } from './etag';
import { GateReviews } from '../reviews';

/** What the onboarding router needs from the backend. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  entities: EntityReports;
  teams: TeamSummaries;
  templates: TemplateScoring;
  sources: SourcesOverview;
  reviews: GateReviews;
}

/** Weeks of trend in a team summary unless `weeks` says otherwise. */
export const DEFAULT_TREND_WEEKS = 12;

/** Largest JSON body accepted (a catalog-info.yaml is a few kilobytes). */
export const MAX_BODY = '256kb';
/** Largest YAML body accepted: YAML costs more to parse than JSON, and 50 documents fit. */
export const MAX_YAML_BODY = '64kb';

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
    reviews,
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
    res.json(viewJourney(languageOf(req)));
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

  router.post('/evaluate', async (req, res) => {
    await userOrService(req);
    res.json(
      entities.evaluateDocuments(
        readEntityDocuments(req.body),
        languageOf(req),
      ),
    );
  });

  return outer;
}
