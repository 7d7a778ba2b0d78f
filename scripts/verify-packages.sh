#!/usr/bin/env bash
# Proves the plugin packages install into a Backstage app the way the README says, as a new user would:
# builds and packs every publishable package under plugins/, creates a fresh app with @backstage/create-app
# from the npm registry in a temporary folder outside this repository, raises the app's @backstage/* packages to
# the release these packages are built on (the oldest their ranges allow), adds the tarballs, the backend line and
# the frontend dependency exactly as the README's "Installing the plugins in another Backstage app" says, builds
# the app, starts its backend and asks GET /api/onboarding/journey.
#
# Network: the npm registry only. Takes about 7-8 minutes on 2 cores (the app's install alone about 4); too slow
# for every CI run. Usage: bash scripts/verify-packages.sh [--keep]  (--keep leaves the temp folder)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
keep=false
[ "${1:-}" = "--keep" ] && keep=true

registry="$(npm config get registry)"
export YARN_NPM_REGISTRY_SERVER="${YARN_NPM_REGISTRY_SERVER:-${registry%/}}"
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
export YARN_ENABLE_TELEMETRY=0 BACKSTAGE_CLI_TELEMETRY=0 YARN_ENABLE_PROGRESS_BARS=0
port="${VERIFY_BACKEND_PORT:-7117}" # not 7007: the portal may be running

work="$(mktemp -d "${TMPDIR:-/tmp}/onboarding-verify.XXXXXX")"
case "$work" in "$repo"/*) echo "temp folder inside the repository" >&2; exit 1 ;; esac
app="$work/app"
backend_pid=""
cleanup() {
  if [ -n "$backend_pid" ]; then kill -- "-$backend_pid" 2>/dev/null || true; fi
  if $keep; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# create-app checks that `yarn` is on the PATH; the app then runs its own pinned Yarn (yarnPath).
mkdir -p "$work/bin"
printf '#!/bin/sh\nexec node "%s/.yarn/releases/yarn-4.13.0.cjs" "$@"\n' "$repo" >"$work/bin/yarn"
chmod +x "$work/bin/yarn"
export PATH="$work/bin:$PATH"

total_start=$SECONDS
step_start=$SECONDS
step() {
  printf '\n=== %s\n' "$*"
  step_start=$SECONDS
}
done_step() { printf -- '--- ok (%ss)\n' "$((SECONDS - step_start))"; }
fail() {
  printf '!!! %s\n' "$*" >&2
  exit 1
}

# Every publishable package under plugins/, whatever it is (new packages are picked up without editing this).
mapfile -t pkg_dirs < <(cd "$repo" && for d in plugins/*/; do
  node -e 'process.exit(require(process.argv[1]).private ? 1 : 0)' "$repo/$d/package.json" && echo "${d%/}"
done)
name_of() { node -p 'require(process.argv[1]).name' "$repo/$1/package.json"; }

step "type declarations (yarn tsc) and package builds"
(cd "$repo" && bash scripts/yarn.sh tsc)
for d in "${pkg_dirs[@]}"; do
  (cd "$repo/$d" && bash "$repo/scripts/yarn.sh" backstage-cli package build >/dev/null) || fail "build of $d"
  echo "built $d"
done
done_step

step "pack (yarn pack) and check the packed manifests"
mkdir -p "$work/tarballs"
for d in "${pkg_dirs[@]}"; do
  tgz="$work/tarballs/$(basename "$d").tgz"
  (cd "$repo/$d" && bash "$repo/scripts/yarn.sh" pack --out "$tgz" >/dev/null) || fail "pack of $d"
  tar -xzOf "$tgz" package/package.json >"$work/manifest.json"
  node "$repo/scripts/lib/check-packed-manifest.js" "$work/manifest.json" "$(tar -tzf "$tgz" | tr '\n' ' ')" ||
    fail "packed manifest of $d"
  echo "$(name_of "$d") -> $(basename "$tgz") ($(du -k "$tgz" | cut -f1) kB)"
done
done_step

step "fresh app: npx @backstage/create-app (from $registry)"
# create-app refuses Node < 22 (its prerequisite check); Node 22 is taken from the npm registry for that check only,
# the app is then installed and run with this machine's Node ($(node -v)).
create_app_version="$(npm view @backstage/create-app version)"
(cd "$work" && BACKSTAGE_APP_NAME=app npm exec --yes --package=node@22 \
  --package="@backstage/create-app@$create_app_version" -- backstage-create-app --skip-install --path "$app" \
  >"$work/create-app.log" 2>&1) || {
  tail -20 "$work/create-app.log"
  fail "create-app"
}
echo "create-app $create_app_version made release $(node -p 'require(process.argv[1]).version' "$app/backstage.json"):" \
  "frontend-plugin-api $(node -p 'require(process.argv[1]).dependencies["@backstage/frontend-plugin-api"]' \
    "$app/packages/app/package.json")"
done_step

step "raise the app to the release the packages are built on (backstage-cli versions:bump)"
# The release manifest is this repository's installed @backstage/* versions; the check below makes sure each
# range of the packages starts at exactly that version, so this is the oldest release the ranges allow.
node "$repo/scripts/lib/release-manifest.js" "$repo" "${pkg_dirs[@]}" >"$work/release-manifest.json"
(cd "$app" && BACKSTAGE_MANIFEST_FILE="$work/release-manifest.json" \
  node "$repo/node_modules/@backstage/cli/bin/backstage-cli" versions:bump --skip-install --skip-migrate |
  grep -c '^bumping' | sed 's/$/ dependencies bumped/')
done_step

