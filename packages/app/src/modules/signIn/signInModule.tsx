import { SignInPage } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  SignInPageBlueprint,
  SignInPageProps,
} from '@backstage/plugin-app-react';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { OidcSignInPage } from './OidcSignInPage';
import { oidcAuthApi } from './oidcAuthApi';

/**
 * The sign-in page app.signIn.provider asks for: `oidc` (production, and
 * app-config.oidc.yaml) or `guest` (the default, local development only: the backend's
 * guest provider refuses outside development).
 */
export function AppSignInPage(props: SignInPageProps) {
  const provider = useApi(configApiRef).getOptionalString(
    'app.signIn.provider',
  );
  return provider === 'oidc' ? (
    <OidcSignInPage {...props} />
  ) : (
    <SignInPage {...props} providers={['guest']} />
  );
}

/** Replaces the app's default sign-in page (guest only). */
const signInPage = SignInPageBlueprint.make({
  params: { loader: async () => AppSignInPage },
});

export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [signInPage, oidcAuthApi],
});
