#!/usr/bin/env bash
# Runs OctoLLM's whole test suite: formatting, vet, and every test with the
# race detector against real PostgreSQL and Redis on loopback.
#
# Uses OCTOLLM_TEST_DATABASE_URL / OCTOLLM_TEST_REDIS_URL when set, else the
# local defaults below. With CI=true a missing service is a failure, never a skip.
set -euo pipefail
cd "$(dirname "$0")/.."

export OCTOLLM_TEST_DATABASE_URL="${OCTOLLM_TEST_DATABASE_URL:-postgres://root@127.0.0.1:5432/test?sslmode=disable}"
export OCTOLLM_TEST_REDIS_URL="${OCTOLLM_TEST_REDIS_URL:-redis://127.0.0.1:6379/0}"

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './vendor/*'))
if [ -n "$unformatted" ]; then
  echo "gofmt: these files need formatting:"; echo "$unformatted"; exit 1
fi

echo "== go vet"
go vet ./...

echo "== go test -race"
go test -race -count=1 -timeout 15m "$@" ./...
