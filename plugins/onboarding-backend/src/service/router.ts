import express from 'express';
import Router from 'express-promise-router';
import { InputError } from '@backstage/errors';
import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  Language,
  isLanguage,
  viewJourney,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** What the onboarding router needs from the backend. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  logger: LoggerService;
}

/** Reads the optional `lang` query parameter; anything but one supported language is a bad request. */
function readLanguage(query: express.Request['query']): Language {
  const lang = query.lang;
  if (lang === undefined) {
    return DEFAULT_LANGUAGE;
  }
  if (!isLanguage(lang)) {
    throw new InputError(
      `Unsupported lang ${JSON.stringify(
        lang,
      )}: expected one of ${LANGUAGES.join(', ')}`,
    );
  }
  return lang;
}

/** The onboarding REST API. It parses, authorises and answers; the journey itself lives in the common package. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth } = options;
  const router = Router();
  router.use(express.json());

  router.get('/journey', async (req, res) => {
    // The plugin's auth policy already rejects anonymous callers; asking for credentials here keeps it explicit.
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(viewJourney(readLanguage(req.query)));
  });

  return router;
}