step "add the packages as the README says (tarballs, resolutions, backend line, frontend dependency)"
mkdir -p "$app/vendor"
cp "$work"/tarballs/*.tgz "$app/vendor/"
node - "$app" "$work/tarballs" <<'EOF'
const fs = require('fs');
const path = require('path');
const [app, tarballs] = process.argv.slice(2);
const edit = (file, fn) => {
  const p = path.join(app, file);
  const json = JSON.parse(fs.readFileSync(p, 'utf8'));
  fn(json);
  fs.writeFileSync(p, `${JSON.stringify(json, null, 2)}\n`);
};
const names = {};
for (const f of fs.readdirSync(tarballs)) {
  names[f] = JSON.parse(
    require('child_process').execFileSync('tar', ['-xzOf', path.join(tarballs, f), 'package/package.json']),
  ).name;
}
// Root resolutions: every package of the suite resolves to its tarball, including those only depended on by
// another tarball (common, node), which the registry does not have.
edit('package.json', pkg => {
  for (const [f, name] of Object.entries(names)) pkg.resolutions[name] = `file:./vendor/${f}`;
});
edit('packages/backend/package.json', pkg => {
  pkg.dependencies['@cloud-pi-native/backstage-plugin-onboarding-backend'] =
    'file:../../vendor/onboarding-backend.tgz';
});
edit('packages/app/package.json', pkg => {
  pkg.dependencies['@cloud-pi-native/backstage-plugin-onboarding'] = 'file:../../vendor/onboarding.tgz';
});
const index = path.join(app, 'packages/backend/src/index.ts');
const src = fs.readFileSync(index, 'utf8');
if (!src.includes('backend.start();')) throw new Error('no backend.start() in the backend index');
fs.writeFileSync(
  index,
  src.replace(
    'backend.start();',
    "backend.add(import('@cloud-pi-native/backstage-plugin-onboarding-backend'));\n\nbackend.start();",
  ),
);
console.log(Object.values(names).join('\n'));
EOF
done_step

step "install (the app's own yarn)"
(cd "$app" && yarn install >"$work/install.log" 2>&1) || {
  tail -40 "$work/install.log"
  fail "yarn install"
}
grep -E 'YN0000: .*Done' "$work/install.log" | tail -1 || true
for dep in frontend-plugin-api plugin-catalog-react backend-plugin-api; do
  echo "@backstage/$dep $(node -p 'require(process.argv[1]).version' \
    "$app/node_modules/@backstage/$dep/package.json")"
done
done_step

step "type-check (yarn tsc)"
(cd "$app" && yarn tsc) || fail "yarn tsc"
done_step

step "build the frontend (yarn workspace app build) and check the plugin is discovered"
(cd "$app" && yarn workspace app build >"$work/app-build.log" 2>&1) || {
  tail -40 "$work/app-build.log"
  fail "app build"
}
discovered="$(find "$app/node_modules" "$app/packages/app/node_modules" -maxdepth 1 \
  -name '__backstage-autodetected-plugins__.js' 2>/dev/null | head -1)"
[ -n "$discovered" ] || fail "no feature discovery module written"
grep -q '"@cloud-pi-native/backstage-plugin-onboarding", export: "./alpha"' "$discovered" ||
  fail "the onboarding plugin is not among the discovered features: $(cat "$discovered")"
grep -lq 'backstage-plugin-onboarding\|Embarquement' "$app"/packages/app/dist/static/*.js ||
  fail "the onboarding plugin's code is not in the app bundle"
echo "discovered: $(grep -o 'name: "@cloud-pi-native/[^"]*", export: [^,]*' "$discovered" | sed 's/name: //' | paste -sd ';')"
done_step

step "build the backend (yarn build:backend)"
(cd "$app" && yarn build:backend >"$work/backend-build.log" 2>&1) || {
  tail -40 "$work/backend-build.log"
  fail "backend build"
}
ls -l "$app/packages/backend/dist/bundle.tar.gz" | awk '{print "bundle.tar.gz", $5, "bytes"}'
done_step

step "start the backend on :$port and ask GET /api/onboarding/journey"
cat >"$app/app-config.local.yaml" <<EOF
backend:
  baseUrl: http://localhost:$port
  listen: { port: $port }
EOF
# The backend and its children form one process group this script stops at the end.
# setsid without a fork (this shell has no job control), so $! is the group's id.
setsid bash -c 'cd "$1" && exec yarn workspace backend start' _ "$app" >"$work/backend.log" 2>&1 &
backend_pid=$!
token=""
for _ in $(seq 1 180); do
  if token="$(curl -sf "http://localhost:$port/api/auth/guest/refresh" | node -pe 'JSON.parse(require("fs").readFileSync(0)).backstageIdentity.token' 2>/dev/null)"; then
    break
  fi
  kill -0 "$backend_pid" 2>/dev/null || {
    tail -40 "$work/backend.log"
    fail "the backend stopped"
  }
  sleep 2
done
[ -n "$token" ] || {
  tail -40 "$work/backend.log"
  fail "no guest token from /api/auth/guest/refresh"
}
status="$(curl -s -o "$work/journey.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
  "http://localhost:$port/api/onboarding/journey")"
[ "$status" = 200 ] || {
  cat "$work/journey.json"
  tail -40 "$work/backend.log"
  fail "GET /api/onboarding/journey answered $status"
}
node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1]));
  const steps=j.steps??j.journey?.steps; if(!Array.isArray(steps)||!steps.length) throw new Error("no steps");
  console.log(`GET /api/onboarding/journey: 200, ${steps.length} steps`)' "$work/journey.json"
kill -- "-$backend_pid" 2>/dev/null || true
wait "$backend_pid" 2>/dev/null || true
backend_pid=""
done_step

printf '\nAll checks passed in %ss (%s package(s): %s)\n' "$((SECONDS - total_start))" "${#pkg_dirs[@]}" \
  "$(printf '%s ' "${pkg_dirs[@]##*/}")"
