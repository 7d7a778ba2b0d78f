#!/usr/bin/env node
/**
 * A real OpenID Connect provider for the sign-in browser check (scripts/e2e-oidc.sh):
 * the `oidc-provider` package (a complete, certified implementation) with its built-in
 * login and consent forms and two people:
 *
 * - camille.martin / camille.martin@example.gouv.fr: a User of examples/org.yaml;
 * - inconnu / inconnu@example.gouv.fr: known to the provider, unknown to the catalog.
 *
 * Any password is accepted (the provider's development login form). Like Keycloak, it
 * issues refresh tokens without the offline_access scope, so a reload keeps the session.
 *
 *   node scripts/lib/oidcServer.mjs [--port 7020] [--app-backend http://localhost:7007]
 *
 * The client is `portal` / `portal-e2e-secret`, redirecting to the backend's oidc handler.
 * Prints `oidc provider ready at <issuer>` once it listens; stops on SIGTERM/SIGINT.
 * For tests only: keys are generated at each start and nothing is persisted.
 */
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.OIDC_PORT ?? '7020' },
    'app-backend': {
      type: 'string',
      default: process.env.E2E_BACKEND_URL ?? 'http://localhost:7007',
    },
  },
});

const CLIENT_ID = 'portal';
const CLIENT_SECRET = 'portal-e2e-secret';

/** The provider's people, by login (their subject). */
const ACCOUNTS = {
  'camille.martin': {
    email: 'camille.martin@example.gouv.fr',
    name: 'Camille Martin',
  },
  inconnu: { email: 'inconnu@example.gouv.fr', name: 'Personne Inconnue' },
};

const port = Number(args.port);
const issuer = `http://localhost:${port}`;
const backend = args['app-backend'].replace(/\/+$/, '');

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [`${backend}/api/auth/oidc/handler/frame`],
      post_logout_redirect_uris: [backend],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
  ],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  async findAccount(_ctx, sub) {
    const person = ACCOUNTS[sub];
    if (!person) return undefined;
    return {
      accountId: sub,
      async claims() {
        return {
          sub,
          email: person.email,
          email_verified: true,
          name: person.name,
        };
      },
    };
  },
  // Keycloak gives a refresh token to every confidential client that may use them.
  issueRefreshToken: async (_ctx, client) =>
    client.grantTypeAllowed('refresh_token'),
  cookies: { keys: ['portal-e2e-cookie-key'] },
  features: {
    devInteractions: { enabled: true },
    revocation: { enabled: true },
  },
});
// The development forms warn on every start: expected here.
provider.on('server_error', (_ctx, error) =>
  console.error(`oidc provider error: ${error.stack ?? error}`),
);

const server = provider.listen(port, () =>
  console.log(`oidc provider ready at ${issuer}`),
);
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
