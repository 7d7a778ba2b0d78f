export interface Config {
  /** Cloud Pi Native onboarding plugin. */
  onboarding?: {
    console?: {
      /**
       * Base URL of the Cloud Pi Native console; project links are `<baseUrl>/projects/<slug>`.
       * Without it, entities link to the console only through their own `cloud-pi-native.fr/console-url`.
       * @visibility frontend
       */
      baseUrl?: string;
    };
    docs?: {
      /**
       * Base URL of the Cloud Pi Native documentation site. Defaults to https://cloud-pi-native.fr.
       * @visibility frontend
       */
      baseUrl?: string;
    };
  };
}
