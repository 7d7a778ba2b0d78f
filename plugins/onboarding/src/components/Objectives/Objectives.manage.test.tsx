import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderObjectives } from '../../__testUtils__/renderObjectives';

describe('Objectives for a user with onboarding.objective.manage', () => {
  it('lets a permitted user create an objective, which then shows', async () => {
    const api = await renderObjectives({ allowed: true });
    await userEvent.click(
      await screen.findByRole('button', { name: 'New objective' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Title/ }),
      'Pipelines everywhere',
    );
    await userEvent.type(
      within(dialog).getByLabelText(/Due date/),
      '2027-03-31',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Pipelines everywhere')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await api.listObjectives()).items[1]).toMatchObject({
      title: 'Pipelines everywhere',
      groupRef: 'group:default/equipe-usagers',
      target: { step: 3 },
      dueDate: '2027-03-31',
    });
  });
});
