#!/usr/bin/env bash
# Validates app-config.production.yaml, as the portal loads it (after app-config.yaml),
# against the config schemas of every package of the portal, with the sample values of
# deploy/config-check.env: a key the schemas do not know, a wrong type or a variable
# missing from the file fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
set -a
# shellcheck disable=SC1091
. deploy/config-check.env
set +a
bash scripts/yarn.sh backstage-cli config:check --strict \
  --config app-config.yaml --config app-config.production.yaml
echo "app-config.production.yaml: config:check passed with deploy/config-check.env"
