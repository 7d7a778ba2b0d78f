import onboardingPlugin from './alpha';

describe('new frontend system plugin', () => {
  it.each([
    'api:onboarding',
    'entity-card:onboarding/overview',
    'entity-content:onboarding/criteria',
    'entity-content:onboarding/team',
    'entity-card:onboarding/template-score',
    'page:onboarding',
    'home-page-widget:onboarding/my-teams',
    'search-result-list-item:onboarding/resource',
    'search-filter-result-type:onboarding/resource',
  ])('provides %s', id => {
    expect(onboardingPlugin.getExtension(id as any)).toBeDefined();
  });
});
