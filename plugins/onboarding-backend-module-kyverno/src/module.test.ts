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

describe('onboardingModuleKyverno with the portal Kubernetes configuration', () => {
  const kubernetes = {
    clusterLocatorMethods: [
      {
        type: 'config',
        clusters: [
          {
            name: 'cpin-prod',
            url: 'https://api.cpin.example.gouv.fr',
            authProvider: 'serviceAccount',
            serviceAccountToken: 'from-kubernetes-config',
          },
        ],
      },
    ],
  };

  it('reads the named cluster of kubernetes.clusterLocatorMethods', async () => {
    const { sources, stop } = await startFactSourceModule(
      onboardingModuleKyverno,
      {
        kubernetes,
        onboarding: { sources: { kyverno: { cluster: 'cpin-prod' } } },
      },
    );
    expect(sources.map(s => s.title)).toEqual([
      'Kyverno (https://api.cpin.example.gouv.fr)',
    ]);
    await stop();
  });

  it('refuses a cluster name the Kubernetes configuration does not have, naming the ones it has', async () => {
    await expect(
      startFactSourceModule(onboardingModuleKyverno, {
        kubernetes,
        onboarding: { sources: { kyverno: { cluster: 'other' } } },
      }),
    ).rejects.toThrow(
      "Invalid config at 'onboarding.sources.kyverno.cluster': no cluster named 'other' in kubernetes.clusterLocatorMethods (type config); known: cpin-prod",
    );
  });
});
