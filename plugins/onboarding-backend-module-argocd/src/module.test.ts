import { startFactSourceModule } from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { onboardingModuleArgoCd } from './module';

const start = (source?: object) =>
  startFactSourceModule(
    onboardingModuleArgoCd,
    source ? { onboarding: { sources: { argocd: source } } } : {},
  );

describe('onboardingModuleArgoCd', () => {
  it('registers the Argo CD source when configured', async () => {
    const { sources, stop } = await start({
      baseUrl: 'http://localhost:7010/argocd',
      token: 'simulator-token',
      simulated: true,
    });
    expect(sources.map(s => [s.id, s.title, s.simulated])).toEqual([
      ['argocd', 'Argo CD — SIMULATOR (http://localhost:7010/argocd)', true],
    ]);
    await stop();
  });

  it('registers nothing without config, and says so', async () => {
    const { sources, logger, stop } = await start();
    expect(sources).toEqual([]);
    expect(logger.info).toHaveBeenCalledWith(
      'Argo CD fact source not configured (no onboarding.sources.argocd): not registered',
    );
    await stop();
  });

  it.each([
    [
      { baseUrl: 'http://argocd.example.gouv.fr', token: 't' },
      "Invalid config at 'onboarding.sources.argocd.baseUrl': must be an https URL",
    ],
    [
      {
        baseUrl: 'https://argocd.example.gouv.fr',
        token: 't',
        productionEnvironments: [],
      },
      "Invalid config at 'onboarding.sources.argocd.productionEnvironments'",
    ],
  ])('refuses the backend start on bad config %j', async (source, message) => {
    await expect(start(source)).rejects.toThrow(message);
  });
});
