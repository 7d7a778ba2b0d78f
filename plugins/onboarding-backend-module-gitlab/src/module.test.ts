import { startFactSourceModule } from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { onboardingModuleGitlab } from './module';

const start = (source?: object) =>
  startFactSourceModule(
    onboardingModuleGitlab,
    source ? { onboarding: { sources: { gitlab: source } } } : {},
  );

describe('onboardingModuleGitlab', () => {
  it('registers the GitLab source when configured', async () => {
    const { sources, stop } = await start({
      baseUrl: 'http://localhost:7010/gitlab',
      token: 'simulator-token',
      simulated: true,
      projectsRootDir: 'forge/projects',
    });
    expect(sources.map(s => [s.id, s.title, s.simulated])).toEqual([
      ['gitlab', 'GitLab — SIMULATOR (http://localhost:7010/gitlab)', true],
    ]);
    await stop();
  });

  it('registers nothing without config, and says so', async () => {
    const { sources, logger, stop } = await start();
    expect(sources).toEqual([]);
    expect(logger.info).toHaveBeenCalledWith(
      'GitLab fact source not configured (no onboarding.sources.gitlab): not registered',
    );
    await stop();
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
      "Invalid config at 'onboarding.sources.gitlab.baseUrl': must be an https URL",
    ],
    [
      {
        baseUrl: 'https://gitlab.example.gouv.fr',
        token: ' ',
        projectsRootDir: 'forge/projects',
      },
      "Invalid config at 'onboarding.sources.gitlab.token': must not be blank",
    ],
  ])('refuses the backend start on bad config %j', async (source, message) => {
    await expect(start(source)).rejects.toThrow(message);
  });
});
