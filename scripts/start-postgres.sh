#!/usr/bin/env bash
# Installs (Debian's package) and starts a local PostgreSQL 15 for the store tests, and prints
# the connection string to export as BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING.
# Needs root and apt; the tests run on SQLite alone without it.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >&2
pg_ctlcluster "$version" main start >&2 || true
for _ in $(seq 1 30); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >&2
echo "postgresql://postgres:postgres@localhost:5432"
