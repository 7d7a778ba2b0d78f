import onboardingPlugin, { entityOnboardingCard, onboardingApi } from './alpha';

describe('new frontend system plugin', () => {
  it('provides the API and an entity card for components, systems and APIs', () => {
    expect(onboardingPlugin.getExtension('api:onboarding')).toBeDefined();
    expect(
      onboardingPlugin.getExtension('entity-card:onboarding/overview'),
    ).toBeDefined();
    expect(onboardingApi).toBeDefined();
    expect(entityOnboardingCard).toBeDefined();
  });
});
