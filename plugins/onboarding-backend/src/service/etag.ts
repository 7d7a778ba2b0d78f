import { createHash } from 'node:crypto';
import express from 'express';

/**
 * Browsers keep the answer but ask again every time (`no-cache`), sending the ETag back;
 * `private` because answers depend on the caller's credentials.
 */
const CACHE_CONTROL = 'private, no-cache';

/** Whether an If-None-Match header names this (strong) ETag; weak forms match too (RFC 9110 weak comparison). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map(tag => tag.trim().replace(/^W\//, ''))
    .some(tag => tag === '*' || tag === etag);
}

/**
 * Answers a JSON body with a strong ETag, or 304 with no body when the caller already
 * holds it. The ETag is the hash of the body unless the caller names a cheaper one that
 * identifies it just as well (e.g. criteria version and language).
 */
export function sendWithEtag<Body>(
  req: Pick<express.Request, 'header'>,
  res: express.Response<Body>,
  // Checked against the route's response type, not inferred from it.
  body: NoInfer<Body>,
  etagSource?: string,
): void {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha256')
    .update(etagSource ?? text)
    .digest('base64url')}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', CACHE_CONTROL);
  if (matches(req.header('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  // The text hashed is the text sent, so it goes out as is (typed `send` wants the object).
  const untyped: express.Response = res;
  untyped.type('application/json').send(text);
}
