import { dirname, relative, resolve, sep } from 'node:path';
import { ANNOTATION_LOCATION, Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

type Step = { action?: unknown; input?: { url?: unknown } };

function stepsOf(entity: Entity): Step[] {
  return Array.isArray(entity.spec?.steps)
    ? (entity.spec!.steps as Step[])
    : [];
}

/**
 * Where a template's skeleton lies: a folder on disk, confined to the template's own
 * folder (`root`), or a URL under the template file's folder.
 */
export type SkeletonLocation =
  | { type: 'file'; root: string; path: string }
  | { type: 'url'; url: string };

/**
 * The skeleton the template's fetch:template step copies, resolved against the location
 * the catalog recorded for the template file (`backstage.io/managed-by-location`; the
 * origin location may be another file elsewhere). Undefined when the template has no
 * local skeleton; throws InputError when it points outside the template's folder.
 */
export function skeletonLocation(entity: Entity): SkeletonLocation | undefined {
  const fetch = stepsOf(entity).find(
    s => s?.action === 'fetch:template' && typeof s.input?.url === 'string',
  );
  const wanted = fetch?.input?.url as string | undefined;
  const location = entity.metadata.annotations?.[ANNOTATION_LOCATION];
  if (!wanted || !location || /^[a-z][a-z0-9+.-]*:/i.test(wanted))
    return undefined;
  const colon = location.indexOf(':');
  const type = location.slice(0, colon);
  const target = location.slice(colon + 1);
  const outside = () =>
    new InputError(
      `skeleton ${JSON.stringify(wanted)} is outside the template's folder`,
    );
  if (type === 'file') {
    const root = dirname(resolve(target));
    const path = relative(root, resolve(root, wanted));
    if (path === '..' || path.startsWith(`..${sep}`) || resolve(path) === path)
      throw outside();
    return { type: 'file', root, path };
  }
  if (type === 'url') {
    const folder = new URL('.', target);
    const url = new URL(wanted.endsWith('/') ? wanted : `${wanted}/`, target);
    if (
      url.origin !== folder.origin ||
      !url.pathname.startsWith(folder.pathname)
    )
      throw outside();
    url.search = '';
    url.hash = '';
    return { type: 'url', url: url.toString() };
  }
  return undefined;
}
