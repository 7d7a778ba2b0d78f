export interface Config {
  onboarding?: {
    sources?: {
      /**
       * The Cloud Pi Native console as a fact source of the onboarding evaluation:
       * project status and lock, repositories, environments and their stages. Absent:
       * the source is not registered.
       */
      console?: {
        /** Base URL of the console, e.g. `https://console.example.gouv.fr`; https unless `simulated`. */
        baseUrl: string;
        /**
         * A console token (sent as `x-dso-token`): an admin token, or a personal access
         * token of a member of every project to read.
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
        /** Name of the production stage. Default `prod` (the console's PROD_STAGE_NAME). */
        prodStageName?: string;
      };
    };
  };
}
