import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  FactSource,
  onboardingFactSourcesExtensionPoint,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import onboardingModuleArgoCd from '.';

/** Stands for the onboarding backend: offers the extension point and keeps what is added. */
function recordingPlugin(recorded: FactSource[]) {
  return createBackendPlugin({
    pluginId: 'onboarding',
    register(env) {
      env.registerExtensionPoint(onboardingFactSourcesExtensionPoint, {
        addFactSource: (...sources) => recorded.push(...sources),
      });
      env.registerInit({ deps: {}, async init() {} });
    },
  });
}

const start = (recorded: FactSource[], data: object) =>
  startTestBackend({
    features: [
      recordingPlugin(recorded),
      onboardingModuleArgoCd,
      mockServices.rootConfig.factory({ data }),
    ],
  });

describe('onboardingModuleArgoCd', () => {
  it('registers the Argo CD source when configured', async () => {
    const recorded: FactSource[] = [];
    const backend = await start(recorded, {
      onboarding: {
        sources: {
          argocd: {
            baseUrl: 'http://localhost:7010/argocd',
            token: 'simulator-token',
            simulated: true,
          },
        },
      },
    });
    expect(recorded.map(s => [s.id, s.title, s.simulated])).toEqual([
      ['argocd', 'Argo CD — SIMULATOR (http://localhost:7010/argocd)', true],
    ]);
    await backend.stop();
  });

  it('registers nothing without config', async () => {
    const recorded: FactSource[] = [];
    const backend = await start(recorded, { onboarding: {} });
    expect(recorded).toEqual([]);
    await backend.stop();
  });

  it('stops the backend on an invalid config, naming its path', async () => {
    await expect(
      start([], {
        onboarding: {
          sources: {
            argocd: { baseUrl: 'http://argocd.example.gouv.fr', token: 't' },
          },
        },
      }),
    ).rejects.toThrow('onboarding.sources.argocd.baseUrl: must be an https URL');
  });
});
