import { startFactSourceModule } from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { onboardingModuleSonarQube } from './module';

const start = (source?: object) =>
  startFactSourceModule(
    onboardingModuleSonarQube,
    source ? { onboarding: { sources: { sonarqube: source } } } : {},
  );

describe('onboardingModuleSonarQube', () => {
  it('registers the SonarQube source when configured', async () => {
    const { sources, stop } = await start({
      baseUrl: 'http://localhost:7010/sonarqube',
      token: 'simulator-token',
      simulated: true,
    });
    expect(sources.map(s => [s.id, s.title, s.simulated])).toEqual([
      [
        'sonarqube',
        'SonarQube — SIMULATOR (http://localhost:7010/sonarqube)',
        true,
      ],
    ]);
    await stop();
  });

  it('registers nothing without config, and says so', async () => {
    const { sources, logger, stop } = await start();
    expect(sources).toEqual([]);
    expect(logger.info).toHaveBeenCalledWith(
      'SonarQube fact source not configured (no onboarding.sources.sonarqube): SonarQube criteria stay on declared annotations',
    );
    await stop();
  });

  it.each([
    [
      { baseUrl: 'http://sonar.example.gouv.fr', token: 'x' },
      "Invalid config at 'onboarding.sources.sonarqube.baseUrl': must be an https URL",
    ],
    [
      {
        baseUrl: 'https://sonar.example.gouv.fr',
        token: 'x',
        authMethod: 'oauth',
      },
      'Invalid config at \'onboarding.sources.sonarqube.authMethod\': expected bearer or basic, found "oauth"',
    ],
  ])('refuses the backend start on bad config %j', async (source, message) => {
    await expect(start(source)).rejects.toThrow(message);
  });
});
