import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration, JsonObject } from '@backstage/types';

export interface Config {
  onboarding?: {
    console?: {
      /**
       * Base URL of the Cloud Pi Native console; project links are `<baseUrl>/projects/<slug>`.
       * Without it, entities link to the console only through their own `cloud-pi-native.fr/console-url`.
       */
      baseUrl?: string;
      /**
       * Hosts an entity's `cloud-pi-native.fr/console-url` may name, e.g. `console.example.gouv.fr`
       * (lower-case, with the port if any). Unset: any https host. A console URL that is not
       * https, or names another host, gives no console link and makes S3-CONSOLE-URL invalid.
       */
      allowedHosts?: string[];
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
    /**
     * Changes to the journey's recommended resources (issue 12 §5). Each entry disables a
     * resource (`{ id, disabled: true }`), overrides some of its fields (same id), or adds
     * one (new id with step, perimeter, kind, title and url; language fr, en or unknown,
     * default unknown; title a text or `{ fr, en }`; intranetOnly, paid). Checked at
     * start-up: an invalid entry stops the backend with a message naming its path.
     */
    resources?: JsonObject[];
    /** How often the whole catalog is evaluated. Default: every 30 minutes. */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    evaluation?: {
      /** Kinds of entities evaluated (templates are scored by the template criteria). Default: Component, System, API, Template. */
      kinds?: string[];
      /** Entities read from the catalog per page by the scheduled evaluation (1–1000). Default: 200. */
      pageSize?: number;
    };
    templates?: {
      /**
       * How long the facts read from a template's skeleton are reused before being read
       * again: minutes, or a duration such as `{ minutes: 10 }`. Default: 10 minutes; 0 never reuses.
       */
      factsTtl?: number | HumanDuration | string;
    };
    /**
     * How the fact sources added by `onboarding-backend-module-*` packages are run. Each
     * source gathers on its own scheduled task (one instance at a time across backends),
     * and evaluations read what it stored, never the tool itself.
     */
    facts?: {
      /** How often each source gathers. Default: every 30 minutes, 25 minutes at most. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Facts older than this are unknown: minutes or a duration. Default: 2 hours. */
      ttl?: number | HumanDuration | string;
      /** Entities gathered at the same time, per source (1–64). Default: 8. */
      concurrency?: number;
      /** Longest a source may take for one entity: minutes or a duration. Default: 30 seconds. */
      attemptTimeout?: number | HumanDuration | string;
      breaker?: {
        /** Failures in a row after which a source is no longer asked for a while. Default: 5. */
        failures?: number;
        /** How long it is not asked: minutes or a duration. Default: 5 minutes. */
        cooldown?: number | HumanDuration | string;
      };
    };
    /**
     * Each fact source module reads its own `onboarding.sources.<id>` (see docs/sources/);
     * the backend reads two keys of every source there, overriding `onboarding.facts`.
     */
    sources?: {
      [sourceId: string]: {
        /** How often this source gathers (default: `onboarding.facts.schedule`). */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /** How long this source's facts count (default: `onboarding.facts.ttl`). */
        factsTtl?: number | HumanDuration | string;
      };
    };
    /**
     * Notifications to the owner group of an entity, through Backstage's notifications
     * (the portal needs @backstage/plugin-notifications-backend). Each change is sent
     * once, however many backend instances see it.
     */
    notifications?: {
      /** Sends the onboarding notifications. Default: false. */
      enabled?: boolean;
      /** Each kind of event on or off. Default: all on. */
      events?: {
        /** The entity passed a gate: its evidenced step rose. */
        gatePassed?: boolean;
        /** A criterion that was met no longer is, or the evidenced step dropped. */
        fellBack?: boolean;
        /** An exemption ends within `exemptionNoticeDays` days (checked daily). */
        exemptionExpiring?: boolean;
      };
      /** Topic of the notifications, by which users filter them. Default: onboarding. */
      topic?: string;
      /** Language of the texts: fr or en. Default: fr. */
      language?: 'fr' | 'en';
      /** Days before its last day an exemption is recalled (1–365). Default: 14. */
      exemptionNoticeDays?: number;
    };
    retention?: {
      /** Days of evaluation history kept (the latest evaluation of each entity is always kept). Default: 365. */
      days?: number;
    };
    // --- Team objectives (issue 12 §2) ---
    /**
     * Objectives set for teams, read-only in the portal (others are set there by users
     * with `onboarding.objective.manage`). Checked at start-up: a bad entry stops the
     * backend with a message naming its path.
     */
    objectives?: Array<{
      /** Lower-case letters, digits and dashes, unique. */
      id: string;
      title: string;
      /** The group whose entities, and those of its sub-groups, are counted, e.g. `group:default/team-a`. */
      groupRef: string;
      /** A step from 2 to 5 every entity must reach, or criterion ids every entity must meet. */
      target: { step: number } | { criteria: string[] };
      /** YYYY-MM-DD. */
      dueDate: string;
    }>;
    /** Gate reviews: the committee's go/no-go decisions recorded beside the criteria. */
    reviews?: {
      /**
       * When true, a gate's latest decision GO (or GO with reservations, all lifted) counts as
       * the gate's evidence: the evidenced step may move past that gate although its criteria
       * say NO-GO (the report lists such gates in `passedByDecision`). Default: false, a
       * decision is shown beside the criteria and never changes the step.
       */
      goCountsAsEvidence?: boolean;
    };
  };
}
