import { ReactNode, createContext, useContext, useMemo } from 'react';
import {
  FactSourceStatus,
  Language,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { useSources } from '../../hooks';

/** What a criterion needs to say where its evidence comes from. */
export interface EvidenceSources {
  language: Language;
  /** The report's fact sources: when each gathered its facts. */
  statuses: readonly FactSourceStatus[];
  /** Configured sources by id, once `GET /sources` answered. */
  configured: ReadonlyMap<string, { title: string }>;
}

const EvidenceSourcesContext = createContext<EvidenceSources | undefined>(
  undefined,
);

/**
 * Loads the configured sources once for a whole report, so that each criterion can name
 * its source by title (the id until they are loaded, or if they cannot be).
 */
export function EvidenceSourcesProvider(props: {
  report: { language: Language; factSources?: FactSourceStatus[] };
  children: ReactNode;
}) {
  const { language, factSources } = props.report;
  const sources = useSources();
  const value = useMemo(
    () => ({
      language,
      statuses: factSources ?? [],
      configured: new Map(
        (sources.value?.items ?? []).map(s => [s.id, { title: s.title }]),
      ),
    }),
    [language, factSources, sources.value],
  );
  return (
    <EvidenceSourcesContext.Provider value={value}>
      {props.children}
    </EvidenceSourcesContext.Provider>
  );
}

/** The sources of the report being shown; undefined outside a provider. */
export function useEvidenceSources(): EvidenceSources | undefined {
  return useContext(EvidenceSourcesContext);
}
