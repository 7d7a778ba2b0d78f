import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  TemplateDetail,
  buildReport,
  evaluateEntity,
  DEFAULT_CRITERIA,
  scoreTemplate,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { Entity } from '@backstage/catalog-model';
import { onboardingApiRef } from '../../api';
import { createInProcessOnboardingApi } from '../../__testUtils__/journeyApi';
import { testAppConfig } from '../../__testUtils__/renderWithEntity';
import { TemplateScores } from './TemplateScores';

const now = new Date('2026-11-25T12:00:00Z');

/** A scored template as the backend would serve it, from the real evaluator and the given facts. */
function item(
  name: string,
  spec: object,
  facts: Record<string, unknown>,
  outcomes: TemplateDetail['outcomes'],
): TemplateDetail {
  const entity: Entity = {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: {
      name,
      namespace: 'default',
      title: name,
      description: 'A template used in the scoring tests',
    },
    spec,
  };
  const evaluation = evaluateEntity(entity, DEFAULT_CRITERIA, { now, facts });
  return {
    entityRef: `template:default/${name}`,
    title: name,
    score: scoreTemplate(evaluation),
    report: buildReport({
      entity,
      evaluation,
      criteria: DEFAULT_CRITERIA,
      criteriaVersion: 'test',
      language: 'en',
      links: { docsBaseUrl: 'https://cloud-pi-native.fr' },
    }),
    outcomes,
  };
}

const good = item(
  'good',
  {
    owner: 'group:default/platform',
    lifecycle: 'production',
    output: { links: [{ url: 'https://x' }] },
  },
  {
    'template/actions': [
      'fetch:template',
      'publish:gitlab',
      'catalog:register',
    ],
    'template/undocumented-parameters': 0,
  },
  { total: 3, counts: { 1: 1, 2: 0, 3: 2, 4: 0, 5: 0 }, notEvaluated: 0 },
);
const poor = item(
  'poor',
  { owner: 'user:default/someone' },
  {
    'template/actions': ['fetch:plain'],
    'template/undocumented-parameters': 2,
  },
  { total: 1, counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, notEvaluated: 1 },
);

async function renderScores(templates: TemplateDetail[]) {
  const { api, calls } = createInProcessOnboardingApi({ templates });
  // Inside act, so that the API's first answers settle there.
  await act(async () => {
    renderInTestApp(<TemplateScores />, {
      config: testAppConfig('en'),
      apis: [[onboardingApiRef, api]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
  });
  return calls;
}

describe('TemplateScores', () => {
  it('lists templates in the order served, with start step, share met and outcomes', async () => {
    await renderScores([good, poor]);
    const cards = await screen.findAllByTestId('template-score');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByText('No. 1 · good')).toBeInTheDocument();
    expect(
      within(cards[0]).getByText(
        `Projects created from it start at step ${good.score.startStep}`,
      ),
    ).toBeInTheDocument();
    expect(
      within(cards[0]).getByText(
        `${good.score.met} of ${
          good.score.applicable
        } criteria met (${Math.round(good.score.share * 100)} %)`,
      ),
    ).toBeInTheDocument();
    expect(
      within(cards[0]).getByText('Projects created: 3. Step 1: 1, Step 3: 2'),
    ).toBeInTheDocument();
    expect(within(cards[1]).getByText('No. 2 · poor')).toBeInTheDocument();
    expect(
      within(cards[1]).getByText('Projects created: 1. 1 not evaluated yet'),
    ).toBeInTheDocument();
    expect(
      within(cards[0]).getByRole('link', { name: 'template:default/good' }),
    ).toHaveAttribute('href', '/catalog/default/template/good');
  });

  it('loads and details each template criterion only when asked', async () => {
    const calls = await renderScores([good, poor]);
    const cards = await screen.findAllByTestId('template-score');
    expect(calls).toEqual(['templates:en']);
    await userEvent.click(within(cards[1]).getByText('Criteria detail'));
    expect(
      await screen.findByText('What it creates enters the catalog'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /No item of the fact template\/actions \(fetch:plain\) matches catalog:register/,
      ),
    ).toBeInTheDocument();
    expect(calls).toEqual(['templates:en', 'template:poor:en']);
    // Entity criteria never reach a template's detail.
    expect(screen.queryByText('A sponsor backs the initiative')).toBeNull();
  });

  it('says when there is no template', async () => {
    await renderScores([]);
    expect(
      await screen.findByText('No template in the catalog.'),
    ).toBeInTheDocument();
  });
});
