#!/usr/bin/env bash
# Installs everything, then starts the portal: frontend on http://localhost:3000,
# backend on http://localhost:7007, SQLite files under .data/, the example catalog.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install.sh
mkdir -p .data/sqlite
exec bash scripts/yarn.sh start
