/**
 * Annotation names the onboarding suite reads on catalog entities.
 * All of them live under the `cloud-pi-native.fr/` prefix, the programme's own domain.
 */
export const ANNOTATION_PREFIX = 'cloud-pi-native.fr/';

/**
 * Slug of the entity's project in the Cloud Pi Native console, e.g. `dossier-usager`.
 * Used to build links to the project in the console (`/projects/<slug>`).
 */
export const ANNOTATION_CONSOLE_PROJECT = `${ANNOTATION_PREFIX}console-project`;

/**
 * Base URL of the console instance hosting the project, when it differs from the
 * portal-wide `onboarding.console.baseUrl` (several console instances exist).
 * Example: `https://console.example.gouv.fr`.
 */
export const ANNOTATION_CONSOLE_URL = `${ANNOTATION_PREFIX}console-url`;

/**
 * The onboarding step (1 to 5) the team declares the entity has reached, e.g. `3`.
 * The go/no-go evaluation checks this declaration against the evidence.
 */
export const ANNOTATION_ONBOARDING_STEP = `${ANNOTATION_PREFIX}onboarding-step`;

/**
 * Prefix of exemption annotations: `cloud-pi-native.fr/exemption.<criterion id>`, valued
 * `YYYY-MM-DD: reason` — the day the exemption expires, then why it is granted.
 * Example: `cloud-pi-native.fr/exemption.S3-SONAR: "2026-12-31: analysis moves to the new SonarQube in December"`.
 */
export const ANNOTATION_EXEMPTION_PREFIX = `${ANNOTATION_PREFIX}exemption.`;

/**
 * The support case the initiative declares, `1` to `4` as in the journey's eligibilite.md,
 * e.g. `1` (a ministry organisation deploying on the Cloud Pi). The guide explains it.
 */
export const ANNOTATION_ELIGIBILITY_CASE = `${ANNOTATION_PREFIX}eligibility-case`;
