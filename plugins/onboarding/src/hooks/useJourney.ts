import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { onboardingApiRef } from '../api';
import { useJourneyLanguage } from './useJourneyLanguage';

/** The journey in the app's language, loaded from the backend, with a retry. */
export function useJourney() {
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  return useAsyncRetry(() => api.getJourney(language), [api, language]);
}
