import { startFactSourceModule } from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { onboardingModuleHarbor } from './module';

const start = (source?: object) =>
  startFactSourceModule(
    onboardingModuleHarbor,
    source ? { onboarding: { sources: { harbor: source } } } : {},
  );

describe('onboardingModuleHarbor', () => {
  it('registers the Harbor source when configured', async () => {
    const { sources, stop } = await start({
      baseUrl: 'http://localhost:7010/harbor',
      username: 'robot$backstage',
      password: 'simulator-token',
      simulated: true,
    });
    expect(sources.map(s => [s.id, s.title, s.simulated])).toEqual([
      ['harbor', 'Harbor — SIMULATOR (http://localhost:7010/harbor)', true],
    ]);
    await stop();
  });

  it('registers nothing without config, and says so', async () => {
    const { sources, logger, stop } = await start();
    expect(sources).toEqual([]);
    expect(logger.info).toHaveBeenCalledWith(
      'Harbor fact source not configured (no onboarding.sources.harbor): no image vulnerability measurement',
    );
    await stop();
  });

  it.each([
    [
      {
        baseUrl: 'http://harbor.example.gouv.fr',
        username: 'r',
        password: 'x',
      },
      "Invalid config at 'onboarding.sources.harbor.baseUrl': must be an https URL",
    ],
    [
      { baseUrl: 'https://harbor.example.gouv.fr', username: 'r' },
      "Missing required config value at 'onboarding.sources.harbor.password'",
    ],
    [
      {
        baseUrl: 'https://harbor.example.gouv.fr',
        username: 'r:x',
        password: 'x',
      },
      "Invalid config at 'onboarding.sources.harbor.username': must not contain ':'",
    ],
  ])('refuses the backend start on bad config %j', async (source, message) => {
    await expect(start(source)).rejects.toThrow(message);
  });
});
