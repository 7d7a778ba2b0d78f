import { Config, ConfigReader } from '@backstage/config';

/** The app config with only `onboarding.sources.<id>` set to `block`: what a source's fromConfig reads. */
export function sourceConfig(id: string, block: object): Config {
  return new ConfigReader({ onboarding: { sources: { [id]: block } } });
}
