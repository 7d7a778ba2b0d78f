export interface Config {
  onboarding?: {
    sources?: {
      /**
       * The Harbor fact source: Trivy scans of the images in the Harbor project named after
       * each component's console project slug. Absent: no image vulnerability measurement.
       */
      harbor?: {
        /** Base URL of Harbor, e.g. https://harbor.example.gouv.fr. https unless `simulated`. */
        baseUrl: string;
        /** Robot account name with read access to the projects' repositories and artifacts, e.g. `robot$backstage`. */
        username: string;
        /**
         * The robot account's secret.
         * @visibility secret
         */
        password: string;
        /** Set when `baseUrl` is the platform simulator: the source's title says so. */
        simulated?: boolean;
        /** Per request attempt, in milliseconds (100–120000). Default 10000. */
        timeoutMs?: number;
        /** Repositories read at most per project; a larger project is reported unavailable. Default 500. */
        maxRepositories?: number;
      };
    };
  };
}
