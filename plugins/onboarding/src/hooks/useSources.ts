import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { onboardingApiRef } from '../api';

/** The fact sources configured and their health (`GET /sources`), with a retry. */
export function useSources() {
  const api = useApi(onboardingApiRef);
  return useAsyncRetry(() => api.getSources(), [api]);
}
