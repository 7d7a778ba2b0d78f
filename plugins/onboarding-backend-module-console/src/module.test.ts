import { startFactSourceModule } from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { onboardingModuleConsole } from './module';

const start = (source?: object) =>
  startFactSourceModule(
    onboardingModuleConsole,
    source ? { onboarding: { sources: { console: source } } } : {},
  );

describe('onboardingModuleConsole', () => {
  it('registers the console source when configured', async () => {
    const { sources, stop } = await start({
      baseUrl: 'https://console.example.gouv.fr/',
      token: 'secret',
    });
    expect(sources.map(s => [s.id, s.title, s.simulated])).toEqual([
      [
        'console',
        'Cloud Pi Native console (https://console.example.gouv.fr)',
        false,
      ],
    ]);
    await stop();
  });

  it('registers nothing without config, and says so', async () => {
    const { sources, logger, stop } = await start();
    expect(sources).toEqual([]);
    expect(logger.info).toHaveBeenCalledWith(
      'Cloud Pi Native console fact source not configured (no onboarding.sources.console): not registered',
    );
    await stop();
  });

  it.each([
    [
      { baseUrl: 'http://console.example.gouv.fr', token: 't' },
      "Invalid config at 'onboarding.sources.console.baseUrl': must be an https URL (http is accepted only with 'onboarding.sources.console.simulated: true'), found \"http://console.example.gouv.fr\"",
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
      "Invalid config at 'onboarding.sources.console.retries': expected a whole number from 0 to 10, found -1",
    ],
  ])('refuses the backend start on bad config %j', async (source, message) => {
    await expect(start(source)).rejects.toThrow(message);
  });
});
