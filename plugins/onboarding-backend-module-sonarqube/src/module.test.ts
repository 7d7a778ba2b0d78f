import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  FactSource,
  onboardingFactSourcesExtensionPoint,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { onboardingModuleSonarQube } from './module';

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

describe('onboardingModuleSonarQube', () => {
  it('registers the SonarQube source when onboarding.sources.sonarqube is configured', async () => {
    const sources: FactSource[] = [];
    const backend = await startTestBackend({
      features: [
        recordingOnboardingPlugin(sources),
        onboardingModuleSonarQube,
        mockServices.rootConfig.factory({
          data: {
            onboarding: {
              sources: {
                sonarqube: {
                  baseUrl: 'http://localhost:7010/sonarqube',
                  token: 'simulator-token',
                  simulated: true,
                },
              },
            },
          },
        }),
      ],
    });
    expect(sources.map(s => s.id)).toEqual(['sonarqube']);
    expect(sources[0].simulated).toBe(true);
    expect(sources[0].title).toBe(
      'SonarQube (SIMULATOR at http://localhost:7010/sonarqube)',
    );
    await backend.stop();
  });

  it('registers nothing without configuration', async () => {
    const sources: FactSource[] = [];
    const backend = await startTestBackend({
      features: [
        recordingOnboardingPlugin(sources),
        onboardingModuleSonarQube,
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
          onboardingModuleSonarQube,
          mockServices.rootConfig.factory({
            data: {
              onboarding: {
                sources: {
                  sonarqube: {
                    baseUrl: 'http://sonar.example.gouv.fr',
                    token: 'x',
                  },
                },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      /onboarding\.sources\.sonarqube\.baseUrl: must be an https URL/,
    );
  });
});
