import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  renderCriteriaPreview as render,
  STRICTER,
} from '../../__testUtils__/renderCriteriaPreview';

/** Pastes the YAML (typing would read braces as key descriptors) and asks for the preview. */
async function preview(yaml: string, label = /Proposed criteria/) {
  // The French texts load lazily: allow them the time.
  const field = await screen.findByRole(
    'textbox',
    { name: label },
    { timeout: 4000 },
  );
  await userEvent.click(field);
  await userEvent.paste(yaml);
  await userEvent.click(screen.getByRole('button', { name: /impact/i }));
}

describe('CriteriaPreview', () => {
  // The app remembers the language in local storage; each test starts afresh.
  beforeEach(() => localStorage.clear());

  it('shows how many entities change, per step, gate and team, and which ones', async () => {
    await render({ allowed: true });
    await preview(STRICTER);
    expect(
      await screen.findByText('1 of 2 entities would change verdict.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Criteria added: NEW-HOMOLOGATION; removed: none; changed: none',
      ),
    ).toBeInTheDocument();
    const steps = screen.getByRole('table', { name: 'Entities per step' });
    const [, step1, step2] = within(steps).getAllByRole('row');
    expect(
      within(step1)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['1', '1', '2']);
    expect(
      within(step2)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['2', '1', '0']);
    const gates = screen.getByRole('table', { name: 'Per gate' });
    expect(
      within(within(gates).getAllByRole('row')[1])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['Gate 1', '1', '0', '1']);
    const teams = screen.getByRole('table', { name: 'Per team' });
    expect(
      within(within(teams).getAllByRole('row')[1])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['group:default/equipe-usagers', '1', '1', '1', '0', '0', '0']);
    const changed = screen.getByRole('table', {
      name: 'Entities changing verdict',
    });
    expect(within(changed).getAllByRole('row')).toHaveLength(2);
    expect(
      within(changed).getByText('component:default/portail'),
    ).toBeInTheDocument();
    expect(within(changed).getByText('Gate 1: GO → NO-GO')).toBeInTheDocument();
  });

  it('says in French what is wrong with the proposed set', async () => {
    await render({ allowed: true, language: 'fr' });
    await preview('- id: S1-SPONSOR\n  step: 9\n', /Critères proposés/);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /L'aperçu a échoué : .*onboarding\.criteria\[0\]\.step: unknown step 9/,
    );
  });
});
