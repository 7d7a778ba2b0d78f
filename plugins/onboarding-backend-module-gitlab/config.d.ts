export interface Config {
  onboarding?: {
    sources?: {
      /**
       * GitLab as a fact source of the onboarding evaluation: the Dockerfile's final
       * user, the CI catalog include, the default branch's latest pipeline, and the
       * dashboards and alert rules of the project's infra-observability repository.
       * Absent: the source is not registered.
       */
      gitlab?: {
        /** Base URL of GitLab, e.g. `https://gitlab.example.gouv.fr` (the API is below `/api/v4`); https unless `simulated`. */
        baseUrl: string;
        /**
         * A GitLab token with `read_api` on the projects to read (sent as `PRIVATE-TOKEN`).
         * @visibility secret
         */
        token: string;
        /** Set when baseUrl is the platform simulator: users are told the measurements are simulated. */
        simulated?: boolean;
        /** Per request attempt, in milliseconds. Default 10000. */
        timeoutMs?: number;
        /** Further attempts after a 429, a 5xx, a timeout or a network error. Default 2. */
        retries?: number;
        /** Largest answer read, in bytes. Default 5 MB. */
        maxBytes?: number;
        /**
         * The group under which the console creates project groups (the console's
         * PROJECTS_ROOT_DIR), e.g. `forge/projects`: a project's repositories are
         * `<projectsRootDir>/<console slug>/<repository>`.
         */
        projectsRootDir: string;
        /** Name of the repository the platform creates for dashboards and alert rules. Default `infra-observability`. */
        observabilityRepository?: string;
      };
    };
  };
}
