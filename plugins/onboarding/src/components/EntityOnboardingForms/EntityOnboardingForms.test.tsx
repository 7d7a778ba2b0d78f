import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { EntityOnboardingContent } from '../EntityOnboardingContent';

// Owned by a team, nothing else declared: the step-1 criteria fail on annotations.
const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'nouveau-service', namespace: 'default' },
  spec: {
    type: 'service',
    lifecycle: 'experimental',
    owner: 'group:default/equipe',
  },
};

const criterionState = (title: string) =>
  within(screen.getByText(title).closest('li') as HTMLElement);

describe('EntityOnboardingForms', () => {
  beforeEach(() => localStorage.clear());

  it('fills and submits the prequalification: the step-1 criteria it answers then pass', async () => {
    const { calls } = await renderWithEntity(
      <EntityOnboardingContent />,
      entity,
    );
    await screen.findByText('Not answered yet.');
    expect(
      criterionState('A sponsor backs the initiative').getByText('Not met'),
    ).toBeInTheDocument();

    fireEvent.change(
      screen.getByLabelText('Sponsor or decision maker informed'),
      { target: { value: 'user:default/directrice' } },
    );
    await userEvent.click(screen.getByLabelText('Programme (FTAP…)'));
    await userEvent.click(screen.getByLabelText('New project'));
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(
      await screen.findByText('Draft saved (version 1).'),
    ).toBeInTheDocument();
    // A draft is no evidence.
    expect(
      criterionState('A sponsor backs the initiative').getByText('Not met'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(
      await screen.findByText(
        'Submitted (version 2): the gate now reads these answers.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        criterionState('A sponsor backs the initiative').getByText('Met'),
      ).toBeInTheDocument(),
    );
    expect(
      criterionState('The funding framework is identified').getByText('Met'),
    ).toBeInTheDocument();
    expect(
      criterionState('Prequalification is done').getByText('Met'),
    ).toBeInTheDocument();
    expect(
      criterionState('A sponsor backs the initiative').getByText(
        /^Answered in the form "Prequalification \(quick diagnosis\)", submitted on /,
      ),
    ).toBeInTheDocument();
    expect(calls).toEqual(
      expect.arrayContaining(['save-form:draft', 'save-form:submitted']),
    );
    expect(
      await screen.findByText(/^Version 2: submitted by user:default\/guest/),
    ).toBeInTheDocument();
  }, 120_000);

  it('shows the project plan in French, read-only without onboarding.form.answer', async () => {
    await renderWithEntity(<EntityOnboardingContent />, entity, {
      language: 'fr',
      allowed: false,
    });
    await screen.findByText('Pas encore de réponse.');
    await userEvent.click(
      screen.getByRole('tab', { name: "Formulaire de l'étape 2" }),
    );
    expect(
      await screen.findByText("Compétences présentes dans l'équipe"),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Vous pouvez lire ces réponses, mais pas les modifier.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Soumettre' })).toBeDisabled();
    expect(
      screen.getByRole('button', { name: 'Enregistrer le brouillon' }),
    ).toBeDisabled();
    expect(screen.getByLabelText('Kubernetes')).toBeDisabled();
  }, 60_000);
});
