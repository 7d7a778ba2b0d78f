import { screen } from '@testing-library/react';
import { renderObjectives } from '../../__testUtils__/renderObjectives';

describe('Objectives', () => {
  // The app keeps the chosen language in local storage.
  beforeEach(() => localStorage.clear());

  it('shows progress, due date, projection and the late entities with links', async () => {
    await renderObjectives({ allowed: false });
    expect(
      await screen.findByText('3 of 4 entities meet the target (75 %)'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', {
        name: 'Share of entities meeting the objective "Everyone at step 3"',
      }),
    ).toHaveAttribute('aria-valuenow', '75');
    expect(screen.getByText('Due on 2026-10-31: past due')).toBeInTheDocument();
    expect(
      screen.getByText('Projected date at the current pace: 2027-01-11'),
    ).toBeInTheDocument();
    expect(screen.getByText('Late entities')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /simulateur-droits/ }),
    ).toHaveAttribute('href', '/catalog/default/component/simulateur-droits');
    expect(
      screen.getByText('Declared in app-config.yaml (read-only)'),
    ).toBeInTheDocument();
    // Without onboarding.objective.manage, nothing to create (the permitted user's view
    // is tested in Objectives.manage.test.tsx: usePermission caches a file's decisions).
    expect(screen.queryByRole('button', { name: 'New objective' })).toBeNull();
  });

  it('speaks French', async () => {
    await renderObjectives({ allowed: false, language: 'fr' });
    expect(
      await screen.findByText(
        '3 entités sur 4 atteignent la cible (75 %)',
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Entités en retard')).toBeInTheDocument();
  });
});
