#!/usr/bin/env bash
# Backstage's host build of the portal into a folder that runs as it is:
#
#   bash scripts/build-production.sh [OUT]     # OUT defaults to dist-prod (git-ignored)
#   cd dist-prod && NODE_ENV=production node packages/backend \
#     --config app-config.yaml --config app-config.production.yaml
#
# The steps are those of packages/backend/Dockerfile (keep both in step), which follow
# https://backstage.io/docs/deployment/docker#host-build:
# 1. type-check, then `yarn build:backend`: packages/backend/dist/skeleton.tar.gz (the
#    package.json files of the backend and its workspace dependencies) and bundle.tar.gz
#    (their built code, the frontend app among them, served by the app-backend plugin);
# 2. in OUT: the root manifest, yarn.lock and Yarn itself, the skeleton unpacked, then
#    `yarn workspaces focus --all --production` (production dependencies only);
# 3. the bundle unpacked over it, the app-config files and the example catalog beside it.
# SKIP_BUILD=1 reuses packages/backend/dist from an earlier build (steps 2 and 3 only).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
out="${1:-dist-prod}"
case "$out" in /*) ;; *) out="$root/$out" ;; esac
t0=$(date +%s)
step() { printf '\n=== [%3ss] %s\n' "$(($(date +%s) - t0))" "$*"; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  step "type-check (yarn tsc)"
  bash scripts/yarn.sh tsc
  step "backend build with the frontend app (yarn build:backend)"
  bash scripts/yarn.sh build:backend \
    --config ../../app-config.yaml --config ../../app-config.production.yaml
fi
dist="$root/packages/backend/dist"
for f in skeleton.tar.gz bundle.tar.gz; do
  [ -f "$dist/$f" ] || { echo "missing $dist/$f: run without SKIP_BUILD" >&2; exit 1; }
done

step "assembling $out"
rm -rf "$out"
mkdir -p "$out/.yarn"
cp -r .yarn/releases "$out/.yarn/"
cp .yarnrc.yml backstage.json package.json yarn.lock "$out/"
tar xzf "$dist/skeleton.tar.gz" -C "$out"

step "production dependencies (yarn workspaces focus --all --production)"
# The skeleton holds fewer workspaces than yarn.lock knows: the lockfile is pruned here.
(cd "$out" && YARN_ENABLE_IMMUTABLE_INSTALLS=false YARN_ENABLE_GLOBAL_CACHE=true \
  bash "$root/scripts/yarn.sh" workspaces focus --all --production)

step "bundle, config and example catalog"
tar xzf "$dist/bundle.tar.gz" -C "$out"
cp app-config.yaml app-config.production.yaml catalog-info.yaml "$out/"
cp -r examples "$out/"
# As the image: the Prometheus exporter, loaded with --require (the image's CMD). The
# production check runs two instances on one host, so it starts them without it (one
# port 9464 each would clash); metrics.test.ts checks the exporter.
mkdir -p "$out/packages/backend/src"
cp packages/backend/src/instrumentation.js "$out/packages/backend/src/"

step "done: $(du -sh "$out" | cut -f1) in $out"
echo "Run: cd $out && NODE_ENV=production node packages/backend --config app-config.yaml --config app-config.production.yaml"
