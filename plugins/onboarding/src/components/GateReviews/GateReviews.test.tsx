import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GateReview } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { exampleEntity } from '../../__testUtils__/exampleCatalog';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { EntityOnboardingCard } from '../EntityOnboardingCard';
import { EntityOnboardingContent } from '../EntityOnboardingContent';

const review = (over: Partial<GateReview>): GateReview => ({
  id: 1,
  entityRef: 'component:default/prise-rdv-prefecture',
  gate: 1,
  decision: 'GO',
  reservations: [],
  decidedOn: '2026-11-20',
  reviewers: ['Alice Martin'],
  recordedBy: 'user:default/alice',
  recordedAt: '2026-11-20T10:00:00Z',
  ...over,
});

describe('gate reviews on the card and the tab', () => {
  beforeEach(() => localStorage.clear());

  it('shows on the card the committee decision beside the criteria, flagging a GO the criteria contradict', async () => {
    // prise-rdv-prefecture stands at step 1: its gate 1 criteria say NO-GO.
    await renderWithEntity(
      <EntityOnboardingCard />,
      exampleEntity('component', 'prise-rdv-prefecture'),
      { reviews: [review({})] },
    );
    const gate1 = await screen.findByTestId('gate-decision-1');
    expect(gate1).toHaveTextContent(
      'Gate 1 — Criteria: NO-GO · Committee: GO on 2026-11-20',
    );
    expect(within(gate1).getByRole('alert')).toHaveTextContent(
      'GO decided, but the criteria now say NO-GO',
    );
  });

  it('says so in French, and flags a reservation past its due date', async () => {
    await renderWithEntity(
      <EntityOnboardingCard />,
      exampleEntity('component', 'simulateur-droits'),
      {
        language: 'fr',
        reviews: [
          review({
            entityRef: 'component:default/simulateur-droits',
            decision: 'GO_WITH_RESERVATIONS',
            reservations: [
              { text: 'Nommer un sponsor', dueDate: '2026-11-01' },
            ],
          }),
        ],
      },
    );
    const gate1 = await screen.findByTestId('gate-decision-1');
    expect(gate1).toHaveTextContent('Comité : GO avec réserves le 2026-11-20');
    expect(gate1).toHaveTextContent('Réserve dont l’échéance est passée');
  });

  it('records a decision through the dialog, and lists it in the history with who recorded it', async () => {
    await renderWithEntity(
      <EntityOnboardingContent />,
      exampleEntity('component', 'api-dossiers'),
    );
    const record = await screen.findByRole('button', {
      name: 'Record a decision',
    });
    await waitFor(() => expect(record).toBeEnabled());
    await userEvent.click(record);
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByLabelText('Reviewers (comma-separated)'),
      'Alice, Bob',
    );
    // A link that is not https is refused before sending, naming the field.
    await userEvent.type(
      within(dialog).getByLabelText('Link to the minutes (https)'),
      'http://wiki/cr',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record' }),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'minutesUrl must be an https URL',
    );
    await userEvent.clear(
      within(dialog).getByLabelText('Link to the minutes (https)'),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Decision recorded.')).toBeInTheDocument();
    const historyList = await screen.findByTestId('review-history');
    expect(historyList).toHaveTextContent(
      /#1 Gate 2: GO, decided on \d{4}-\d{2}-\d{2} by Alice, Bob/,
    );
    expect(historyList).toHaveTextContent('Recorded by user:default/guest');
  });

  it('lifts a reservation as a new record that supersedes the last one', async () => {
    await renderWithEntity(
      <EntityOnboardingContent />,
      exampleEntity('component', 'gestion-habilitations'),
      {
        reviews: [
          review({
            entityRef: 'component:default/gestion-habilitations',
            decision: 'GO_WITH_RESERVATIONS',
            reservations: [{ text: 'Name a PO', dueDate: '2026-11-01' }],
          }),
        ],
      },
    );
    const lift = await screen.findByRole('button', {
      name: 'Lift the reservation: Name a PO',
    });
    await waitFor(() => expect(lift).toBeEnabled());
    await userEvent.click(lift);
    const historyList = await screen.findByTestId('review-history');
    await waitFor(() =>
      expect(historyList).toHaveTextContent('Supersedes record #1'),
    );
    expect(historyList).toHaveTextContent(
      /Name a PO \(due 2026-11-01, lifted \d{4}-\d{2}-\d{2}\)/,
    );
    expect(
      screen.queryByRole('button', { name: 'Lift the reservation: Name a PO' }),
    ).toBeNull();
  });

  it('disables recording, saying why, when the policy denies onboarding.gate.review', async () => {
    const { calls } = await renderWithEntity(
      <EntityOnboardingContent />,
      exampleEntity('component', 'batch-historique'),
      { allowed: false },
    );
    const record = await screen.findByRole('button', {
      name: 'Record a decision',
    });
    await waitFor(() => expect(record).toBeDisabled());
    expect(record).toHaveAccessibleDescription(
      'Recording a decision needs the onboarding.gate.review permission.',
    );
    expect(calls.some(c => c.startsWith('record-review'))).toBe(false);
  });

  it("opens the committee's file: gate, criteria with evidence, decisions, reservations, resources of the three perimeters", async () => {
    await renderWithEntity(
      <EntityOnboardingContent />,
      exampleEntity('component', 'portail-usager'),
      {
        reviews: [
          review({
            entityRef: 'component:default/portail-usager',
            gate: 2,
            decision: 'GO_WITH_RESERVATIONS',
            reservations: [{ text: 'Publish the plan', dueDate: '2027-01-15' }],
          }),
        ],
      },
    );
    await userEvent.click(
      await screen.findByRole('button', {
        name: "Committee's file (printable)",
      }),
    );
    const file = await screen.findByTestId('committee-file');
    expect(
      within(file).getByRole('heading', {
        level: 1,
        name: "Committee's file: component:default/portail-usager",
      }),
    ).toBeInTheDocument();
    expect(file).toHaveTextContent(/Gate under review: leaving step 3/);
    expect(within(file).getByTestId('committee-gate-3')).toHaveTextContent(
      'Criteria of gate 3',
    );
    expect(file).toHaveTextContent('Gate 2: Publish the plan (due 2027-01-15)');
    expect(within(file).getByTestId('review-history')).toHaveTextContent(
      'Gate 2: GO with reservations',
    );
    for (const perimeter of ['Technical', 'Project management', 'Governance']) {
      expect(
        within(file).getByRole('heading', {
          level: 3,
          name: new RegExp(perimeter, 'i'),
        }),
      ).toBeInTheDocument();
    }
    await userEvent.click(
      within(file).getByRole('button', { name: 'Back to the criteria' }),
    );
    expect(screen.queryByTestId('committee-file')).toBeNull();
  });
});
