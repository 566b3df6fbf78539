#!/usr/bin/env bash
# Smoke test of the real binary, as a user would run it: build octollm,
# start `serve` on embedded defaults, exercise the API and the CLI, restart,
# and check that data survived. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
bin="$work/octollm"
addr=127.0.0.1:18000
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "SMOKE FAIL: $*" >&2; [ -f "$work/serve.log" ] && tail -20 "$work/serve.log" >&2; exit 1; }

go build -o "$bin" ./cmd/octollm

start() {
  "$bin" serve --addr "$addr" --data-dir "$work/data" >>"$work/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 30); do
    curl -fsS "http://$addr/health" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  fail "/health did not answer within 3 s of start"
}
stop() { kill -TERM "$pid"; wait "$pid" || fail "serve exited non-zero on SIGTERM"; pid=""; }

start
ready=$(curl -fsS "http://$addr/ready") || fail "/ready answered an error"
grep -q '"ready":true' <<<"$ready" || fail "/ready not ready: $ready"
metrics=$(curl -fsS "http://$addr/metrics") || fail "/metrics answered an error"
grep -q '^octollm_http_requests_total' <<<"$metrics" || fail "/metrics lacks octollm_ series"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://$addr/api/v1/keys")
[ "$code" = 401 ] || fail "unauthenticated /api/v1/keys answered $code, want 401"
export OCTOLLM_DATA_DIR="$work/data" OCTOLLM_SERVER="http://$addr"
key=$("$bin" keys create --name smoke --scopes task:read --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $key" "http://$addr/api/v1/keys")
[ "$code" = 403 ] || fail "key without admin scope answered $code, want 403"
out=$("$bin" task run --wait "Echo 'Hello OctoLLM'" 2>/dev/null) || fail "task run exited non-zero: $out"
echo "$out" | grep -q "Hello OctoLLM" || fail "task output lacks Hello OctoLLM: $out"
set +e; "$bin" task run --wait "write a sonnet" >/dev/null 2>&1; rc=$?; set -e
[ "$rc" = 1 ] || fail "unplannable goal exit code $rc, want 1 (llm_required)"
stop

start
"$bin" keys list | grep -q smoke || fail "key lost across restart"
set +e; "$bin" serve --roles kraken >/dev/null 2>&1; rc=$?; set -e
[ "$rc" = 2 ] || fail "unknown role exit code $rc, want 2"
stop
echo "smoke: ok"
