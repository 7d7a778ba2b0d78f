#!/usr/bin/env bash
# Installs the repository's dependencies exactly as the committed yarn.lock pins them.
# Needs only Node 20+ (22/24 work too), npm, python3, make and g++: Yarn 4 is committed
# under .yarn/releases, and better-sqlite3 is compiled from source against Node's headers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then
  echo "Node $major found; this repository needs Node 20, 22 or 24." >&2
  exit 1
fi
bash scripts/yarn.sh install --immutable
