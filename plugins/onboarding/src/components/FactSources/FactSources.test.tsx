import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { onboardingApiRef } from '../../api';
import {
  CONFIGURED_SOURCES,
  GATHERED_AT,
} from '../../__testUtils__/factSources';
import {
  createInProcessOnboardingApi,
  InProcessOptions,
} from '../../__testUtils__/journeyApi';
import { testAppConfig } from '../../__testUtils__/renderWithEntity';
import { OnboardingPage } from '../OnboardingPage';

const when = (iso: string, language = 'en') =>
  new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));

/** The /onboarding page at the given address, over the in-process API. */
async function renderPage(
  url: string,
  options: InProcessOptions & { language?: 'fr' | 'en' } = {},
) {
  const { api, calls } = createInProcessOnboardingApi(options);
  // Inside act, so that the API's first answers settle there.
  await act(async () => {
    renderInTestApp(<OnboardingPage />, {
      config: testAppConfig(options.language ?? 'en'),
      apis: [[onboardingApiRef, api]],
      initialRouteEntries: [url],
    });
  });
  return calls;
}

const row = (id: string) =>
  within(
    screen
      .getAllByTestId('fact-source')
      .find(r => r.dataset.source === id) as HTMLElement,
  );

describe('Fact sources view (/onboarding?view=sources)', () => {
  // The app remembers the language in local storage; each test starts afresh.
  beforeEach(() => localStorage.clear());

  it('tabulates each configured source with its health, in words and figures', async () => {
    await renderPage('/onboarding?view=sources', {
      sources: CONFIGURED_SOURCES,
    });
    const table = await screen.findByRole('table', {
      name: 'Configured fact sources',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual([
      'Source',
      'Health',
      'Entities covered',
      'Failing',
      'Last gathered',
      'Failing since, last error',
      'Breaker open since',
      'What it measures',
    ]);
    expect(screen.getAllByTestId('fact-source')).toHaveLength(4);

    const sonar = row('sonarqube');
    expect(sonar.getByRole('rowheader')).toHaveTextContent(
      /^SonarQube — SIMULATORSimulatorsonarqube$/,
    );
    expect(sonar.getByText('Healthy')).toBeInTheDocument();
    expect(sonar.getByText(when(GATHERED_AT))).toBeInTheDocument();
    expect(sonar.getByText('Not failing')).toBeInTheDocument();
    expect(sonar.getByText('Closed')).toBeInTheDocument();
    expect(sonar.getByText('Facts: 2; criteria: 4')).toBeInTheDocument();
    // Only the simulated source wears the badge, and the page says what it means.
    expect(screen.getAllByTestId('simulated-badge')).toHaveLength(1);
    expect(
      screen.getByText(
        'Sources badged “Simulator” ask the platform simulator, not the real tools: their answers are made up.',
      ),
    ).toBeInTheDocument();

    const harbor = row('harbor');
    expect(harbor.getByText('Failing')).toBeInTheDocument();
    expect(harbor.getByText(when('2026-11-24T22:00:00Z'))).toBeInTheDocument();
    expect(
      harbor.getByText('Last error: Harbor answered 503 Service Unavailable'),
    ).toBeInTheDocument();
    expect(harbor.getAllByRole('cell').map(c => c.textContent)[1]).toBe('9');
    expect(harbor.getAllByRole('cell').map(c => c.textContent)[2]).toBe('2');

    const kyverno = row('kyverno');
    expect(
      kyverno.getByText('Breaker open: not asked for now'),
    ).toBeInTheDocument();
    expect(kyverno.getByText(when('2026-11-25T07:00:00Z'))).toBeInTheDocument();

    const console = row('console');
    expect(console.getByText('Not gathered yet')).toBeInTheDocument();
    expect(console.getByText('Never')).toBeInTheDocument();
  });

  it('shows what a source measures, and for which criteria, when asked', async () => {
    await renderPage('/onboarding?view=sources', {
      sources: CONFIGURED_SOURCES,
    });
    const toggle = await screen.findByRole('button', {
      name: 'Show what SonarQube — SIMULATOR measures',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('sonarqube/qualityGate')).toBeNull();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent(
      'Hide what SonarQube — SIMULATOR measures',
    );
    const details = document.getElementById(
      toggle.getAttribute('aria-controls')!,
    ) as HTMLElement;
    expect(
      within(details).getByText('sonarqube/qualityGate').closest('p'),
    ).toHaveTextContent(
      'sonarqube/qualityGate (string): Status of the quality gate on the main branch',
    );
    expect(
      within(details).getByText(
        'S3-SONAR-QUALITY-GATE, S3-SONAR-COVERAGE, S4-SONAR-SECURITY, S4-SONAR-RELIABILITY',
      ),
    ).toBeInTheDocument();
    await userEvent.click(toggle);
    expect(screen.queryByText('sonarqube/qualityGate')).toBeNull();
  });

  it('lists the sources not configured and the gates left on declarations', async () => {
    await renderPage('/onboarding?view=sources', {
      sources: CONFIGURED_SOURCES,
    });
    expect(
      await screen.findByText(
        'gitlab: not measured here: S3-ROOTLESS-IMAGE, S3-CI-CATALOG',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'argocd: not measured here: S3-ARGOCD-NONPROD, S4-ARGOCD-PROD',
      ),
    ).toBeInTheDocument();
    // The configured sources measure gates 3 and 4.
    expect(
      screen.getByText(
        'None: every gate that can be measured is measured here.',
      ),
    ).toBeInTheDocument();
  });

  it('says when no source is configured and which gates rest on declarations then', async () => {
    await renderPage('/onboarding?view=sources', {
      language: 'fr',
      sources: {
        items: [],
        notConfigured: [
          { id: 'sonarqube', criteria: ['S3-SONAR-QUALITY-GATE'] },
        ],
      },
    });
    expect(
      await screen.findByText(
        'Aucune source de faits configurée : tous les critères sont jugés sur déclarations.',
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(
      screen.getByText('sonarqube : non mesurés ici : S3-SONAR-QUALITY-GATE'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Portes des étapes 3, 4 : aucun outil configuré ne les mesure, leurs verdicts reposent donc sur ce que déclarent les entités.',
      ),
    ).toBeInTheDocument();
  }, 20_000);

  it('is a third view of the page, next to teams and templates', async () => {
    const calls = await renderPage('/onboarding?view=templates', {
      sources: CONFIGURED_SOURCES,
    });
    await screen.findByText('Template scores');
    await userEvent.click(screen.getByRole('tab', { name: 'Fact sources' }));
    expect(
      await screen.findByRole('table', { name: 'Configured fact sources' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Fact sources' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(calls).toEqual(['templates:en', 'sources']);
  });

  it('shows a failure to load and recovers on retry', async () => {
    await renderPage('/onboarding?view=sources', {
      sources: CONFIGURED_SOURCES,
      failures: 1,
    });
    expect(
      await screen.findByText('The fact sources could not be loaded'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('table', { name: 'Configured fact sources' }),
    ).toBeInTheDocument();
  });
});
