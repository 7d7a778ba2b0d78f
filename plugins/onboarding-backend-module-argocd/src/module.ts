import { createFactSourceModule } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { ArgoCdFactSource } from './ArgoCdFactSource';

/** Adds the Argo CD fact source to the onboarding backend when `onboarding.sources.argocd` is configured. */
export const onboardingModuleArgoCd = createFactSourceModule({
  moduleId: 'argocd',
  tool: 'Argo CD',
  fromConfig: root => ArgoCdFactSource.fromConfig(root),
  whenAbsent: 'not registered',
});
