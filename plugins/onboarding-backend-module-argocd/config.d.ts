export interface Config {
  onboarding?: {
    sources?: {
      /** The Argo CD fact source: sync and health of a project's applications. Absent: the source is off. */
      argocd?: {
        /** Argo CD server URL (its API is under /api/v1); https unless `simulated` is true. */
        baseUrl: string;
        /**
         * Argo CD account or project token, sent as `Authorization: Bearer`. Needs `get` on
         * the projects' applications (applications it may not see are silently left out).
         * @visibility secret
         */
        token: string;
        /** Set when baseUrl is the platform simulator: the source's title then says so. */
        simulated?: boolean;
        /** Per request attempt, in milliseconds. Default 10000. */
        timeoutMs?: number;
        /** Console environment names that are production (gate 4). Default: prod, production. */
        productionEnvironments?: string[];
      };
    };
  };
}
