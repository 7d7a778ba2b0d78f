/*
 * The portal's backend: the catalog, the scaffolder, OpenID Connect sign-in (guest
 * sign-in for local development only), permissions and the Cloud Pi Native onboarding plugin.
 */

import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// scaffolder plugin
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);

// auth plugin
backend.add(import('@backstage/plugin-auth-backend'));
// See https://backstage.io/docs/backend-system/building-backends/migrating#the-auth-plugin
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// See https://backstage.io/docs/auth/guest/provider
// OpenID Connect (the ministry's Keycloak): catalog users matched by e-mail; mounted only
// when auth.providers.oidc is configured (app-config.production.yaml, app-config.oidc.yaml)
backend.add(import('./modules/authOidc'));

// catalog plugin
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

// See https://backstage.io/docs/features/software-catalog/configuration#subscribing-to-catalog-errors
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// Production catalog sources (issue 13 §3, app-config.production.yaml): catalog-info.yaml
// discovered in GitLab groups, and the organisation from Keycloak or GitLab. Each registers
// nothing unless its catalog.providers entry is configured.
backend.add(import('@backstage/plugin-catalog-backend-module-gitlab'));
backend.add(import('@backstage/plugin-catalog-backend-module-gitlab-org'));
backend.add(
  import('@backstage-community/plugin-catalog-backend-module-keycloak'),
);

// permission plugin
backend.add(import('@backstage/plugin-permission-backend'));
// See https://backstage.io/docs/permissions/getting-started for how to create your own permission policy
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

// search plugin
backend.add(import('@backstage/plugin-search-backend'));

// search collators
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
// the onboarding journey's recommended resources
backend.add(
  import('@cloud-pi-native/backstage-plugin-search-backend-module-onboarding'),
);

// user settings plugin
backend.add(import('@backstage/plugin-user-settings-backend'));

// notifications and signals plugins
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// Cloud Pi Native onboarding, and the fact sources measuring gates 3 and 4 (each
// registers nothing unless onboarding.sources.<id> is configured)
backend.add(import('@cloud-pi-native/backstage-plugin-onboarding-backend'));
backend.add(
  import('@cloud-pi-native/backstage-plugin-onboarding-backend-module-console'),
);
backend.add(
  import('@cloud-pi-native/backstage-plugin-onboarding-backend-module-gitlab'),
);
backend.add(
  import(
    '@cloud-pi-native/backstage-plugin-onboarding-backend-module-sonarqube'
  ),
);
backend.add(
  import('@cloud-pi-native/backstage-plugin-onboarding-backend-module-harbor'),
);
backend.add(
  import('@cloud-pi-native/backstage-plugin-onboarding-backend-module-kyverno'),
);
backend.add(
  import('@cloud-pi-native/backstage-plugin-onboarding-backend-module-argocd'),
);

// MCP server for AI assistants: exposes the actions of backend.actions.pluginSources
// (the onboarding status, team summary, criteria and catalog-info.yaml evaluation among
// them) at /api/mcp-actions/v1; see the README's "AI assistants (MCP)"
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.start();
