#!/usr/bin/env bash
# Browser check of the OpenID Connect sign-in (e2e/oidc.e2e.mjs): starts a real OpenID
# provider (scripts/lib/oidcServer.mjs, the oidc-provider package, on OIDC_PORT, default
# 7020), then the portal with app-config.oidc.yaml pointed at it through scripts/e2e.sh
# (which starts, waits for and stops the portal), and stops the provider at the end.
# Uses the portal's fixed ports: run it under the lock the other browser checks take,
#   flock /tmp/e2e.lock bash scripts/e2e-oidc.sh
# Results in e2e-results/oidc/; the last line is `N passed, M failed`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
port="${OIDC_PORT:-7020}"
out=e2e-results/oidc
mkdir -p "$out"

node scripts/lib/oidcServer.mjs --port "$port" >"$out/oidc-provider.log" 2>&1 &
provider_pid=$!
trap 'kill "$provider_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  grep -q 'oidc provider ready' "$out/oidc-provider.log" 2>/dev/null && break
  if ! kill -0 "$provider_pid" 2>/dev/null; then
    cat "$out/oidc-provider.log"
    echo "the OpenID provider did not start"
    echo "0 passed, 1 failed"
    exit 2
  fi
  sleep 0.2
done

export AUTH_OIDC_METADATA_URL="http://localhost:$port/.well-known/openid-configuration"
export AUTH_OIDC_CLIENT_ID=portal
export AUTH_OIDC_CLIENT_SECRET=portal-e2e-secret
export AUTH_SESSION_SECRET=portal-e2e-session-secret
E2E_CHECKS=e2e/oidc.e2e.mjs E2E_OUT="$out" \
  bash scripts/e2e.sh --config "$PWD/app-config.oidc.yaml"
