import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityListProvider,
  catalogApiRef,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  DEFAULT_CRITERIA,
  evaluateEntity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { createInProcessOnboardingApi } from '../../__testUtils__/journeyApi';
import { loadExampleEntities } from '../../__testUtils__/exampleCatalog';
import { testAppConfig } from '../../__testUtils__/renderWithEntity';
import { EntityOnboardingPicker } from './EntityOnboardingPicker';
import { predicateOfRefs } from './onboardingFilters';

const now = new Date('2026-11-25T12:00:00Z');
const entities = loadExampleEntities();

/** The example entities at a step with a verdict, as the evaluator places them. */
const expected = (
  match: (e: { step: number; verdict: string | undefined }) => boolean,
) =>
  entities
    .filter(entity => {
      const evaluation = evaluateEntity(entity, DEFAULT_CRITERIA, { now });
      return match({
        step: evaluation.step,
        verdict: evaluation.nextGate?.verdict,
      });
    })
    .map(e => stringifyEntityRef(e))
    .sort();

/** What the catalog list shows: the entities the provider kept. */
function Listed() {
  const { entities: listed, loading } = useEntityList();
  if (loading) return null;
  return (
    <ul aria-label="listed">
      {listed.map(e => (
        <li key={stringifyEntityRef(e)}>{stringifyEntityRef(e)}</li>
      ))}
    </ul>
  );
}

const listed = () =>
  within(screen.getByRole('list', { name: 'listed' }))
    .queryAllByRole('listitem')
    .map(item => item.textContent)
    .sort();

async function renderPicker(language: 'fr' | 'en', search = '') {
  const { api, calls } = createInProcessOnboardingApi({ entities, now });
  window.history.replaceState(null, '', `/catalog${search}`);
  await act(async () => {
    renderInTestApp(
      // Paged like the new frontend system's catalog page: filtered by the catalog backend.
      <EntityListProvider pagination={{ mode: 'cursor', limit: 100 }}>
        <EntityOnboardingPicker />
        <Listed />
      </EntityListProvider>,
      {
        config: testAppConfig(language),
        apis: [
          [onboardingApiRef, api],
          [catalogApiRef, catalogApiMock({ entities })],
        ],
        initialRouteEntries: [`/catalog${search}`],
      },
    );
  });
  return calls;
}

/** Opens a picker (by the name its expand button carries) and ticks an option. */
async function choose(picker: string, option: RegExp) {
  await userEvent.click(screen.getByTestId(`${picker}-expand`));
  await userEvent.click(await screen.findByRole('option', { name: option }));
  await userEvent.keyboard('{Escape}');
}

describe('EntityOnboardingPicker', () => {
  // The app remembers the language in local storage; each test starts afresh.
  beforeEach(() => localStorage.clear());

  it('filters the catalog list by step and verdict from a single request', async () => {
    const calls = await renderPicker('en');
    const atStepTwo = expected(e => e.step === 2);
    // The examples cover several steps, so that a choice filters something out.
    expect(atStepTwo.length).toBeGreaterThan(0);
    expect(atStepTwo.length).toBeLessThan(entities.length);

    await choose('onboarding-step-picker', /^Step 2 \(\d+\)$/);
    await waitFor(() => expect(listed()).toEqual(atStepTwo));

    await choose('onboarding-step-picker', /^Step 1 \(\d+\)$/);
    await waitFor(() => expect(listed()).toEqual(expected(e => e.step <= 2)));

    await choose('onboarding-verdict-picker', /^NO-GO \(\d+\)$/);
    await waitFor(() =>
      expect(listed()).toEqual(
        expected(e => e.step <= 2 && e.verdict === 'NO-GO'),
      ),
    );
    // GO also covers step 5 (every gate passed), as the entity card says.
    await userEvent.click(
      screen.getByTestId('onboarding-verdict-picker-expand'),
    );
    await userEvent.click(
      screen.getByRole('option', { name: /^NO-GO \(\d+\)$/ }),
    );
    await userEvent.click(
      screen.getByRole('option', {
        name: `GO (${expected(e => e.verdict !== 'NO-GO').length})`,
      }),
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(listed()).toEqual(
        expected(e => e.step <= 2 && e.verdict !== 'NO-GO'),
      ),
    );
    expect(calls.filter(call => call === 'catalog-filter')).toHaveLength(1);
  });

  it('shows its labels in French and restores its choices from the page URL', async () => {
    await renderPicker('fr', '?filters[onboardingStep]=1');
    expect(await screen.findByText("Étape d'embarquement")).toBeInTheDocument();
    expect(
      screen.getByText('Verdict de la prochaine porte'),
    ).toBeInTheDocument();
    await waitFor(() => expect(listed()).toEqual(expected(e => e.step === 1)));
    expect(screen.getByText('Étape 1')).toBeInTheDocument();
  });
});

describe('predicateOfRefs', () => {
  it('asks the catalog for exactly these entities, grouped by kind and namespace, and for nothing when empty', () => {
    expect(
      predicateOfRefs([
        'component:default/a',
        'component:default/b',
        'api:other/c',
      ]),
    ).toEqual({
      $any: [
        {
          kind: 'component',
          'metadata.namespace': 'default',
          'metadata.name': { $in: ['a', 'b'] },
        },
        {
          kind: 'api',
          'metadata.namespace': 'other',
          'metadata.name': { $in: ['c'] },
        },
      ],
    });
    expect(predicateOfRefs([])).toEqual({ $any: [] });
  });
});
