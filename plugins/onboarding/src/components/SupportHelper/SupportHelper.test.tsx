import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ANNOTATION_ELIGIBILITY_CASE,
  PROGRAMME_CONTACT_EMAIL,
  SUPPORT_CASES,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { Entity } from '@backstage/catalog-model';
import { exampleEntity } from '../../__testUtils__/exampleCatalog';
import { renderOnboardingPage } from '../../__testUtils__/renderOnboardingPage';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { onboardingPageRouteRef } from '../../routes';
import { EntityOnboardingCard } from '../EntityOnboardingCard';

const answer = async (question: RegExp, option: string) =>
  userEvent.click(
    within(screen.getByRole('group', { name: question })).getByRole('radio', {
      name: option,
    }),
  );

const withCase = (value: string): Entity => {
  const entity = exampleEntity('component', 'portail-usager');
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        ...entity.metadata.annotations,
        [ANNOTATION_ELIGIBILITY_CASE]: value,
      },
    },
  };
};

describe('the support helper', () => {
  // The app remembers the language in local storage; each test starts afresh.
  beforeEach(() => localStorage.clear());

  it('leads a ministry project on the Cloud Pi without a sponsor to case 1, sponsor first', async () => {
    await renderOnboardingPage('/onboarding/support');
    await screen.findByRole('heading', {
      name: 'Which support applies to me?',
    });
    await answer(/Who carries/, 'An organisation attached to a ministry');
    await answer(
      /What does the initiative do/,
      'A development or a migration, deployed wholly or partly on the sovereign Cloud Pi',
    );
    // No conclusion before the last answer.
    expect(screen.queryByRole('region', { name: /^Case \d/ })).toBeNull();
    await answer(/Does a sponsor/, 'Not yet');

    const result = within(
      screen.getByRole('region', {
        name: `Case 1: ${SUPPORT_CASES[0].title.en}`,
      }),
    );
    expect(result.getByText(SUPPORT_CASES[0].meaning.en)).toBeVisible();
    const actions = result.getAllByRole('listitem').map(li => li.textContent);
    expect(actions[0]).toMatch(/^First find a sponsor/);
    expect(actions[1]).toBe(SUPPORT_CASES[0].nextAction.en);
    expect(
      result.getByRole('link', {
        name: new RegExp(PROGRAMME_CONTACT_EMAIL.replace(/\./g, '\\.')),
      }),
    ).toHaveAttribute('href', `mailto:${PROGRAMME_CONTACT_EMAIL}`);
  });

  it('changes its conclusion as the answers change, in French', async () => {
    await renderOnboardingPage('/onboarding/support', { language: 'fr' });
    await screen.findByRole('heading', {
      name: "Quel accompagnement s'applique à moi ?",
    });
    await answer(/Qui porte/, 'Une organisation rattachée à un ministère');
    await answer(/Que fait/, "Une expérimentation des composants de l'offre");
    await answer(/sponsor/, 'Oui');
    expect(
      screen.getByRole('region', {
        name: `Cas 2 : ${SUPPORT_CASES[1].title.fr}`,
      }),
    ).toBeVisible();
    await answer(
      /Qui porte/,
      'Un acteur externe : hors ministère ou hors secteur public',
    );
    const result = within(
      screen.getByRole('region', {
        name: `Cas 3 : ${SUPPORT_CASES[2].title.fr}`,
      }),
    );
    expect(result.getByText(SUPPORT_CASES[2].nextAction.fr)).toBeVisible();
    expect(screen.queryByRole('region', { name: /^Cas 2/ })).toBeNull();
  });

  it('explains one case at its own address, and says when a case does not exist', async () => {
    await renderOnboardingPage('/onboarding/support/2');
    expect(
      await screen.findByRole('region', {
        name: `Case 2: ${SUPPORT_CASES[1].title.en}`,
      }),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Answer the three questions' }),
    ).toHaveAttribute('href', '/onboarding/support');
    expect(screen.getByRole('tab', { name: 'Support' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('says which cases exist when the address names another', async () => {
    await renderOnboardingPage('/onboarding/support/7');
    expect(
      await screen.findByText(
        'There is no case 7: the programme defines cases 1 to 3.',
      ),
    ).toBeVisible();
  });
});

describe('the declared case on the entity card', () => {
  beforeEach(() => localStorage.clear());

  it('links the eligibility annotation to the explanation of its case', async () => {
    // eligibilite.md's row 4 (external, for its own ends) is the README's case 3.
    await renderWithEntity(<EntityOnboardingCard />, withCase('4'), {
      mountedRoutes: { '/onboarding': onboardingPageRouteRef },
    });
    expect(
      await screen.findByRole('link', {
        name: 'Declared support case 3: what it means',
      }),
    ).toHaveAttribute('href', '/onboarding/support/3');
  });

  it('says nothing of a case the entity does not declare in a known form', async () => {
    await renderWithEntity(<EntityOnboardingCard />, withCase('9'), {
      mountedRoutes: { '/onboarding': onboardingPageRouteRef },
    });
    await screen.findByText('Step 3 of 5, according to the evidence');
    expect(screen.queryByText(/Declared support case/)).toBeNull();
  });
});
