import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  FactSource,
  onboardingFactSourcesExtensionPoint,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import onboardingModuleKyverno from '.';

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
      onboardingModuleKyverno,
      mockServices.rootConfig.factory({ data }),
    ],
  });

describe('onboardingModuleKyverno', () => {
  it('registers the Kyverno source when configured', async () => {
    const recorded: FactSource[] = [];
    const backend = await start(recorded, {
      onboarding: {
        sources: {
          kyverno: {
            baseUrl: 'http://localhost:7010/kyverno',
            token: 'simulator-token',
            simulated: true,
          },
        },
      },
    });
    expect(recorded.map(s => [s.id, s.title, s.simulated])).toEqual([
      ['kyverno', 'Kyverno — SIMULATOR (http://localhost:7010/kyverno)', true],
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
            kyverno: { baseUrl: 'http://k8s.example.gouv.fr', token: 't' },
          },
        },
      }),
    ).rejects.toThrow(
      'onboarding.sources.kyverno.baseUrl: must be an https URL',
    );
  });
});
