import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  FactSource,
  onboardingFactSourcesExtensionPoint,
} from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { onboardingModuleGitlab } from './module';

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

const start = (registered: FactSource[], data: object, ...more: any[]) =>
  startTestBackend({
    features: [
      recordingPlugin(registered),
      onboardingModuleGitlab,
      mockServices.rootConfig.factory({ data }),
      ...more,
    ],
  });

describe('onboardingModuleGitlab', () => {
  it('registers the GitLab source when configured, marked simulated when it is', async () => {
    const registered: FactSource[] = [];
    const backend = await start(registered, {
      onboarding: {
        sources: {
          gitlab: {
            baseUrl: 'http://localhost:7010/gitlab',
            token: 'simulator-token',
            simulated: true,
            projectsRootDir: 'forge/projects',
          },
        },
      },
    });
    expect(registered.map(s => s.id)).toEqual(['gitlab']);
    expect(registered[0].simulated).toBe(true);
    expect(registered[0].title).toBe(
      'GitLab — SIMULATOR, not the real GitLab (http://localhost:7010/gitlab)',
    );
    await backend.stop();
  });

  it('registers nothing without config, and says so', async () => {
    const registered: FactSource[] = [];
    const logger = mockServices.logger.mock();
    const backend = await start(registered, {}, logger.factory);
    expect(registered).toEqual([]);
    expect(logger.info).toHaveBeenCalledWith(
      'GitLab fact source not configured (no onboarding.sources.gitlab): not registered',
    );
    await backend.stop();
  });

  it.each([
    [
      { baseUrl: 'https://gitlab.example.gouv.fr', token: 't' },
      "Missing required config value at 'onboarding.sources.gitlab.projectsRootDir'",
    ],
    [
      {
        baseUrl: 'https://gitlab.example.gouv.fr',
        token: 't',
        projectsRootDir: 'forge projects',
      },
      "Invalid config at 'onboarding.sources.gitlab.projectsRootDir': expected a GitLab group path such as 'forge/projects', found \"forge projects\"",
    ],
    [
      {
        baseUrl: 'http://gitlab.example.gouv.fr',
        token: 't',
        projectsRootDir: 'forge/projects',
      },
      "Invalid config at 'onboarding.sources.gitlab.baseUrl': expected an https URL",
    ],
    [
      {
        baseUrl: 'https://gitlab.example.gouv.fr',
        token: ' ',
        projectsRootDir: 'forge/projects',
      },
      "Invalid config at 'onboarding.sources.gitlab.token': the token is empty",
    ],
  ])('refuses the backend start on bad config %j', async (gitlab, message) => {
    await expect(
      start([], { onboarding: { sources: { gitlab } } }),
    ).rejects.toThrow(message);
  });
});
