#!/usr/bin/env bash
# Installs everything, then starts the portal: frontend on http://localhost:3000,
# backend on http://localhost:7007, SQLite files under .data/, the example catalog, and the
# platform SIMULATOR on http://localhost:7010 (made-up answers of the console, GitLab,
# SonarQube, Harbor, Kubernetes/Kyverno and Argo CD for the example catalog; see README).
# Extra arguments go to `yarn start`, e.g. `--config "$PWD/app-config.oidc.yaml"` (README, "Sign-in").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install.sh
mkdir -p .data/sqlite
bash scripts/simulator.sh &
simulator=$!
trap 'kill "$simulator" 2>/dev/null || true' EXIT
# app-config.simulator.yaml points the fact sources at the simulator: local portal only.
bash scripts/yarn.sh start --config "$PWD/app-config.yaml" --config "$PWD/app-config.simulator.yaml" "$@"
