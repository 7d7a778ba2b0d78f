import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { onboardingApiRef } from '../api';
import { useJourneyLanguage } from './useJourneyLanguage';

/** The entity's evaluation in the app's language, loaded from the backend, with a retry. */
export function useEntityReport(entity: Entity) {
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const ref = getCompoundEntityRef(entity);
  const key = `${ref.kind}:${ref.namespace}/${ref.name}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useAsyncRetry(
    () => api.getEntityReport(ref, language),
    [api, language, key],
  );
}
