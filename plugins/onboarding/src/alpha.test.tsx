import onboardingPlugin from './alpha';

describe('new frontend system plugin', () => {
  it('provides the API, the entity card and the entity tab', () => {
    expect(onboardingPlugin.getExtension('api:onboarding')).toBeDefined();
    expect(
      onboardingPlugin.getExtension('entity-card:onboarding/overview'),
    ).toBeDefined();
    expect(
      onboardingPlugin.getExtension('entity-content:onboarding/criteria'),
    ).toBeDefined();
  });
});
