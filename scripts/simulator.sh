#!/usr/bin/env bash
# Starts the platform simulator (packages/platform-simulator) on SIMULATOR_PORT (7010) with
# the example dataset (examples/platform-simulator). A simulator, not the real tools.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
transform="$(node -p "require.resolve('@backstage/cli-node/config/nodeTransform.cjs')")"
cd packages/platform-simulator
exec node --require "$transform" src/main.ts "$@"
