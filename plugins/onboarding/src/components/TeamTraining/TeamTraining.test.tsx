import { act, screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  trainingResourceId,
  trainingResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import {
  createInProcessOnboardingApi,
  InProcessOptions,
} from '../../__testUtils__/journeyApi';
import { testAppConfig } from '../../__testUtils__/renderWithEntity';
import { TeamTraining } from './TeamTraining';

const group = { kind: 'group', namespace: 'default', name: 'equipe' };
const ids = (step: 1 | 2) =>
  trainingResources('technical', step).map(trainingResourceId);

async function render(
  training: InProcessOptions['training'],
  language: 'fr' | 'en' = 'en',
) {
  const { api } = createInProcessOnboardingApi({ training });
  await act(async () => {
    renderInTestApp(<TeamTraining group={group} />, {
      config: testAppConfig(language),
      apis: [[onboardingApiRef, api]],
    });
  });
}

describe('TeamTraining', () => {
  // The app keeps the chosen language in local storage.
  beforeEach(() => localStorage.clear());

  it('counts, per step and perimeter, the members who share and cover the step', async () => {
    await render({
      otherMembers: 3,
      otherShared: [
        { perimeter: 'technical', consulted: [...ids(1), ...ids(2)] },
        { perimeter: 'technical', consulted: ids(1) },
      ],
    });
    expect(
      await screen.findByText(/^2 of 4 members share their self-training path/),
    ).toBeInTheDocument();
    const stepOne = screen.getByRole('row', { name: /^Step 1:/ });
    expect(within(stepOne).getByText('2 of 2 covered')).toBeInTheDocument();
    expect(within(stepOne).getByText('Yes')).toBeInTheDocument();
    const stepTwo = screen.getByRole('row', { name: /^Step 2:/ });
    expect(within(stepTwo).getByText('1 of 2 covered')).toBeInTheDocument();
    expect(within(stepTwo).getByText('Not yet')).toBeInTheDocument();
  });

  it('shows no table while no member shares, in French too', async () => {
    await render({ otherMembers: 2, otherShared: [] }, 'fr');
    expect(
      // The French texts load lazily.
      await screen.findByText(
        /^0 membres sur 3 partagent leur parcours d'autoformation/,
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  }, 20_000);
});
