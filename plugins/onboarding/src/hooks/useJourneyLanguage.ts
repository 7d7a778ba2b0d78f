import { useEffect, useState } from 'react';
import { appLanguageApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  Language,
  isLanguage,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** Journey texts exist in French and English; any other UI language falls back to English. */
function toJourneyLanguage(language: string): Language {
  return isLanguage(language) ? language : 'en';
}

/** The language to ask the journey texts in: the app's current one, followed as the user switches. */
export function useJourneyLanguage(): Language {
  const languageApi = useApi(appLanguageApiRef);
  const [language, setLanguage] = useState(
    toJourneyLanguage(languageApi.getLanguage().language),
  );
  useEffect(() => {
    const subscription = languageApi
      .language$()
      .subscribe(({ language: next }) => setLanguage(toJourneyLanguage(next)));
    return () => subscription.unsubscribe();
  }, [languageApi]);
  return language;
}
