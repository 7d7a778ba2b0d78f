import {
  CriteriaDocument,
  EvaluateDocumentsResponse,
  Language,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { CheckError, CriteriaSource } from './types';
import { textsFor } from '../messages';

/** How long the portal has to answer one request. */
const TIMEOUT_MS = 30_000;

/** The onboarding API's base URL from what the user gave: the portal, its backend, or the API itself. */
export function onboardingApiUrl(portal: string): URL {
  let url: URL;
  try {
    url = new URL(portal);
  } catch {
    throw new CheckError(`--portal: "${portal}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new CheckError(`--portal: "${portal}" is not an http(s) URL`);
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith('/api/onboarding')
    ? path
    : `${path}/api/onboarding`;
  url.search = '';
  return url;
}

/** The message a Backstage backend puts in an error body, when it does. */
async function errorMessageOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text);
    if (typeof body?.error?.message === 'string') return body.error.message;
  } catch {
    // Not JSON: a proxy's page, say; its first line is enough.
  }
  return text.split('\n')[0].slice(0, 200);
}

/** Evaluates with the criteria of a portal (`POST /api/onboarding/evaluate`), with a service token. */
export function portalCriteria(options: {
  url: string;
  token: string;
}): CriteriaSource {
  const base = onboardingApiUrl(options.url);
  const shown = base.toString();
  const request = async (
    path: string,
    language: Language,
    init: RequestInit = {},
  ) => {
    const url = new URL(`${base.pathname}${path}`, base);
    url.searchParams.set('lang', language);
    let response: Response;
    try {
      response = await fetch(url, {
        ...init,
        headers: {
          ...init.headers,
          authorization: `Bearer ${options.token}`,
          accept: 'application/json',
        },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } })
        .cause;
      const why =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${TIMEOUT_MS / 1000} s`
          : cause?.code ?? cause?.message ?? (error as Error).message;
      throw new CheckError(
        `The portal is unreachable at ${url.origin} (${why})`,
      );
    }
    if (response.status === 401) {
      throw new CheckError(
        `The portal refused the token (401 ${await errorMessageOf(
          response,
        )}): check ONBOARDING_TOKEN against the portal's backend.auth.externalAccess`,
      );
    }
    if (response.status === 403) {
      throw new CheckError(
        `The portal's access restrictions refuse this token for ${
          url.pathname
        } (403 ${await errorMessageOf(response)})`,
      );
    }
    if (response.status === 404) {
      throw new CheckError(
        `No onboarding API at ${shown} (404): is the onboarding backend plugin installed there?`,
      );
    }
    if (!response.ok) {
      throw new CheckError(
        `The portal answered ${response.status} to ${
          url.pathname
        }: ${await errorMessageOf(response)}`,
      );
    }
    try {
      return await response.json();
    } catch {
      throw new CheckError(
        `The portal's answer to ${url.pathname} is not JSON: is ${shown} the onboarding API?`,
      );
    }
  };

  const criteriaByLanguage = new Map<Language, Promise<CriteriaDocument>>();
  return {
    describe: language => textsFor(language).portal(shown),
    async evaluate(text, documents, language) {
      if (!criteriaByLanguage.has(language))
        criteriaByLanguage.set(language, request('/criteria', language));
      const [answer, criteria] = await Promise.all([
        request('/evaluate', language, {
          method: 'POST',
          headers: { 'content-type': 'application/yaml' },
          body: text,
        }) as Promise<EvaluateDocumentsResponse>,
        criteriaByLanguage.get(language)!,
      ]);
      if (!Array.isArray(answer?.items))
        throw new CheckError(
          `The portal's answer to /evaluate has no items: is ${shown} the onboarding API?`,
        );
      return { documents, items: answer.items, criteria };
    },
  };
}
