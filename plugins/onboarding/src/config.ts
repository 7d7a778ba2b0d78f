import { Config } from '@backstage/config';

/** Where the Cloud Pi Native documentation lives unless `onboarding.docs.baseUrl` says otherwise. */
export const DEFAULT_DOCS_BASE_URL = 'https://cloud-pi-native.fr';

/** The onboarding plugin's frontend settings, read from `onboarding.*`. */
export interface OnboardingLinksConfig {
  consoleBaseUrl?: string;
  docsBaseUrl: string;
}

export function readLinksConfig(config: Config): OnboardingLinksConfig {
  return {
    consoleBaseUrl: config.getOptionalString('onboarding.console.baseUrl'),
    docsBaseUrl:
      config.getOptionalString('onboarding.docs.baseUrl') ??
      DEFAULT_DOCS_BASE_URL,
  };
}
