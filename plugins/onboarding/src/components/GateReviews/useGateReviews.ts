import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { onboardingApiRef } from '../../api';

/** The entity's gate reviews, newest first, with a retry (also used to reload after recording). */
export function useGateReviews(entity: Entity) {
  const api = useApi(onboardingApiRef);
  const ref = getCompoundEntityRef(entity);
  const key = `${ref.kind}:${ref.namespace}/${ref.name}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useAsyncRetry(() => api.getReviews(ref), [api, key]);
}
