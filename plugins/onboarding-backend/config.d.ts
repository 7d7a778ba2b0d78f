import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';

export interface Config {
  onboarding?: {
    console?: {
      /**
       * Base URL of the Cloud Pi Native console; project links are `<baseUrl>/projects/<slug>`.
       * Without it, entities link to the console only through their own `cloud-pi-native.fr/console-url`.
       */
      baseUrl?: string;
    };
    docs?: {
      /** Base URL of the Cloud Pi Native documentation site. Defaults to https://cloud-pi-native.fr. */
      baseUrl?: string;
    };
    /**
     * Changes to the default go/no-go criteria. Each entry disables a default criterion
     * (`{ id, disabled: true }`), overrides some of its fields (same id), or adds a new one
     * (new id with step, severity, title and rule). Checked at start-up: an invalid entry
     * stops the backend with a message naming its path.
     */
    criteria?: JsonObject[];
    /** How often the whole catalog is evaluated. Default: every 30 minutes. */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    evaluation?: {
      /** Kinds of entities evaluated. Default: Component, System, API. */
      kinds?: string[];
      /** Entities read from the catalog per page by the scheduled evaluation (1–1000). Default: 200. */
      pageSize?: number;
    };
    retention?: {
      /** Days of evaluation history kept (the latest evaluation of each entity is always kept). Default: 365. */
      days?: number;
    };
  };
}
