export interface Config {
  onboarding?: {
    sources?: {
      /**
       * The SonarQube fact source. Absent: no SonarQube measurement, the declared
       * criteria stay in force.
       */
      sonarqube?: {
        /** Base URL of SonarQube, e.g. https://sonarqube.example.gouv.fr. https unless `simulated`. */
        baseUrl: string;
        /**
         * A SonarQube user token with Browse permission on the projects.
         * @visibility secret
         */
        token: string;
        /** How the token is sent: `bearer` (SonarQube 10.0+, default) or `basic` (older versions). */
        authMethod?: 'bearer' | 'basic';
        /** Set when `baseUrl` is the platform simulator: the source's title says so. */
        simulated?: boolean;
        /** Per request attempt, in milliseconds (100–120000). Default 10000. */
        timeoutMs?: number;
      };
    };
  };
}
