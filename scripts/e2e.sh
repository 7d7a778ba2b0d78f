#!/usr/bin/env bash
# Browser end-to-end checks of the portal (e2e/portal.e2e.mjs, Debian's chromium driven by
# playwright-core).
#
#   bash scripts/e2e.sh                                # starts the portal as the README does
#   E2E_URL=http://localhost:3000 bash scripts/e2e.sh  # uses a portal that already runs
#   bash scripts/e2e.sh --config "$PWD/app-config.oidc.yaml"  # arguments go to start.sh
#
# Without E2E_URL it runs `bash scripts/start.sh` in the background, in its own process
# group, with its output in e2e-results/portal.log, and stops that whole group at the end
# (even on failure or Ctrl-C). In both modes it waits until the frontend and the backend
# answer, the catalog holds the examples and the onboarding backend evaluates them, then
# runs the checks. Screenshots and summary.txt go to e2e-results/ (git-ignored).
# The last line is `N passed, M failed`; the exit status is the checks' (1 if any failed,
# 2 if the portal never became ready).
#
# Environment: E2E_URL (frontend of a running portal), E2E_BACKEND_URL (its backend,
# default http://localhost:7007), E2E_START_TIMEOUT (seconds to wait for readiness,
# default 360), E2E_CHECKS (the checks to run, default e2e/portal.e2e.mjs), E2E_OUT (their
# results, default e2e-results), plus E2E_WAIT_MS / E2E_RETRIES / E2E_CHROMIUM read by the
# test script.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
out="$root/${E2E_OUT:-e2e-results}"
checks="${E2E_CHECKS:-e2e/portal.e2e.mjs}"
mkdir -p "$out"
# Screenshots and results of an earlier run would be mistaken for this one's.
rm -f "$out"/*.png "$out"/axe-*.json "$out/summary.txt"

frontend="${E2E_URL:-http://localhost:3000}"
frontend="${frontend%/}"
backend="${E2E_BACKEND_URL:-http://localhost:7007}"
backend="${backend%/}"
timeout_s="${E2E_START_TIMEOUT:-360}"
t_start=$(date +%s)
portal_pid=""
portal_pgid=""

log() { printf '[e2e %3ss] %s\n' "$(($(date +%s) - t_start))" "$*"; }

stop_portal() {
  [ -n "$portal_pgid" ] || return 0
  if kill -0 -- "-$portal_pgid" 2>/dev/null; then
    log "stopping the portal (process group $portal_pgid)"
    kill -TERM -- "-$portal_pgid" 2>/dev/null
    for _ in $(seq 1 30); do
      kill -0 -- "-$portal_pgid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 -- "-$portal_pgid" 2>/dev/null; then
      log "the portal did not stop within 15 s: killing it"
      kill -KILL -- "-$portal_pgid" 2>/dev/null
    fi
  fi
  portal_pgid=""
}
trap stop_portal EXIT
trap 'log "interrupted"; exit 130' INT TERM

# HTTP status of a URL ("000" when nothing answers).
status_of() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$@" 2>/dev/null || true; }

fail_setup() {
  log "ERROR: $*"
  if [ -n "$portal_pgid" ] && [ -f "$out/portal.log" ]; then
    log "last lines of e2e-results/portal.log:"
    tail -n 25 "$out/portal.log" | sed 's/^/    /'
  fi
  stop_portal
  echo "0 passed, 1 failed"
  exit 2
}

# Polls `probe` (a shell function returning 0 when ready) until the deadline.
wait_for() {
  local what="$1" probe="$2"
  log "waiting for $what"
  while ! "$probe"; do
    if [ -n "$portal_pid" ] && ! kill -0 "$portal_pid" 2>/dev/null; then
      fail_setup "the portal exited while waiting for $what"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      fail_setup "$what: not ready ${timeout_s} s after the start (last answer: ${last:-none})"
    fi
    sleep 2
  done
  log "ready: $what"
}

last=""
frontend_up() {
  last="$(status_of "$frontend/")"
  [ "$last" = 200 ]
}
backend_up() {
  # Every onboarding route needs credentials: a 401 proves the plugin is mounted.
  last="$(status_of "$backend/api/onboarding/journey")"
  [ "$last" = 401 ] || [ "$last" = 200 ]
}
guest_token() {
  curl -s -m 10 "$backend/api/auth/guest/refresh" 2>/dev/null |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{process.stdout.write(JSON.parse(s).backstageIdentity.token)}catch{}})'
}
api_get() {
  local token
  token="$(guest_token)"
  if [ -z "$token" ]; then
    last="no guest token from $backend/api/auth/guest/refresh"
    return 1
  fi
  curl -s -m 20 -H "Authorization: Bearer $token" "$backend$1" 2>/dev/null
}
entity_evaluated() {
  local token
  token="$(guest_token)"
  if [ -z "$token" ]; then
    last="no guest token from $backend/api/auth/guest/refresh"
    return 1
  fi
  last="$(status_of -H "Authorization: Bearer $token" \
    "$backend/api/onboarding/entities/default/component/portail-usager")"
  [ "$last" = 200 ]
}
group_evaluated() {
  last="$(api_get /api/onboarding/groups/default/direction-numerique/summary | head -c 300000)"
  case "$last" in
    *'component:default/portail-usager'*) return 0 ;;
    *) last="$(printf '%s' "$last" | head -c 200)"; return 1 ;;
  esac
}
templates_scored() {
  local body
  body="$(api_get /api/onboarding/templates)"
  last="$(printf '%s' "$body" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{process.stdout.write(String(JSON.parse(s).items.length))}catch{process.stdout.write("unreadable: "+s.slice(0,200))}})')"
  [ "$last" = 3 ]
}

if [ -z "${E2E_URL:-}" ]; then
  if [ "$(status_of "$frontend/")" != 000 ] || [ "$(status_of "$backend/")" != 000 ]; then
    fail_setup "something already answers on $frontend or $backend: stop that portal, or run against it with E2E_URL=$frontend bash scripts/e2e.sh"
  fi
  log "starting the portal: bash scripts/start.sh (output in e2e-results/portal.log)"
  # setsid: its own session and process group, so the whole tree (yarn, backstage-cli,
  # the frontend dev server, the backend) can be stopped at once.
  setsid bash scripts/start.sh "$@" >"$out/portal.log" 2>&1 </dev/null &
  portal_pid=$!
  # Until setsid has run, the child is still in this script's own process group: read
  # too early, that group was taken for the portal's and stopping it killed this script
  # and its caller while the portal kept running. setsid makes the child lead a group
  # of its own (same id as its pid); never take the caller's group for it.
  own_pgid="$(ps -o pgid= -p $$ | tr -d ' ')"
  for _ in $(seq 1 50); do
    portal_pgid="$(ps -o pgid= -p "$portal_pid" 2>/dev/null | tr -d ' ')"
    [ -n "$portal_pgid" ] && [ "$portal_pgid" != "$own_pgid" ] && break
    sleep 0.1
  done
  if [ -z "$portal_pgid" ] || [ "$portal_pgid" = "$own_pgid" ]; then
    portal_pgid=""
    kill -TERM "$portal_pid" 2>/dev/null
    fail_setup "the portal (pid $portal_pid) did not get a process group of its own"
  fi
  log "portal started: pid $portal_pid, process group $portal_pgid"
else
  log "using the running portal at $frontend (backend $backend)"
fi

deadline=$(($(date +%s) + timeout_s))
wait_for "the frontend at $frontend" frontend_up
wait_for "the onboarding backend at $backend/api/onboarding (401 without a token)" backend_up
wait_for "the evaluation of component:default/portail-usager" entity_evaluated
wait_for "the summary of group:default/direction-numerique listing portail-usager" group_evaluated
wait_for "the scores of the 3 example templates" templates_scored
t_ready=$(date +%s)
log "portal ready after $((t_ready - t_start)) s"

node "$checks" --url "$frontend" --out "$out"
status=$?
t_done=$(date +%s)
stop_portal

log "timing: portal ready in $((t_ready - t_start)) s, checks took $((t_done - t_ready)) s, total $(($(date +%s) - t_start)) s"
closing="$(tail -n 1 "$out/summary.txt" 2>/dev/null)"
if ! printf '%s' "$closing" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'; then
  log "ERROR: the checks wrote no results (node exited with status $status)"
  closing="0 passed, 1 failed"
  [ "$status" -ne 0 ] || status=1
fi
echo "$closing"
exit "$status"
