/*
 * OpenID Connect sign-in (the ministry's Keycloak in production): the OIDC module's
 * authenticator with a resolver that signs a person in as the catalog User whose
 * spec.profile.email is the provider's e-mail, and refuses anyone else with an error
 * the sign-in page recognises by its name (UserNotInCatalogError).
 *
 * Why not the module's declarative emailMatchingUserEntityProfileEmail: behind
 * signIn.resolvers its "not found" becomes a generic Error whose only mark is an English
 * sentence, so the frontend could not tell an unknown person from a broken provider.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import { oidcAuthenticator } from '@backstage/plugin-auth-backend-module-oidc-provider';
import {
  authProvidersExtensionPoint,
  createOAuthProviderFactory,
  OAuthAuthenticatorResult,
  SignInResolver,
} from '@backstage/plugin-auth-node';
import type { OidcAuthResult } from '@backstage/plugin-auth-backend-module-oidc-provider';

/** The error name the frontend's sign-in page shows its "unknown user" page for. */
export const USER_NOT_IN_CATALOG = 'UserNotInCatalogError';

/** A person the provider knows but the catalog has no User entity for. */
export class UserNotInCatalogError extends Error {
  constructor(email: string) {
    super(
      `No user of the catalog has the e-mail address ${email} (spec.profile.email): ask the platform team to add you to the organisation.`,
    );
    this.name = USER_NOT_IN_CATALOG;
  }
}

/** Signs in as the catalog User with the provider's e-mail address, or refuses. */
export const catalogUserByEmail: SignInResolver<
  OAuthAuthenticatorResult<OidcAuthResult>
> = async (info, ctx) => {
  const email = info.profile.email;
  if (!email) {
    throw new Error(
      'The identity provider gave no verified e-mail address: grant the client the "email" scope and verify the address there.',
    );
  }
  try {
    return await ctx.signInWithCatalogUser({
      filter: { 'spec.profile.email': email },
    });
  } catch (error) {
    if ((error as Error)?.name === 'NotFoundError') {
      throw new UserNotInCatalogError(email);
    }
    throw error;
  }
};

/** Registers the `oidc` provider (configured under auth.providers.oidc). */
export default createBackendModule({
  pluginId: 'auth',
  moduleId: 'cloud-pi-native-oidc',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        providers.registerProvider({
          providerId: 'oidc',
          factory: createOAuthProviderFactory({
            authenticator: oidcAuthenticator,
            signInResolver: catalogUserByEmail,
          }),
        });
      },
    });
  },
});
