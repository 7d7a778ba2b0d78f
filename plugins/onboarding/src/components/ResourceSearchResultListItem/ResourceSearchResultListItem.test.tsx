import { act, screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { OnboardingResourceDocument } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { testAppConfig } from '../../__testUtils__/renderWithEntity';
import {
  ResourceSearchResultListItem,
  isOnboardingResourceResult,
} from './ResourceSearchResultListItem';

const document: OnboardingResourceDocument = {
  title: 'Sécurité cloud vs sécurité on-premise',
  text: 'Sécurité cloud vs sécurité on-premise — Étape 1 …',
  location: 'https://example.org/securite-cloud',
  step: 1,
  perimeter: 'technical',
  kind: 'article',
  language: 'fr',
  stepTitle: { fr: 'Qualifier son besoin', en: 'Qualify the need' },
};

async function renderItem(
  language: 'fr' | 'en',
  props: Partial<Parameters<typeof ResourceSearchResultListItem>[0]> = {},
) {
  await act(async () => {
    renderInTestApp(
      <ResourceSearchResultListItem result={document} {...props} />,
      { config: testAppConfig(language) },
    );
  });
}

describe('ResourceSearchResultListItem', () => {
  beforeEach(() => localStorage.clear());

  it('renders only onboarding resources', () => {
    expect(isOnboardingResourceResult({ type: 'onboarding-resource' })).toBe(
      true,
    );
    expect(isOnboardingResourceResult({ type: 'software-catalog' })).toBe(
      false,
    );
  });

  it('links to the resource and says its step, kind, language and perimeter', async () => {
    await renderItem('en');
    expect(
      await screen.findByRole('link', {
        name: /Sécurité cloud vs sécurité on-premise/,
      }),
    ).toHaveAttribute('href', 'https://example.org/securite-cloud');
    expect(
      screen.getByText('Recommended at step 1: Qualify the need'),
    ).toBeInTheDocument();
    expect(screen.getByText('Article')).toBeInTheDocument();
    expect(screen.getByText('French')).toBeInTheDocument();
    expect(screen.getByText('Technical')).toBeInTheDocument();
  });

  it('highlights the matched words of the title', async () => {
    await renderItem('en', {
      highlight: {
        preTag: '<em>',
        postTag: '</em>',
        fields: { title: '<em>Sécurité</em> <em>cloud</em> vs sécurité' },
      },
    });
    const marks = (await screen.findByRole('link')).querySelectorAll('mark');
    expect([...marks].map(m => m.textContent)).toEqual(['Sécurité', 'cloud']);
  });

  it('speaks French when the app does', async () => {
    await renderItem('fr');
    expect(
      await screen.findByText(
        "Recommandée à l'étape 1 : Qualifier son besoin",
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Technique')).toBeInTheDocument();
    expect(screen.getByText('Français')).toBeInTheDocument();
  }, 20_000);
});
