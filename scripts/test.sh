#!/usr/bin/env bash
# Installs everything, then runs every check: formatting, type-check, lint, all tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
step() { printf '\n=== %s\n' "$*"; }

step "install"
bash scripts/install.sh

step "prettier"
bash scripts/yarn.sh prettier --check .

step "type-check"
bash scripts/yarn.sh tsc

step "API reports (plugins/*/report*.api.md: a public API change fails until \`yarn api-reports\` is run and committed)"
bash scripts/yarn.sh api-reports --ci

step "package manifests (backstage-cli repo fix --publish --check: plugin ids, plugin packages, entry points)"
bash scripts/yarn.sh backstage-cli repo fix --publish --check

step "lint"
bash scripts/yarn.sh backstage-cli repo lint

step "production config and deployment (app-config.production.yaml through config:check with deploy/config-check.env; deploy/base against the Kubernetes schemas and the Kyverno rules)"
bash scripts/check-production-config.sh
node scripts/check-deploy.mjs

step "unit and integration tests"
CI=true bash scripts/yarn.sh backstage-cli repo test --ci

step "production build, two instances on PostgreSQL (scripts/build-production.sh, scripts/check-production.js)"
if [ -n "${PRODUCTION_CHECK_POSTGRES:-}${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
  bash scripts/build-production.sh
  node scripts/check-production.js
else
  echo "skipped: no PostgreSQL server configured (BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING; bash scripts/start-postgres.sh starts one)"
fi

step "browser end-to-end"
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  bash scripts/e2e.sh
else
  echo "skipped: Debian's chromium is not installed (apt-get install -y chromium); .ci/run installs it"
fi

step "browser end-to-end: OpenID Connect sign-in (a local OpenID provider, the portal with app-config.oidc.yaml)"
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  bash scripts/e2e-oidc.sh
else
  echo "skipped: Debian's chromium is not installed (apt-get install -y chromium); .ci/run installs it"
fi
