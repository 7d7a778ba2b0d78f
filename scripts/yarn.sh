#!/usr/bin/env bash
# Runs the repository's pinned Yarn 4 with the environment this project needs on a
# fresh machine (Node 20+ and npm only, no global yarn):
# - Yarn 4 ignores .npmrc, so the registry npm is configured with is handed over explicitly.
# - better-sqlite3 compiles from source; pointing node-gyp at the system's Node headers
#   avoids a header download that fails on machines with registry-only network access.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "${YARN_NPM_REGISTRY_SERVER:-}" ]; then
  registry="$(npm config get registry 2>/dev/null || true)"
  export YARN_NPM_REGISTRY_SERVER="${registry%/}"
fi
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_version.h ]; then
  export npm_config_nodedir=/usr
fi
export YARN_ENABLE_TELEMETRY=0
export BACKSTAGE_CLI_TELEMETRY=0 2>/dev/null || true
exec node "$root/.yarn/releases/yarn-4.13.0.cjs" "$@"
