import { useMemo } from 'react';
import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  DEFAULT_DOCS_BASE_URL,
  viewJourney,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { useJourneyLanguage } from '../../hooks';

/**
 * The journey's texts in the app's language, straight from the common package (they are
 * static, so the guide needs no request), and the docs site they point to.
 */
export function useGuideTexts() {
  const language = useJourneyLanguage();
  const config = useApi(configApiRef);
  const docsBaseUrl =
    config.getOptionalString('onboarding.docs.baseUrl') ??
    DEFAULT_DOCS_BASE_URL;
  const journey = useMemo(() => viewJourney(language), [language]);
  return { language, journey, docsBaseUrl: docsBaseUrl.replace(/\/+$/, '') };
}
