import { act } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { onboardingApiRef } from '../api';
import { OnboardingPage } from '../components/OnboardingPage';
import { createInProcessOnboardingApi, InProcessOptions } from './journeyApi';
import { testAppConfig } from './renderWithEntity';

/**
 * Renders the onboarding page mounted at /onboarding, as the app mounts it (its own
 * sub-paths under it), opened at `path`.
 */
export async function renderOnboardingPage(
  path: string,
  options: InProcessOptions & { language?: 'fr' | 'en' } = {},
) {
  const { api, calls } = createInProcessOnboardingApi(options);
  await act(async () => {
    renderInTestApp(
      <Routes>
        <Route path="/onboarding/*" element={<OnboardingPage />} />
      </Routes>,
      {
        config: testAppConfig(options.language ?? 'en'),
        apis: [[onboardingApiRef, api]],
        initialRouteEntries: [path],
      },
    );
  });
  return { calls };
}
