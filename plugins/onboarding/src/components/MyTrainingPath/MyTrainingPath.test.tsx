import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { storageApiRef } from '@backstage/frontend-plugin-api';
import { StorageApi } from '@backstage/core-plugin-api';
import { JsonObject } from '@backstage/types';
import {
  trainingResourceId,
  trainingResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef, OnboardingApi } from '../../api';
import { createInProcessOnboardingApi } from '../../__testUtils__/journeyApi';
import { testAppConfig } from '../../__testUtils__/renderWithEntity';
import { MyTrainingPath } from './MyTrainingPath';

const stepOne = trainingResources('technical', 1);

async function render(
  api: OnboardingApi,
  storage: StorageApi,
  language: 'fr' | 'en' = 'en',
) {
  let rendered!: ReturnType<typeof renderInTestApp>;
  await act(async () => {
    rendered = renderInTestApp(<MyTrainingPath />, {
      config: testAppConfig(language),
      apis: [
        [onboardingApiRef, api],
        [storageApiRef, storage],
      ],
    });
  });
  return rendered;
}

/** Settings holding a path (the mock storage takes objects as folders, not values). */
async function settingsWith(path: JsonObject) {
  const storage = mockApis.storage();
  await storage.forBucket('onboarding').set('trainingPath', path);
  return storage;
}

const firstCheckbox = () =>
  screen.getByRole('checkbox', { name: `Consulted: ${stepOne[0].title}` });

describe('MyTrainingPath', () => {
  // The app keeps the chosen language in local storage.
  beforeEach(() => localStorage.clear());

  it('keeps the perimeter and the resources marked in the user settings, across a reload', async () => {
    const { api } = createInProcessOnboardingApi();
    const storage = mockApis.storage();
    const first = await render(api, storage);
    expect(
      screen.getByText(/Choose your perimeter to see the resources/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: /^Technical/ }));
    expect(screen.getByRole('status')).toHaveTextContent(
      /Step reached: 1 of 5/,
    );
    const stepOneSection = screen.getByRole('region', { name: /^Step 1:/ });
    expect(
      within(stepOneSection).getByText(
        `0 of ${stepOne.length} resources consulted`,
      ),
    ).toBeInTheDocument();

    await userEvent.click(firstCheckbox());
    expect(
      within(stepOneSection).getByText(
        `1 of ${stepOne.length} resources consulted`,
      ),
    ).toBeInTheDocument();
    expect(
      storage.forBucket('onboarding').snapshot('trainingPath').value,
    ).toEqual({
      perimeter: 'technical',
      consulted: [trainingResourceId(stepOne[0])],
    });
    first.unmount();

    // A reload: the same settings, a new page.
    await render(api, storage);
    expect(screen.getByRole('radio', { name: /^Technical/ })).toBeChecked();
    expect(firstCheckbox()).toBeChecked();
  });

  it('reaches the next step once every resource of a step is consulted', async () => {
    const { api } = createInProcessOnboardingApi();
    const storage = await settingsWith({
      perimeter: 'technical',
      consulted: stepOne.slice(1).map(trainingResourceId),
    });
    await render(api, storage);
    expect(screen.getByRole('status')).toHaveTextContent(
      /Step reached: 1 of 5/,
    );
    await userEvent.click(firstCheckbox());
    expect(screen.getByRole('status')).toHaveTextContent(
      /Step reached: 2 of 5/,
    );
  });

  it('shares nothing until asked, then keeps the shared path in step, and withdraws it', async () => {
    const { api } = createInProcessOnboardingApi({
      training: { otherMembers: 2, otherShared: [] },
    });
    const storage = await settingsWith({
      perimeter: 'technical',
      consulted: [],
    });
    await render(api, storage);
    await userEvent.click(firstCheckbox());
    expect(await api.getSharedTraining()).toEqual({ shared: false });

    const share = screen.getByRole('checkbox', {
      name: 'Share my progress with my teams',
    });
    await userEvent.click(share);
    expect(await screen.findByText(/^Shared: /)).toBeInTheDocument();
    expect(await api.getSharedTraining()).toMatchObject({
      shared: true,
      perimeter: 'technical',
      consulted: [trainingResourceId(stepOne[0])],
    });

    await userEvent.click(
      screen.getByRole('checkbox', {
        name: `Consulted: ${stepOne[1].title}`,
      }),
    );
    expect((await api.getSharedTraining()).consulted).toEqual(
      stepOne.slice(0, 2).map(trainingResourceId),
    );
    const team = await api.getTeamTraining({
      kind: 'group',
      namespace: 'default',
      name: 'equipe',
    });
    expect(team).toMatchObject({ members: 3, sharing: 1 });

    await userEvent.click(share);
    expect(await screen.findByText(/^Not shared: /)).toBeInTheDocument();
    expect(await api.getSharedTraining()).toEqual({ shared: false });
  });

  it('speaks French', async () => {
    const { api } = createInProcessOnboardingApi();
    const storage = await settingsWith({
      perimeter: 'governance',
      consulted: [],
    });
    await render(api, storage, 'fr');
    // The French texts load lazily.
    expect(
      await screen.findByRole(
        'heading',
        { name: "Mon parcours d'autoformation" },
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      /Étape atteinte : 1 sur 5/,
    );
    expect(
      screen.getByRole('checkbox', {
        name: 'Partager ma progression avec mes équipes',
      }),
    ).not.toBeChecked();
  }, 20_000);
});
