export interface Config {
  onboarding?: {
    sources?: {
      /**
       * The Kyverno fact source: PolicyReports (wgpolicyk8s.io/v1alpha2) read through the
       * Kubernetes API of the cluster hosting the projects. Absent: the source is off.
       */
      kyverno?: {
        /**
         * A cluster of the portal's Kubernetes configuration (`kubernetes.clusterLocatorMethods`,
         * type `config`) by name: its `url` and `serviceAccountToken` are used unless
         * `baseUrl`/`token` are given here. Preferred when the portal has one.
         */
        cluster?: string;
        /** Kubernetes API server URL; https unless `simulated` is true. Optional with `cluster`. */
        baseUrl?: string;
        /**
         * Service-account token, sent as `Authorization: Bearer`. Needs cluster-wide `list`
         * on namespaces and `list` on policyreports.wgpolicyk8s.io.
         * @visibility secret
         */
        token?: string;
        /** Set when baseUrl is the platform simulator: the source's title then says so. */
        simulated?: boolean;
        /** Per request attempt, in milliseconds. Default 10000. */
        timeoutMs?: number;
        /** Console environment names that are production (gate 4). Default: prod, production. */
        productionEnvironments?: string[];
        /**
         * Policies whose failures outside production block gate 3. Default: the rules that
         * are AUDIT in dev/preprod and ENFORCE in prod on the Cloud Pi Native clusters.
         */
        nonProdPolicies?: string[];
      };
    };
  };
}
