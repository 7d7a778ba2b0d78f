import { startFactSourceModule } from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { onboardingModuleKyverno } from './module';

const start = (source?: object) =>
  startFactSourceModule(
    onboardingModuleKyverno,
    source ? { onboarding: { sources: { kyverno: source } } } : {},
  );

describe('onboardingModuleKyverno', () => {
  it('registers the Kyverno source when configured', async () => {
    const { sources, stop } = await start({
      baseUrl: 'http://localhost:7010/kyverno',
      token: 'simulator-token',
      simulated: true,
    });
    expect(sources.map(s => [s.id, s.title, s.simulated])).toEqual([
      ['kyverno', 'Kyverno — SIMULATOR (http://localhost:7010/kyverno)', true],
    ]);
    await stop();
  });

  it('registers nothing without config, and says so', async () => {
    const { sources, logger, stop } = await start();
    expect(sources).toEqual([]);
    expect(logger.info).toHaveBeenCalledWith(
      'Kyverno fact source not configured (no onboarding.sources.kyverno): not registered',
    );
    await stop();
  });

  it.each([
    [
      { baseUrl: 'http://k8s.example.gouv.fr', token: 't' },
      "Invalid config at 'onboarding.sources.kyverno.baseUrl': must be an https URL",
    ],
    [
      {
        baseUrl: 'https://k8s.example.gouv.fr',
        token: 't',
        nonProdPolicies: [],
      },
      "Invalid config at 'onboarding.sources.kyverno.nonProdPolicies'",
    ],
  ])('refuses the backend start on bad config %j', async (source, message) => {
    await expect(start(source)).rejects.toThrow(message);
  });
});
