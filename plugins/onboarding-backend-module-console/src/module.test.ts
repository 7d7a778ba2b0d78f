import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  FactSource,
  onboardingFactSourcesExtensionPoint,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { onboardingModuleConsole } from './module';

/** A stand-in onboarding plugin that only records the sources modules add. */
function recordingPlugin(registered: FactSource[]) {
  return createBackendPlugin({
    pluginId: 'onboarding',
    register(env) {
      env.registerExtensionPoint(onboardingFactSourcesExtensionPoint, {
        addFactSource: (...sources) => registered.push(...sources),
      });
      env.registerInit({ deps: {}, async init() {} });
    },
  });
}

describe('onboardingModuleConsole', () => {
  it('registers the console source when configured', async () => {
    const registered: FactSource[] = [];
    const backend = await startTestBackend({
      features: [
        recordingPlugin(registered),
        onboardingModuleConsole,
        mockServices.rootConfig.factory({
          data: {
            onboarding: {
              sources: {
                console: {
                  baseUrl: 'https://console.example.gouv.fr/',
                  token: 'secret',
                },
              },
            },
          },
        }),
      ],
    });
    expect(registered.map(s => s.id)).toEqual(['console']);
    expect(registered[0].title).toBe(
      'Cloud Pi Native console (https://console.example.gouv.fr)',
    );
    expect(registered[0].simulated).toBe(false);
    await backend.stop();
  });

  it('registers nothing without config, and says so once', async () => {
    const registered: FactSource[] = [];
    const logger = mockServices.logger.mock();
    const backend = await startTestBackend({
      features: [
        recordingPlugin(registered),
        onboardingModuleConsole,
        mockServices.rootConfig.factory({ data: {} }),
        logger.factory,
      ],
    });
    expect(registered).toEqual([]);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(/console fact source not configured/),
    );
    await backend.stop();
  });

  it.each([
    [
      { baseUrl: 'http://console.example.gouv.fr', token: 't' },
      "Invalid config at 'onboarding.sources.console.baseUrl': expected an https URL (http is accepted only with 'onboarding.sources.console.simulated: true'), found \"http://console.example.gouv.fr\"",
    ],
    [
      { baseUrl: 'console.example.gouv.fr', token: 't' },
      'Invalid config at \'onboarding.sources.console.baseUrl\': "console.example.gouv.fr" is not an absolute URL',
    ],
    [
      { baseUrl: 'https://console.example.gouv.fr' },
      "Missing required config value at 'onboarding.sources.console.token'",
    ],
    [
      { baseUrl: 'https://console.example.gouv.fr', token: 't', retries: -1 },
      "Invalid config at 'onboarding.sources.console.retries': expected an integer of at least 0, found -1",
    ],
  ])('refuses the backend start on bad config %j', async (console, message) => {
    await expect(
      startTestBackend({
        features: [
          recordingPlugin([]),
          onboardingModuleConsole,
          mockServices.rootConfig.factory({
            data: { onboarding: { sources: { console } } },
          }),
        ],
      }),
    ).rejects.toThrow(message);
  });
});
