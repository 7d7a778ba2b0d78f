import { createFactSourceModule } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { KyvernoFactSource } from './KyvernoFactSource';

/** Adds the Kyverno fact source to the onboarding backend when `onboarding.sources.kyverno` is configured. */
export const onboardingModuleKyverno = createFactSourceModule({
  moduleId: 'kyverno',
  tool: 'Kyverno',
  fromConfig: root => KyvernoFactSource.fromConfig(root),
  whenAbsent: 'not registered',
});
