import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  JOURNEY_PRINCIPLES,
  STEPS,
  STEP_SUPPORT,
  selectResources,
  RESOURCES,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { renderOnboardingPage } from '../../__testUtils__/renderOnboardingPage';

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('the journey guide', () => {
  // The app remembers the language in local storage; each test starts afresh.
  beforeEach(() => localStorage.clear());

  it('shows one step at its own address: objective, actions, support, deliverable, go/no-go, criteria, resources', async () => {
    await renderOnboardingPage('/onboarding/parcours/3');
    const step = STEPS[2];
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: `Step 3 of 5: ${step.title.en}`,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Journey' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(section('Objective').getByText(step.objective.en)).toBeVisible();
    step.keyActions.en.forEach(action =>
      expect(section('Key actions').getByText(action)).toBeVisible(),
    );
    STEP_SUPPORT[3].en.forEach(text =>
      expect(
        section('What a supported initiative does').getByText(text),
      ).toBeVisible(),
    );
    expect(
      section('Deliverable').getByText(step.deliverable!.en),
    ).toBeVisible();
    expect(
      section('Go/no-go to leave this step').getByText(step.gate!.en),
    ).toBeVisible();

    // The criteria come from the backend's document: the gate-3 ones, not others.
    const criteria = section('Criteria that implement the go/no-go');
    expect(await criteria.findByText('S3-PROBES')).toBeVisible();
    expect(criteria.queryByText('S1-SPONSOR')).toBeNull();
    expect(
      criteria.getByRole('link', { name: /The full criteria list/ }),
    ).toHaveAttribute('href', expect.stringContaining('docs/criteria.md'));

    // Every resource of the step, under its perimeter's heading.
    const resources = section('Resources by perimeter');
    for (const name of ['Everyone', 'Technical', 'Project management (MOE)']) {
      expect(resources.getByRole('heading', { level: 4, name })).toBeVisible();
    }
    selectResources(RESOURCES, 3).forEach(resource =>
      expect(resources.getAllByText(resource.title).length).toBeGreaterThan(0),
    );

    expect(screen.getByRole('link', { name: 'Next: step 4' })).toHaveAttribute(
      'href',
      '/onboarding/parcours/4',
    );
    expect(
      screen.getByRole('link', { name: 'Previous: step 2' }),
    ).toHaveAttribute('href', '/onboarding/parcours/2');
    const nav = within(
      screen.getByRole('navigation', { name: 'Steps of the journey' }),
    );
    expect(nav.getByRole('link', { current: 'page' })).toHaveAttribute(
      'href',
      '/onboarding/parcours/3',
    );
  });

  it('says in French what the sources leave out at step 5', async () => {
    await renderOnboardingPage('/onboarding/parcours/5', { language: 'fr' });
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: `Étape 5 sur 5 : ${STEPS[4].title.fr}`,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(STEPS[4].gapNote!.fr)).toBeVisible();
    expect(
      screen.queryByRole('heading', { name: 'Livrable' }),
    ).not.toBeInTheDocument();
    expect(
      await screen.findByText('Critères qui mettent en œuvre le go/no-go'),
    ).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Parcours' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('shows the whole journey: principles, steps linked to their pages, perimeters', async () => {
    await renderOnboardingPage('/onboarding/parcours');
    expect(
      await screen.findByRole('heading', {
        name: 'The Cloud Pi Native onboarding journey',
      }),
    ).toBeInTheDocument();
    const principles = section('How the journey works');
    JOURNEY_PRINCIPLES.forEach(principle =>
      expect(principles.getByText(principle.text.en)).toBeVisible(),
    );
    const steps = section('The five steps');
    STEPS.forEach(step =>
      expect(steps.getByRole('link', { name: step.title.en })).toHaveAttribute(
        'href',
        `/onboarding/parcours/${step.number}`,
      ),
    );
    expect(
      section('Perimeters of responsibility').getByText('Technical'),
    ).toBeVisible();
  });

  it('says which steps exist when the address names another', async () => {
    await renderOnboardingPage('/onboarding/parcours/9');
    expect(
      await screen.findByText(
        'There is no step 9: the journey has steps 1 to 5.',
      ),
    ).toBeVisible();
  });

  it('goes from the guide to the other views by their tabs, and back', async () => {
    await renderOnboardingPage('/onboarding/parcours/2');
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ });
    await userEvent.click(screen.getByRole('tab', { name: 'Support' }));
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Which support applies to me?',
      }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Journey' }));
    expect(
      await screen.findByRole('heading', {
        name: 'The Cloud Pi Native onboarding journey',
      }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Fact sources' }));
    expect(
      await screen.findByRole('tab', { name: 'Fact sources' }),
    ).toHaveAttribute('aria-selected', 'true');
    expect(
      screen.queryByRole('heading', {
        name: 'The Cloud Pi Native onboarding journey',
      }),
    ).not.toBeInTheDocument();
  });
});
