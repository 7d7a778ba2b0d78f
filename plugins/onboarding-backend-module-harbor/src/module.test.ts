import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  FactSource,
  onboardingFactSourcesExtensionPoint,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { onboardingModuleHarbor } from './module';

/** A stand-in for the onboarding backend: offers the extension point and keeps what modules add. */
function recordingOnboardingPlugin(sources: FactSource[]) {
  return createBackendPlugin({
    pluginId: 'onboarding',
    register(env) {
      env.registerExtensionPoint(onboardingFactSourcesExtensionPoint, {
        addFactSource: (...added) => sources.push(...added),
      });
      env.registerInit({ deps: {}, async init() {} });
    },
  });
}

describe('onboardingModuleHarbor', () => {
  it('registers the Harbor source when onboarding.sources.harbor is configured', async () => {
    const sources: FactSource[] = [];
    const backend = await startTestBackend({
      features: [
        recordingOnboardingPlugin(sources),
        onboardingModuleHarbor,
        mockServices.rootConfig.factory({
          data: {
            onboarding: {
              sources: {
                harbor: {
                  baseUrl: 'http://localhost:7010/harbor',
                  username: 'robot$backstage',
                  password: 'simulator-token',
                  simulated: true,
                },
              },
            },
          },
        }),
      ],
    });
    expect(sources.map(s => s.id)).toEqual(['harbor']);
    expect(sources[0].simulated).toBe(true);
    expect(sources[0].title).toBe(
      'Harbor (SIMULATOR at http://localhost:7010/harbor)',
    );
    await backend.stop();
  });

  it('registers nothing without configuration', async () => {
    const sources: FactSource[] = [];
    const backend = await startTestBackend({
      features: [
        recordingOnboardingPlugin(sources),
        onboardingModuleHarbor,
        mockServices.rootConfig.factory({ data: {} }),
      ],
    });
    expect(sources).toEqual([]);
    await backend.stop();
  });

  it('stops the backend with an error naming the config path when the URL is http for a real tool', async () => {
    await expect(
      startTestBackend({
        features: [
          recordingOnboardingPlugin([]),
          onboardingModuleHarbor,
          mockServices.rootConfig.factory({
            data: {
              onboarding: {
                sources: {
                  harbor: {
                    baseUrl: 'http://harbor.example.gouv.fr',
                    username: 'r',
                    password: 'x',
                  },
                },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      /onboarding\.sources\.harbor\.baseUrl: must be an https URL/,
    );
  });
});
