#!/usr/bin/env bash
# Installs the pgvector extension (0.8.0) into the local PostgreSQL server so
# that the retriever can keep its vectors in the database (CREATE EXTENSION
# vector). Idempotent: does nothing when the server already offers it.
#
# Needs root and apt-get. The server's headers come from Debian
# (postgresql-server-dev-<major>, matching the running server's major
# version); the C source comes from the Go module proxy, the one source of
# code reachable here besides apt and npm (the proxy serves any tagged
# GitHub repository as a module zip).
#
# Usage: scripts/pgvector.sh   (PGVECTOR_VERSION=v0.8.0 by default;
#        PGVECTOR_FORCE=1 rebuilds and reinstalls even when available)
# With OCTOLLM_TEST_DATABASE_URL set and psql present, the server itself is
# asked whether the extension is available; otherwise its files are checked.
set -euo pipefail

version="${PGVECTOR_VERSION:-v0.8.0}"

fail() { echo "pgvector.sh: $*" >&2; exit 1; }

# The server's major version: ask the server when we can, else the installed
# cluster, else pg_config (which may describe libpq rather than the server).
major=""
if [ -n "${OCTOLLM_TEST_DATABASE_URL:-}" ] && command -v psql >/dev/null; then
  num=$(psql "$OCTOLLM_TEST_DATABASE_URL" -Atc 'show server_version_num' 2>/dev/null || true)
  [ -n "$num" ] && major=$((num / 10000))
fi
if [ -z "$major" ] && [ -d /etc/postgresql ]; then
  major=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
fi
if [ -z "$major" ] && command -v pg_config >/dev/null; then
  major=$(pg_config --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
fi
[ -n "$major" ] || fail "cannot find the PostgreSQL server's major version (no /etc/postgresql, no pg_config)"

available() {
  if [ -n "${OCTOLLM_TEST_DATABASE_URL:-}" ] && command -v psql >/dev/null; then
    [ "$(psql "$OCTOLLM_TEST_DATABASE_URL" -Atc "select count(*) from pg_available_extensions where name = 'vector'" 2>/dev/null)" = "1" ] && return 0
  fi
  [ -f "/usr/share/postgresql/$major/extension/vector.control" ] && [ -f "/usr/lib/postgresql/$major/lib/vector.so" ]
}

if [ -z "${PGVECTOR_FORCE:-}" ] && available; then
  echo "pgvector.sh: the vector extension is already available to PostgreSQL $major"
  exit 0
fi

[ "$(id -u)" -eq 0 ] || fail "installing pgvector needs root (run as root, or install postgresql-$major-pgvector)"
command -v apt-get >/dev/null || fail "installing pgvector needs apt-get (Debian/Ubuntu)"
command -v go >/dev/null || fail "installing pgvector needs the go command (it fetches the source from the Go module proxy)"

echo "pgvector.sh: building pgvector $version for PostgreSQL $major"
export DEBIAN_FRONTEND=noninteractive
if ! dpkg -s "postgresql-server-dev-$major" >/dev/null 2>&1; then
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq "postgresql-server-dev-$major" make gcc >/dev/null ||
    fail "apt-get install postgresql-server-dev-$major failed"
fi
pgconfig="/usr/lib/postgresql/$major/bin/pg_config"
[ -x "$pgconfig" ] || pgconfig=$(command -v pg_config) || fail "no pg_config after installing postgresql-server-dev-$major"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Outside any module, so that the project's go.mod is not touched.
dir=$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "github.com/pgvector/pgvector@$version" |
  sed -n -E 's/^[[:space:]]*"Dir": "(.*)",?$/\1/p')
[ -n "$dir" ] && [ -f "$dir/Makefile" ] || fail "go mod download github.com/pgvector/pgvector@$version gave no source"
cp -R "$dir" "$work/src"
chmod -R u+w "$work/src"
# OPTFLAGS="" drops -march=native: the library must run on any x86-64.
(cd "$work/src" && make -s -j2 OPTFLAGS="" PG_CONFIG="$pgconfig" >/dev/null && make -s install PG_CONFIG="$pgconfig" >/dev/null) ||
  fail "building pgvector $version failed (see make's output above)"

available || fail "pgvector $version was built but PostgreSQL $major does not list it in pg_available_extensions"
echo "pgvector.sh: pgvector $version installed for PostgreSQL $major"
